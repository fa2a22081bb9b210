// Changing an article: metadata, status, and the body. A new body re-anchors every claim; claims
// whose text moved, changed or disappeared are marked so, never dropped, and a claim whose text
// changed after it got a verdict is flagged for re-review. Text the revision added gets claims of
// its own (add-claims-for-new-text.ts).
import type { Request } from "express";
import { updateArticleInputSchema } from "@claimdesk/shared";
import type { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { sqlExecute } from "../db/sql.ts";
import { jsonAnswer, type Answer } from "../http/answer.ts";
import { notFound, versionConflict } from "../http/app-error.ts";
import { actorOf } from "../http/auth.ts";
import { answerOnce } from "../idempotency/answer-once.ts";
import { lookUpKeyBeforeWork } from "../idempotency/look-up-key-before-work.ts";
import { articleSnapshot, loadProgress, presentArticle } from "./article-presenter.ts";
import { addClaimsForNewText } from "./add-claims-for-new-text.ts";
import { prepareArticleText } from "./prepare-article-text.ts";
import type { PreparedArticle } from "./prepare-extraction.ts";
import { reanchorClaims } from "./reanchor-claims.ts";

type UpdateArticleInput = z.output<typeof updateArticleInputSchema>;

export async function reviseArticle(
  deps: Pick<AppDeps, "db" | "live" | "config" | "extractor">,
  req: Request,
  articleId: string,
  input: UpdateArticleInput,
): Promise<Answer> {
  const actor = actorOf(req);
  // A new body is converted and its claims extracted before the transaction, as on import; a
  // retry whose answer is stored gets it first, without that work.
  if (input.body !== undefined) await lookUpKeyBeforeWork(deps.db.pool, req);
  const prepared = input.body === undefined ? null : await prepareRevision(deps, articleId, input);
  return deps.db.prisma.$transaction(
    (tx) =>
      answerOnce(tx, req, async () => {
        // The article's row first, then its claims (reanchor-claims.ts): a claim marked by hand locks the
        // same row (create-claim.ts), so it waits for the revision and is anchored on the new text,
        // instead of slipping in on the old one after the claims were read. NO KEY UPDATE, so inserts
        // that only reference the article (a split's new claim, audit events) do not wait on it.
        await sqlExecute(tx, "SELECT 1 FROM articles WHERE id = $1::uuid FOR NO KEY UPDATE", [articleId]);
        const before = await tx.article.findUnique({ where: { id: articleId } });
        if (!before) throw notFound("article", articleId);
        const progressBefore = (await loadProgress(tx, [articleId])).get(articleId);
        if (before.version !== input.version) throw versionConflict("article", presentArticle(before, progressBefore));
        const { version, body: rawBody, format, publishedOn, ...metadata } = input;
        const data: Record<string, unknown> = { ...metadata };
        if (publishedOn !== undefined) data.publishedOn = publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : null;
        let reanchored = { anchored: 0, moved: 0, changed: 0, missing: 0 };
        let claimsAdded = 0;
        if (rawBody !== undefined && prepared) {
          data.body = prepared.body;
          if (format) data.sourceFormat = format;
          if (prepared.body !== before.body) {
            reanchored = await reanchorClaims(tx, actor, articleId, prepared.body);
            claimsAdded = await addClaimsForNewText(tx, articleId, prepared);
          }
        }
        const { count } = await tx.article.updateMany({
          where: { id: articleId, version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw versionConflict("article", presentArticle(before, progressBefore));
        const after = await tx.article.findUniqueOrThrow({ where: { id: articleId } });
        await recordAuditEvent(tx, actor, {
          action: rawBody !== undefined && after.body !== before.body ? "article.revise" : "article.update",
          entityType: "article",
          entityId: articleId,
          articleId,
          before: articleSnapshot(before),
          after: { ...articleSnapshot(after), ...(rawBody !== undefined ? { reanchored, claimsAdded } : {}) },
        });
        await deps.live.publish(tx, {
          articleId,
          entityType: "article",
          entityId: articleId,
          claimId: null,
          action: "article.update",
          actorId: actor.userId,
          version: after.version,
          at: new Date().toISOString(),
        });
        return jsonAnswer(200, presentArticle(after, (await loadProgress(tx, [articleId])).get(articleId)));
      }),
    { timeout: 60_000 },
  );
}

/**
 * Converts a revised body (in the format given, else the article's own) and extracts its claims,
 * with the same checks as an import (prepare-article-text.ts). The publication date the claims'
 * dates resolve against is the one given, else the article's, else one the text declares.
 */
async function prepareRevision(
  deps: Pick<AppDeps, "db" | "config" | "extractor">,
  articleId: string,
  input: UpdateArticleInput,
): Promise<PreparedArticle> {
  const article = await deps.db.prisma.article.findUnique({
    where: { id: articleId },
    select: { sourceFormat: true, publishedOn: true },
  });
  if (!article) throw notFound("article", articleId);
  const publishedOn =
    input.publishedOn !== undefined ? input.publishedOn : (article.publishedOn?.toISOString().slice(0, 10) ?? null);
  const job = { raw: input.body!, format: input.format ?? (article.sourceFormat as "text"), publishedOn };
  return prepareArticleText(deps.extractor, job, deps.config.MAX_IMPORT_BYTES);
}

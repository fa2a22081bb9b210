// A claim a reviewer marks by hand, from a span of the article.
import type { Request } from "express";
import type { AppDeps } from "../app-deps.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Prisma } from "../db/generated/client.ts";
import { scoreSentence } from "../extract/index.ts";
import { sqlRows } from "../db/sql.ts";
import { jsonAnswer, type Answer } from "../http/answer.ts";
import { AppError, notFound } from "../http/app-error.ts";
import { actorOf } from "../http/auth.ts";
import { answerOnce } from "../idempotency/answer-once.ts";
import { anchorFor } from "./claim-context.ts";
import { presentLoadedClaim } from "./claim-rows.ts";
import { claimSnapshot } from "./claim-presenter.ts";
import { checkSpan } from "./claim-rules.ts";

export interface NewClaim {
  start: number;
  end: number;
  text?: string | undefined;
  kind?: Prisma.ClaimCreateInput["kind"];
  claimant?: string | null | undefined;
}

export async function createManualClaim(
  deps: Pick<AppDeps, "db" | "live">,
  req: Request,
  articleId: string,
  input: NewClaim,
): Promise<Answer> {
  const actor = actorOf(req);
  return deps.db.prisma.$transaction((tx) =>
    answerOnce(tx, req, async () => {
      // The article's row is locked so that two marks of the same span (a double click, two reviewers)
      // take turns and the second sees the first, and a revision committing meanwhile is waited for.
      const [article] = await sqlRows<{ body: string }>(
        tx,
        "SELECT body FROM articles WHERE id = $1::uuid FOR NO KEY UPDATE",
        [articleId],
      );
      if (!article) throw notFound("article", articleId);
      const span = checkSpan(article.body, input.start, input.end);
      const [same] = await sqlRows<{ id: string; dismissed: boolean }>(
        tx,
        `SELECT id::text AS id, dismissed_at IS NOT NULL AS dismissed FROM claims
       WHERE article_id = $1::uuid AND start_offset = $2 AND end_offset = $3 ORDER BY dismissed_at NULLS FIRST LIMIT 1`,
        [articleId, span.start, span.end],
      );
      if (same) {
        const current = await presentLoadedClaim(tx, same.id);
        throw new AppError(
          "conflict",
          `Claim ${current.number} already covers exactly this text` +
            (same.dismissed ? ", but it is dismissed: restore it instead." : ": open it instead of marking it again."),
          { current },
        );
      }
      const anchor = anchorFor(article.body, span.start, span.end);
      const score = scoreSentence(anchor.quote);
      const created = await tx.claim.create({
        data: {
          articleId,
          ...anchor,
          text: input.text?.trim() || anchor.quote.trim(),
          kind: input.kind ?? "other",
          claimant: input.claimant ?? null,
          factualScore: score.factual,
          checkworthyScore: score.checkworthy,
          details: { reasons: score.reasons } as unknown as Prisma.InputJsonValue,
          origin: "manual",
          createdById: actor.userId,
        },
      });
      await recordAuditEvent(tx, actor, {
        action: "claim.create",
        entityType: "claim",
        entityId: created.id,
        articleId,
        claimId: created.id,
        after: claimSnapshot(created),
      });
      await deps.live.publish(tx, {
        articleId,
        entityType: "claim",
        entityId: created.id,
        claimId: created.id,
        action: "claim.create",
        actorId: actor.userId,
        version: 1,
        at: new Date().toISOString(),
      });
      return jsonAnswer(201, await presentLoadedClaim(tx, created.id));
    }),
  );
}

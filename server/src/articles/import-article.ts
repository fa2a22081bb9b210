// Imports an article: parse the upload and extract its claims first, then store both with the audit
// event in one transaction, so an import either lands whole or not at all.
import { importArticleInputSchema } from "@claimdesk/shared";
import type { z } from "zod";
import { recordAuditEvent, type AuditActor, type Tx } from "../audit/record-audit-event.ts";
import { insertExtractedClaims } from "../claims/insert-extracted-claims.ts";
import { articleSnapshot } from "./article-presenter.ts";
import type { ClaimExtractor } from "./claim-extractor.ts";
import { prepareArticleText } from "./prepare-article-text.ts";
import type { PreparedArticle } from "./prepare-extraction.ts";

export type ImportArticleInput = z.output<typeof importArticleInputSchema>;

/** Checks the upload's size, converts it and extracts its claims (prepare-article-text.ts). */
export function prepareImport(
  extractor: Pick<ClaimExtractor, "prepare">,
  input: ImportArticleInput,
  maxBytes: number,
): Promise<PreparedArticle> {
  return prepareArticleText(
    extractor,
    { raw: input.body, format: input.format, publishedOn: input.publishedOn },
    maxBytes,
  );
}

/** Stores an article prepared by prepareImport, its claims and the audit event, in the caller's transaction. */
export async function importArticle(tx: Tx, actor: AuditActor, input: ImportArticleInput, prepared: PreparedArticle) {
  const article = await tx.article.create({
    data: {
      title: input.title,
      outlet: input.outlet ?? null,
      author: input.author ?? null,
      url: input.url ?? null,
      publishedOn: prepared.publishedOn ? new Date(`${prepared.publishedOn}T00:00:00Z`) : null,
      body: prepared.body,
      sourceFormat: input.format,
      importedById: actor.userId,
    },
  });
  if (prepared.claimCount > 0) await insertExtractedClaims(tx, article.id, prepared.claimsJson);
  await recordAuditEvent(tx, actor, {
    action: "article.import",
    entityType: "article",
    entityId: article.id,
    articleId: article.id,
    after: { ...articleSnapshot(article), claimsExtracted: prepared.claimCount },
  });
  return article;
}

// Imports an article: parse the upload and extract its claims first, then store both with the audit
// event in one transaction, so an import either lands whole or not at all.
import { importArticleInputSchema } from "@claimdesk/shared";
import type { z } from "zod";
import { recordAuditEvent, type AuditActor, type Tx } from "../audit/record-audit-event.ts";
import { insertExtractedClaims } from "../claims/insert-extracted-claims.ts";
import { AppError } from "../http/app-error.ts";
import { articleSnapshot } from "./article-presenter.ts";
import type { ClaimExtractor } from "./claim-extractor.ts";
import type { PreparedArticle } from "./prepare-extraction.ts";

export type ImportArticleInput = z.output<typeof importArticleInputSchema>;

/**
 * Checks the upload's size, converts it and extracts its claims (off the request thread when it is
 * large). Done before the transaction opens, so no database connection waits on the CPU work.
 */
export async function prepareImport(
  extractor: Pick<ClaimExtractor, "prepare">,
  input: ImportArticleInput,
  maxBytes: number,
): Promise<PreparedArticle> {
  const bytes = Buffer.byteLength(input.body, "utf8");
  if (bytes > maxBytes) {
    throw new AppError(
      "payload_too_large",
      // Exact bytes: rounded to tenths of a megabyte, an article just over the limit read "2.0 MB; the limit is 2.0 MB".
      `The article is ${bytes.toLocaleString("en")} bytes; the limit is ${maxBytes.toLocaleString("en")} bytes ` +
        `(${(maxBytes / 1024 / 1024).toFixed(1)} MB, MAX_IMPORT_BYTES). Split it into parts.`,
    );
  }
  const prepared = await extractor.prepare({ raw: input.body, format: input.format, publishedOn: input.publishedOn });
  if (prepared.body.trim().length === 0) {
    throw new AppError("validation_failed", "The article has no text once converted. Check the file or the format.", {
      fields: [{ path: "body.body", message: "no text after conversion" }],
    });
  }
  return prepared;
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

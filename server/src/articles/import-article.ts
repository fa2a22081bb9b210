// Imports an article: parse the upload, extract its claims, and store both with the audit event in
// one transaction, so an import either lands whole or not at all.
import { importArticleInputSchema } from "@claimdesk/shared";
import type { z } from "zod";
import { recordAuditEvent, type AuditActor, type Tx } from "../audit/record-audit-event.ts";
import { claimRowFromExtraction } from "../claims/claim-from-extraction.ts";
import { extractClaims, parseArticleInput } from "../extract/index.ts";
import { AppError } from "../http/app-error.ts";
import { articleSnapshot } from "./article-presenter.ts";

export type ImportArticleInput = z.output<typeof importArticleInputSchema>;

export function prepareImport(input: ImportArticleInput, maxBytes: number) {
  const bytes = Buffer.byteLength(input.body, "utf8");
  if (bytes > maxBytes) {
    throw new AppError(
      "payload_too_large",
      `The article is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB (MAX_IMPORT_BYTES). Split it into parts.`,
    );
  }
  const parsed = parseArticleInput(input.body, input.format);
  if (parsed.body.trim().length === 0) {
    throw new AppError("validation_failed", "The article has no text once converted. Check the file or the format.", {
      fields: [{ path: "body.body", message: "no text after conversion" }],
    });
  }
  const publishedOn = input.publishedOn ?? parsed.publishedOn;
  const claims = extractClaims(parsed.body, { publishedOn });
  return { body: parsed.body, publishedOn, claims };
}

export async function importArticle(tx: Tx, actor: AuditActor, input: ImportArticleInput, maxBytes: number) {
  const prepared = prepareImport(input, maxBytes);
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
  if (prepared.claims.length > 0) {
    await tx.claim.createMany({ data: prepared.claims.map((c) => claimRowFromExtraction(article.id, c)) });
  }
  await recordAuditEvent(tx, actor, {
    action: "article.import",
    entityType: "article",
    entityId: article.id,
    articleId: article.id,
    after: { ...articleSnapshot(article), claimsExtracted: prepared.claims.length },
  });
  return article;
}

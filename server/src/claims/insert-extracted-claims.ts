// Stores an import's extracted claims in one statement. Prisma's createMany built and checked each
// row in its query layer at about 0.7 ms a claim: 2.5 s for a 400 KB article, holding the
// transaction (and, on the embedded database, its only connection) all that time. Here the rows
// travel as one JSON parameter that PostgreSQL expands itself (npm run bench:import-stall).
import type { ExtractedClaim } from "@claimdesk/shared";
import { sqlExecute, type SqlTarget } from "../db/sql.ts";
import { claimRowFromExtraction } from "./claim-from-extraction.ts";

// The record's fields are claimRowFromExtraction's, so the column mapping is written once.
const INSERT_EXTRACTED_CLAIMS = `
INSERT INTO claims (id, article_id, start_offset, end_offset, quote, prefix, suffix, text, kind,
                    factual_score, checkworthy_score, details, claimant, origin, updated_at)
SELECT gen_random_uuid(), $1::uuid, r."startOffset", r."endOffset", r.quote, r.prefix, r.suffix, r.text,
       r.kind::"ClaimKind", r."factualScore", r."checkworthyScore", r.details, r.claimant,
       r.origin::"ClaimOrigin", CURRENT_TIMESTAMP
FROM jsonb_to_recordset($2::jsonb) AS r("startOffset" int, "endOffset" int, quote text, prefix text, suffix text,
     text text, kind text, "factualScore" float8, "checkworthyScore" float8, details jsonb, claimant text, origin text)`;

export async function insertExtractedClaims(
  target: SqlTarget,
  articleId: string,
  claims: readonly ExtractedClaim[],
): Promise<void> {
  if (claims.length === 0) return;
  const rows = claims.map((claim) => claimRowFromExtraction(articleId, claim));
  await sqlExecute(target, INSERT_EXTRACTED_CLAIMS, [articleId, JSON.stringify(rows)]);
}

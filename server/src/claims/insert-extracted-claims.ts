// Stores an import's extracted claims in one statement. Prisma's createMany built and checked each
// row in its query layer at about 0.7 ms a claim: 2.5 s for a 400 KB article, holding the
// transaction (and, on the embedded database, its only connection) all that time. Here the claims
// travel as one JSON parameter, exactly as extraction produced them, and PostgreSQL maps each to a
// row itself (npm run bench:import-stall).
import { sqlExecute, type SqlTarget } from "../db/sql.ts";

// From an ExtractedClaim (shared/src/schemas/extracted-claim.ts) to a claims row; what has no
// column of its own is kept in details.
const INSERT_EXTRACTED_CLAIMS = `
INSERT INTO claims (id, article_id, start_offset, end_offset, quote, prefix, suffix, text, kind,
                    factual_score, checkworthy_score, claimant, details, origin, updated_at)
SELECT gen_random_uuid(), $1::uuid, (c->>'start')::int, (c->>'end')::int, c->>'quote', c->>'prefix',
       c->>'suffix', c->>'text', (c->>'kind')::"ClaimKind", (c->'scores'->>'factual')::float8,
       (c->'scores'->>'checkworthy')::float8, c->'claimant'->>'name',
       jsonb_build_object('claimant', c->'claimant', 'alsoKinds', c->'alsoKinds', 'reasons', c->'reasons',
                          'quantities', c->'quantities', 'dates', c->'dates', 'flags', c->'flags',
                          'loadedTerms', c->'loadedTerms'),
       'auto', CURRENT_TIMESTAMP
FROM jsonb_array_elements($2::jsonb) AS c`;

/** `claimsJson`: an ExtractedClaim[] as JSON text (PreparedArticle.claimsJson). */
export async function insertExtractedClaims(target: SqlTarget, articleId: string, claimsJson: string): Promise<void> {
  await sqlExecute(target, INSERT_EXTRACTED_CLAIMS, [articleId, claimsJson]);
}

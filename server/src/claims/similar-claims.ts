// Claims already checked elsewhere that say much the same: other articles' claims with a verdict
// whose wording shares at least a third of its key words with this one (PostgreSQL's English text
// search: stemmed, stop words left out). Reviewers reuse earlier checks, or differ on purpose.
// No index: it scans reviewed claims only, when a reviewer opens the panel (docs/decisions/080).
import type { SimilarClaim } from "@claimdesk/shared";
import { sqlRows, type SqlTarget } from "../db/sql.ts";

/** Below this share of key words, matches are mostly about a common word ("said", "government"). */
export const MIN_SIMILARITY = 1 / 3;

const SIMILAR_CLAIMS = `
WITH target AS (
  SELECT c.article_id, tsvector_to_array(to_tsvector('english', c.text)) AS words
  FROM claims c WHERE c.id = $1::uuid
), candidate AS (
  SELECT c.id, c.text, c.verdict::text AS verdict, c.verdict_at, c.article_id, a.title,
         tsvector_to_array(to_tsvector('english', c.text)) AS words, t.words AS target_words
  FROM claims c JOIN articles a ON a.id = c.article_id, target t
  WHERE c.verdict IS NOT NULL AND c.dismissed_at IS NULL AND c.article_id <> t.article_id
    AND cardinality(t.words) > 0 AND tsvector_to_array(to_tsvector('english', c.text)) && t.words
), scored AS (
  SELECT *, cardinality(ARRAY(SELECT unnest(words) INTERSECT SELECT unnest(target_words))) AS shared
  FROM candidate
)
SELECT id::text, text, verdict, verdict_at AS "verdictAt", article_id::text AS "articleId", title AS "articleTitle",
       shared AS "sharedWords",
       shared::float8 / cardinality(ARRAY(SELECT unnest(words) UNION SELECT unnest(target_words))) AS similarity
FROM scored
WHERE shared::float8 / cardinality(ARRAY(SELECT unnest(words) UNION SELECT unnest(target_words))) >= $2
ORDER BY similarity DESC, verdict_at DESC, id
LIMIT $3`;

type SimilarRow = Omit<SimilarClaim, "verdictAt"> & { verdictAt: Date | null };

export async function findSimilarClaims(db: SqlTarget, claimId: string, limit = 5): Promise<SimilarClaim[]> {
  const rows = await sqlRows<SimilarRow>(db, SIMILAR_CLAIMS, [claimId, MIN_SIMILARITY, limit]);
  return rows.map((row) => ({ ...row, verdictAt: row.verdictAt?.toISOString() ?? null }));
}

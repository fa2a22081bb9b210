// Claims already checked elsewhere that say much the same: other articles' claims with a verdict
// whose wording shares at least a third of its key words with this one (PostgreSQL's English text
// search: stemmed, stop words left out). Reviewers reuse earlier checks, or differ on purpose.
// The key words are kept in claims.search_words by a trigger, with a GIN index that finds the
// claims sharing any of them (docs/decisions/080).
import type { SimilarClaim } from "@claimdesk/shared";
import { sqlRows, type SqlTarget } from "../db/sql.ts";

/** Below this share of key words, matches are mostly about a common word ("said", "government"). */
export const MIN_SIMILARITY = 1 / 3;

const SIMILAR_CLAIMS = `
WITH target AS (
  SELECT article_id, search_words AS words FROM claims WHERE id = $1::uuid
), scored AS (
  SELECT c.id, c.text, c.verdict::text AS verdict, c.verdict_at, c.article_id, a.title,
         cardinality(ARRAY(SELECT unnest(c.search_words) INTERSECT SELECT unnest(t.words))) AS shared,
         cardinality(ARRAY(SELECT unnest(c.search_words) UNION SELECT unnest(t.words))) AS total
  FROM claims c JOIN articles a ON a.id = c.article_id, target t
  WHERE c.search_words && t.words AND c.verdict IS NOT NULL AND c.dismissed_at IS NULL
    AND c.article_id <> t.article_id
)
SELECT id::text, text, verdict, verdict_at AS "verdictAt", article_id::text AS "articleId", title AS "articleTitle",
       shared AS "sharedWords", shared::float8 / total AS similarity
FROM scored
WHERE shared::float8 / total >= $2
ORDER BY similarity DESC, verdict_at DESC, id
LIMIT $3`;

type SimilarRow = Omit<SimilarClaim, "verdictAt"> & { verdictAt: Date | null };

export async function findSimilarClaims(db: SqlTarget, claimId: string, limit = 5): Promise<SimilarClaim[]> {
  const rows = await sqlRows<SimilarRow>(db, SIMILAR_CLAIMS, [claimId, MIN_SIMILARITY, limit]);
  return rows.map((row) => ({ ...row, verdictAt: row.verdictAt?.toISOString() ?? null }));
}

// After a revision re-anchors the claims reviewers already have, the text the revision added
// (an update paragraph, a corrected figure) gets claims of its own: every claim extracted from
// the new body that overlaps no claim still found in it is stored as a new, unreviewed claim.
// Claims that are there stay exactly as they are, with their verdicts, notes and sources.
import { insertExtractedClaims } from "../claims/insert-extracted-claims.ts";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import type { PreparedArticle } from "./prepare-extraction.ts";

// Claims still found in the revised body (moved or changed ones included); a missing claim's
// offsets point at text that is gone.
const SELECT_SPANS = `
SELECT start_offset AS "start", end_offset AS "end" FROM claims
WHERE article_id = $1::uuid AND anchor_status <> 'missing'
ORDER BY start_offset`;

/**
 * Stores the extracted claims that overlap no present claim; returns how many. They are chosen by
 * the spans in claimIndex and their JSON is cut out of claimsJson as it is: a long article's
 * claims are megabytes of JSON, which parsing held the request thread for (80–90 ms for
 * 3,400 claims, 0.7–1.2 s for 17,000), while a revision usually adds a handful.
 */
export async function addClaimsForNewText(
  tx: SqlTarget,
  articleId: string,
  extracted: Pick<PreparedArticle, "claimsJson" | "claimIndex">,
): Promise<number> {
  const present = await sqlRows<{ start: number; end: number }>(tx, SELECT_SPANS, [articleId]);
  // furthestEnd[i]: the largest end among present[0 .. i], so one lookup tells whether any
  // claim starting before a given offset reaches past another (spans may nest or overlap).
  const furthestEnd: number[] = [];
  for (const span of present) furthestEnd.push(Math.max(span.end, furthestEnd.at(-1) ?? -1));
  const { claimsJson, claimIndex } = extracted;
  const added: string[] = [];
  for (let i = 0; i < claimIndex.length; i += 4) {
    if (overlapsAny(present, furthestEnd, claimIndex[i]!, claimIndex[i + 1]!)) continue;
    added.push(claimsJson.slice(claimIndex[i + 2], claimIndex[i + 3]));
  }
  if (added.length > 0) await insertExtractedClaims(tx, articleId, `[${added.join(",")}]`);
  return added.length;
}

/** Does [start, end) overlap any present span? Spans are sorted by start. */
function overlapsAny(
  spans: ReadonlyArray<{ start: number }>,
  furthestEnd: readonly number[],
  start: number,
  end: number,
): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  // spans[0 .. lo) start before `end`; one of them overlaps when it ends after `start`.
  return lo > 0 && furthestEnd[lo - 1]! > start;
}

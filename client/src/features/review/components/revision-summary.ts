import type { Claim } from "@claimdesk/shared";
import { plural } from "../../../lib/format.ts";

/**
 * One sentence about where the claims stand after a save, from the refetched claim list and the
 * list before the save: the claims there before are counted by where they went, and those the
 * server extracted from the added text are counted apart.
 */
export function summariseRevision(claims: readonly Claim[], bodyRevised: boolean, before: readonly Claim[]): string {
  if (!bodyRevised) return "Article details saved.";
  const earlier = new Set(before.map((c) => c.id));
  const kept = claims.filter((c) => earlier.has(c.id));
  const added = claims.length - kept.length;
  const count = (s: Claim["anchorStatus"]) => kept.filter((c) => c.anchorStatus === s).length;
  const reReview = claims.filter((c) => c.needsReReview).length;
  return (
    `Text revised. Of ${plural(kept.length, "claim")}: ${count("anchored")} in place, ${count("moved")} moved, ` +
    `${count("changed")} with text changed, ${count("missing")} with text missing; ` +
    (added > 0 ? `${plural(added, "new claim")} from the added text; ` : "") +
    `${plural(reReview, "claim needs", "claims need")} re-review.`
  );
}

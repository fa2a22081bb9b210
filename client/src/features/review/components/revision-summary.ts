import type { Claim } from "@claimdesk/shared";
import { plural } from "../../../lib/format.ts";

/** One sentence about where the claims stand after a save, from the refetched claim list. */
export function summariseRevision(claims: readonly Claim[], bodyRevised: boolean): string {
  if (!bodyRevised) return "Article details saved.";
  const count = (s: Claim["anchorStatus"]) => claims.filter((c) => c.anchorStatus === s).length;
  const reReview = claims.filter((c) => c.needsReReview).length;
  return (
    `Text revised. Of ${plural(claims.length, "claim")}: ${count("anchored")} in place, ${count("moved")} moved, ` +
    `${count("changed")} with text changed, ${count("missing")} with text missing; ` +
    `${plural(reReview, "claim needs", "claims need")} re-review.`
  );
}

// Our verdict scale as a schema.org Rating. ClaimReview readers compare ratingValue between
// bestRating and worstRating; alternateName carries our own label, which is what people see.
// The scale runs from "shown false" to "shown true", and misleading is closer to false than to true.
// "Unverified" is not a point on it: the evidence does not settle the claim either way. Placed at 3
// of 4 it read as "mostly true" to anyone who compares numbers (fact-check aggregators, research
// datasets), so it carries only its label, which is all Google requires (alternateName).
// See docs/reports.md and decision 020.
import { VERDICT_LABELS, type Verdict } from "@claimdesk/shared";

export const RATING_SCALE = { worstRating: 1, bestRating: 4 } as const;

/** Verdicts that are findings on the true–false scale. 3 stays free, so published numbers never move. */
export const VERDICT_RATING: Record<Exclude<Verdict, "unverified">, number> = { false: 1, misleading: 2, true: 4 };

export function verdictRating(verdict: Verdict) {
  if (verdict === "unverified") return { "@type": "Rating", alternateName: VERDICT_LABELS[verdict] };
  return {
    "@type": "Rating",
    ratingValue: VERDICT_RATING[verdict],
    bestRating: RATING_SCALE.bestRating,
    worstRating: RATING_SCALE.worstRating,
    alternateName: VERDICT_LABELS[verdict],
  };
}

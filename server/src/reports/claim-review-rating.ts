// Our verdict scale as a schema.org Rating. ClaimReview readers compare ratingValue between
// bestRating and worstRating; alternateName carries our own label, which is what people see.
// The scale runs from "shown false" to "shown true": misleading is closer to false than to true,
// and unverified (evidence does not settle it) sits between misleading and true. See docs/reports.md.
import { VERDICT_LABELS, type Verdict } from "@claimdesk/shared";

export const RATING_SCALE = { worstRating: 1, bestRating: 4 } as const;

export const VERDICT_RATING: Record<Verdict, number> = { false: 1, misleading: 2, unverified: 3, true: 4 };

export function verdictRating(verdict: Verdict) {
  return {
    "@type": "Rating",
    ratingValue: VERDICT_RATING[verdict],
    bestRating: RATING_SCALE.bestRating,
    worstRating: RATING_SCALE.worstRating,
    alternateName: VERDICT_LABELS[verdict],
  };
}

import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";

/**
 * What the rebuttal and hedge readers (disputed-claims.ts, unconfirmed-claims.ts) ask of a
 * sentence's claims: whose they are, and which one a comment right after it sizes up.
 */

/** Does someone other than the article make the claim? */
export const isReported = (c: ExtractedClaim): boolean => c.claimant.type !== "article";

/**
 * The claim a comment at body offset `at` sizes up: the last of claims[from, …) that ends by
 * `at`, when someone other than the article makes it ("…, a figure disputed by …").
 */
export function reportedClaimBefore(
  claims: readonly ExtractedClaim[],
  from: number,
  at: number,
): ExtractedClaim | null {
  for (let i = claims.length - 1; i >= from; i--) {
    const c = claims[i]!;
    if (c.end <= at) return isReported(c) ? c : null;
  }
  return null;
}

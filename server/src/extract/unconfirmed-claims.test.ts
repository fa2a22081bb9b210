import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * A figure the outlet says it could not check ("The claims could not be independently verified")
 * is flagged `unconfirmed` on the claims of whoever reported it. The texts are written for these
 * tests.
 */
function claims(body: string): ExtractedClaim[] {
  return extractClaims(body, { publishedOn: "2025-11-20" });
}

const unconfirmed = (c: ExtractedClaim): boolean => c.flags.includes("unconfirmed");

describe("what the outlet could not verify", () => {
  it("reads a hedge that follows as its own sentence, as a comment, or as a clause", () => {
    const sentence = claims(
      "Russia said it had destroyed 30 drones overnight. The claims could not be independently verified.",
    );
    expect(unconfirmed(claimQuoting(sentence, "30 drones"))).toBe(true);
    const comment = claims("Ukraine said it shot down 40 drones, a figure that could not be independently confirmed.");
    expect(unconfirmed(claimQuoting(comment, "40 drones"))).toBe(true);
    const clause = claims("The Kremlin said 12 soldiers died, but the toll could not be verified.");
    expect(unconfirmed(claimQuoting(clause, "12 soldiers"))).toBe(true);
    expect(unconfirmed(claimQuoting(clause, "toll"))).toBe(false);
  });

  it("reads no hedge in a check that succeeded, nor on the article's own statements", () => {
    const verified = claims("The bank said profits rose 8 percent. The figures have been verified by auditors.");
    for (const c of verified) expect(unconfirmed(c)).toBe(false);
    const own = claims("Three people died in the fire. The toll could not be independently verified.");
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) expect(unconfirmed(c)).toBe(false);
  });
});

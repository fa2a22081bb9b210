import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * How reported clauses are cut and how figures are read in news copy the earlier reads did not
 * cover. The texts are written for these tests.
 */
function claims(body: string): ExtractedClaim[] {
  return extractClaims(body, { publishedOn: "2025-06-12" });
}

describe("reported clauses", () => {
  it("leaves “, and that” out of a second that-clause, as it does “and that”", () => {
    const all = claims("The mayor has said that crime fell 20 percent, and that the city hired 500 officers.");
    expect(all.map((c) => c.quote)).toEqual(["crime fell 20 percent", "the city hired 500 officers"]);
    expect(all[1]!.text).toBe("According to the mayor, the city hired 500 officers");
  });
});

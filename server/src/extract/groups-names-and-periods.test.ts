import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Unnamed groups of people, numbers that are part of names, magnitudes, and periods and weeks
 * that a fact-checker dates. The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2025-06-12"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}

describe("people an article describes but does not name", () => {
  it("are unnamed sources under their description, with the flag a reviewer filters on", () => {
    const all = claims(
      "Officials said 30 people died. U.S. officials told Reuters 200 troops would deploy. Legal experts said the law was void. Prices rose 3%, traders said. Rates will rise to 5%, forecasters said.",
    );
    expect(
      all.map((c) => [c.claimant.name, c.claimant.type, c.claimant.via, c.flags.includes("unnamed_source")]),
    ).toEqual([
      ["officials", "unnamed_sources", null, true],
      ["U.S. officials", "unnamed_sources", "Reuters", true],
      ["Legal experts", "unnamed_sources", null, true],
      ["traders", "unnamed_sources", null, true],
      ["forecasters", "unnamed_sources", null, true],
    ]);
    expect(claimQuoting(all, "30 people").text).toBe("According to officials, 30 people died");
  });

  it("are not people the article has introduced, nor a group a named person leads", () => {
    const all = claims(
      "The study followed 900 patients. The researchers found that 40% improved. Reyes and other economists said prices rose 3%.",
    );
    expect(claimQuoting(all, "40%").claimant.type).toBe("person");
    expect(claimQuoting(all, "prices rose").flags).not.toContain("unnamed_source");
  });
});

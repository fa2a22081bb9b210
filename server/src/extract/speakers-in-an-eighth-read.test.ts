import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Speakers, figures and dates from the eighth read of news copy (decision 250). The texts are
 * written for these tests.
 */
function claims(body: string, publishedOn = "2025-06-12"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const who = (body: string) => claims(body).map((c) => [c.claimant.name, c.claimant.type]);

describe("speakers' names", () => {
  it("keeps a surname in “-ly” whole (“Mark Kelly”), where a trailing adverb is dropped", () => {
    expect(
      who(
        "Senator Mark Kelly said the bill was dead. Anne Connolly said it had cost 3 million euros. Smith reportedly said taxes were 40% higher.",
      ),
    ).toEqual([
      ["Mark Kelly", "person"],
      ["Anne Connolly", "person"],
      ["Smith", "person"],
    ]);
  });

  it("reads a spokesperson for a department whose name lists areas with commas", () => {
    const [claim] = claims(
      "A spokesperson for the Ministry of Housing, Communities and Local Government said the programme had built 4,000 homes.",
    );
    expect(claim!.quote).toBe("the programme had built 4,000 homes");
    expect(claim!.claimant.name).toBe("spokesperson for the Ministry of Housing, Communities and Local Government");
  });

  it("reads “The opposition Left party” whole before “…, saying”", () => {
    const claim = claimQuoting(
      claims("The opposition Left party criticised the plan, saying it would cost 3 billion euros."),
      "it would cost",
    );
    expect([claim.claimant.name, claim.claimant.type]).toEqual(["opposition Left party", "organization"]);
  });

  it("reads some of a party's members or unnamed lawmakers as unnamed sources, not as a person", () => {
    expect(
      who(
        "Some Democrats said the bill was unfair. Several Republican senators said the bill was dead. Senator Ana Ruiz said the bill was dead.",
      ),
    ).toEqual([
      ["Some Democrats", "unnamed_sources"],
      ["Several Republican senators", "unnamed_sources"],
      ["Ana Ruiz", "person"],
    ]);
  });
});

describe("loaded words", () => {
  it("does not take “scheme” for loaded language: British copy names every programme so", () => {
    const [plain, loaded] = claims(
      "The government said the furlough scheme had cost £70 billion. Critics said the scheming minister had lied about 40 contracts.",
    );
    expect(plain!.flags).not.toContain("loaded_language");
    expect(loaded!.loadedTerms).toEqual(["scheming"]);
  });
});

import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 950 (decision 990). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

const LATER = " The regulator said 12 offices would close.";

describe("a one-word name in a post, opening the article with 'told' a listener and 'she' (decision 990)", () => {
  it("gives the post's later claim to the person the opening sentence's pronoun shows", () => {
    for (const opening of [
      "Smith, the regulator, told MPs she would resign.",
      "Smith, the regulator, told MPs on Monday that she would resign.",
      "Smith, the regulator, told reporters he would stay on.",
      "Smith, the regulator, told the committee that he would cut 40 jobs.",
      "Smith, the regulator, tells staff she will cut 40 jobs.",
    ]) {
      expect(quoting(opening + LATER, "12 offices").claimant).toMatchObject({ name: "Smith", type: "person" });
    }
  });
});

describe("near-misses of decision 990's rules", () => {
  it("leaves a body where the pronoun may be the listener's, or names no person", () => {
    for (const opening of [
      "Smith, the regulator, told Ms Jones she would be sacked.",
      "Smith, the regulator, told her she would be sacked.",
      "Smith, the regulator, told the minister she would resign.",
      "Smith, the regulator, told the mother she would be rehoused.",
      "Smith, the regulator, told MPs it would cut 40 jobs.",
      "Smith, the regulator, told MPs the board would cut 40 jobs.",
      "Smith, the regulator, told MPs who asked whether she would resign that it would not.",
      "The report was out. Smith, the regulator, told MPs she would resign.",
    ]) {
      expect(quoting(opening + LATER, "12 offices").claimant).toMatchObject({ name: "Smith", type: "organization" });
    }
  });
});

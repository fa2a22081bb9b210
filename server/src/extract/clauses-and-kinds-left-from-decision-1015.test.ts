import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 1060: the clauses and kinds decision 1015 left. The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");

/** The kinds of the claim quoting `words` in `body`. */
function kindsOf(body: string, words: string): readonly string[] {
  const c = quoting(body, words);
  return [c.kind, ...c.alsoKinds];
}

/** Whose each claim of `body` is, in order. */
function owners(body: string): readonly (string | undefined)[] {
  return claims(body).map((c) => c.claimant?.type);
}

describe("'Anyone who has run a business will tell you that …'", () => {
  it("is a view held now, no forecast, as 'Anyone will tell you that …' is", () => {
    for (const body of [
      "Anyone who has run a business will tell you that margins are thin.",
      "Anyone who has been to Leeds would tell you that the trains are late.",
      "Ask anyone who has run a business and they will tell you that margins are thin.",
      "Everybody who has had a child will tell you that nursery fees have soared.",
    ]) {
      expect(kindsOf(body, "tell you"), body).not.toContain("prediction");
      expect(quoting(body, "tell you").claimant?.type, body).toBe("article");
    }
  });
});

describe("near-misses of decision 1060's rules", () => {
  it("keeps a telling to come a forecast, with 'Any official' and a who-clause", () => {
    // The review of decision 1015 kept "Everyone will tell you their name when they arrive" a
    // forecast; a who-clause in the subject does not change what follows "tell you".
    for (const body of [
      "Anyone who has run a business will tell you their name when they arrive.",
      "Any official who works here will tell you their name when they arrive.",
      "Any official who has a badge will tell you their name when they arrive.",
      "Anyone who has run a business will tell you at the meeting that margins are thin.",
    ])
      expect(kindsOf(body, "tell"), body).toContain("prediction");
  });

  it("keeps a who-clause that is no perfect, or is dated, a forecast", () => {
    // A present or a past alone may be a visit or a meeting still to come; a word of time dates it.
    for (const body of [
      "Anyone who visits will tell you that the gallery is stunning.",
      "Anyone who attends will tell you that the talks are useful.",
      "Everyone who goes will tell you that the course is hard.",
      "Anyone who has a ticket for next week will tell you that the gallery is stunning.",
      "Anyone who has a ticket and will go would tell you that the show is good.",
      "Anyone who has run a business will tell you that prices will rise next year.",
    ])
      expect(kindsOf(body, "tell"), body).toContain("prediction");
  });

  it("keeps a plain past 'It was understood that …' the article's, as decision 1015 pinned it", () => {
    for (const body of [
      "It was understood that the minister would resign.",
      "It was understood at the time that the heir would marry within the family.",
    ])
      expect(owners(body), body).toEqual(["article"]);
  });
});

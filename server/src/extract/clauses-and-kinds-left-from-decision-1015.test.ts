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

describe("'It was understood last night that …'", () => {
  it("is the unnamed sources', a briefing dated by its news day", () => {
    for (const body of [
      "It was understood last night that the minister would resign.",
      "It was understood on Monday that talks would resume.",
      "It was understood yesterday that the minister had resigned.",
    ]) {
      const c = quoting(body, "understood");
      expect(c.claimant?.type, body).toBe("unnamed_sources");
      expect(c.flags, body).toContain("unnamed_source");
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
    // No news day between "understood" and "that": a history's common understanding as often.
    for (const body of [
      "It was understood that the minister would resign.",
      "It was understood at the time that the heir would marry within the family.",
      "It was understood by Monday that the heir would marry.",
      "In 1997 it was understood last night that Labour would win.",
    ])
      expect(owners(body), body).toEqual(["article"]);
  });
});

/** The value and unit of each figure `body`'s claims read. */
function figures(body: string): readonly (readonly [number, string | null])[] {
  return claims(body).flatMap((c) => c.quantities.map((q) => [q.value, q.unit] as const));
}

describe("figures decision 1020 left to the extractor", () => {
  it("reads crowns named by their own plurals, 'kroner', 'kronor', as their country's code", () => {
    for (const [body, value, unit] of [
      ["The deal is worth 500 million Danish kroner.", 500_000_000, "DKK"],
      ["Workers earn 30 Danish kroner an hour.", 30, "DKK per hour"],
      ["The deal is worth 500 million Swedish kronor.", 500_000_000, "SEK"],
      ["The fine was 20,000 Norwegian kroner.", 20_000, "NOK"],
    ] as const)
      expect(figures(body), body).toEqual([[value, unit]]);
  });

  it("reads a sum closed by a rate's adverb as a rate", () => {
    for (const [body, value, unit] of [
      ["Staff earn 1,800 Swiss francs monthly.", 1_800, "CHF per month"],
      ["Staff earn £1,800 monthly, the union said.", 1_800, "GBP per month"],
      ["The cleaners earn $15 hourly.", 15, "USD per hour"],
    ] as const)
      expect(figures(body), body).toEqual([[value, unit]]);
  });
});

describe("near-misses of decision 1060's figures", () => {
  it("keeps a nationality before another plural, and an adverb before a word, as they were", () => {
    for (const [body, value, unit] of [
      ["The firm sold 500 Danish pastries.", 500, "pastries"],
      ["The deal is worth 500 million Norwegian crowns.", 500_000_000, "NOK"],
      ["Tenants pay a £50 monthly fee.", 50, "GBP"],
      ["She was paid £1,800 monthly from the fund.", 1_800, "GBP"],
      ["The firm sells 10,000 tickets daily.", 10_000, "tickets"],
      ["Prices rose 3% annually.", 3, "%"],
      ["The firm shipped a 2,000,000 tonne cargo.", 2_000_000, "tonne"],
    ] as const)
      expect(figures(body), body).toEqual([[value, unit]]);
  });
});

import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 890: the clauses and kinds decision 845 left. The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const LONG =
  "“There will be no tax rises for working people in this parliament, and that is a promise I intend to keep.”";
const GOVERNMENT = "The government says the economy has turned a corner.\n\n";

/** The primary kind and the others of the one claim quoting `fragment`. */
function kindsOf(body: string, fragment: string): string[] {
  const c = quoting(body, fragment);
  return [c.kind, ...c.alsoKinds];
}

describe("a count's 'will tell you'", () => {
  it("is no forecast: the figures tell the reader what they already show", () => {
    for (const [body, fragment] of [
      ["“Prices are rising,” the data will tell you.", "Prices"],
      ["The data will tell you that prices are rising.", "prices"],
      ["Figures will tell you that prices are rising.", "prices"],
      ["The figures will tell you that inflation rose to 4% in April.", "inflation"],
      ["“Sales fell 12% in the quarter,” the statistics will tell you.", "Sales"],
    ] as const)
      expect(kindsOf(body, fragment), body).not.toContain("prediction");
    expect(kindsOf("The figures will tell you that inflation rose to 4% in April.", "inflation")).toContain(
      "statistic",
    );
  });

  it("keeps figures to come, a forecast in the clause and a speaker's 'will tell you' as forecasts", () => {
    for (const [body, fragment] of [
      // Figures not yet out: the subject names when they come, so "will" is theirs to come.
      ["Figures due on Thursday will show that inflation rose to 4%.", "inflation"],
      ["Figures due on Thursday will tell you that inflation rose to 4%.", "inflation"],
      ["Thursday's figures will tell you that inflation rose to 4%.", "inflation"],
      ["The latest figures will tell you that inflation rose to 4%.", "inflation"],
      ["The figures will show that prices are rising.", "prices"],
      ["The data will tell us whether the policy worked.", "policy"],
      ["The data will tell you that prices will rise again next year.", "prices"],
      ["The chancellor will tell you that prices are rising.", "prices"],
      ["The Office for National Statistics will tell you that inflation rose to 4%.", "inflation"],
    ] as const)
      expect(kindsOf(body, fragment), body).toContain("prediction");
  });
});

describe("'would claim that' after a named subject", () => {
  it("is the speaker's statement, as 'would insist that' is", () => {
    const claim = quoting("Smith would claim that the policy was working.", "policy");
    expect(claim.claimant?.name).toBe("Smith");
    expect(claim.text).toBe("According to Smith, the policy was working");
    expect([claim.kind, ...claim.alsoKinds]).not.toContain("prediction");
    // Worded as "The firm would say that …" is since decision 750.
    const firm = quoting("The firm would claim that its accounts were accurate.", "accounts");
    expect(firm.claimant?.name).toBe("firm");
    expect(firm.text).toBe("The firm said its accounts were accurate");
  });

  it("leaves the article's doubt, a thing claimed or kept, a pronoun and a negation the article's", () => {
    for (const body of [
      // "that" the pronoun: the article doubts Smith, it reports no view of his.
      "Smith would claim that, wouldn't he?",
      "Smith would claim that the policy was working, wouldn't he?",
      "Of course Smith would claim that the policy was working.",
      // A seat, a title, a rate or a level claimed or kept: "that" the determiner.
      "The Tories would claim that seat comfortably.",
      "Labour would claim that seat at the next election.",
      "Verstappen would claim that title in Abu Dhabi.",
      "The bank would maintain that rate until June.",
      "Smith would maintain that level of spending.",
      "The club would maintain that unbeaten run into the spring.",
      "He would claim that the policy was working.",
      "Smith would not claim that the policy was working.",
      // "would maintain that" and a clause that shows its tense is the speaker's since decision 975.
      "Smith would claim that the policy works.",
      "Smith would contend that the policy was working.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});

describe("a briefing's 'It is, however, understood that'", () => {
  it("is read as 'It is understood, however, that': the unnamed sources', worded as written", () => {
    const body = "It is, however, understood that the minister will resign on Friday.";
    const c = quoting(body, "minister");
    expect(c.claimant?.type).toBe("unnamed_sources");
    expect(c.flags).toContain("unnamed_source");
    expect(c.text).toBe("It is, however, understood that the minister will resign on Friday");
    const long = `It is, however, understood that Reeves will tell MPs: ${LONG}`;
    expect(claims(long)).toHaveLength(1);
    expect(quoting(long, "tax rises").claimant?.type).toBe("unnamed_sources");
  });

  it("leaves an aside that names someone, another subject and another frame as they were", () => {
    for (const body of [
      "It is, he said, understood that the minister will resign on Friday.",
      "The plan is, however, understood that only a few ministers have seen.",
      "It is, however, expected that the minister will resign on Friday.",
      "It is, however, understood to be a matter for the minister.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});

describe("a count's 'will tell you' quotation after a speaker's paragraph", () => {
  it("goes to no one: the paragraph's speaker did not say it", () => {
    for (const body of [
      `${GOVERNMENT}“Wages are rising faster than prices,” the figures will tell you.`,
      "Reeves says the economy has turned a corner.\n\n“Wages are rising faster than prices,” the data will tell you.",
    ]) {
      const c = quoting(body, "Wages");
      expect(c.claimant?.type, body).toBe("article");
      expect(c.text, body).not.toMatch(/^(The government|Reeves) /);
    }
  });

  it("keeps a quotation with no tag, or a speaker's tag, as it was", () => {
    expect(quoting(`${GOVERNMENT}“Wages are rising faster than prices.”`, "Wages").claimant?.name).toBe("government");
    expect(
      quoting(`${GOVERNMENT}“Wages are rising faster than prices,” the chancellor will tell you.`, "Wages").claimant
        ?.name,
    ).toBe("chancellor");
    expect(
      quoting(`${GOVERNMENT}“Wages are rising faster than prices,” the report will tell ministers.`, "Wages").claimant
        ?.name,
    ).toBe("report");
  });
});

describe("near-misses of decision 890's rules", () => {
  it("keeps figures dated to come, or asked a question, as forecasts: their 'will tell you' is their publication", () => {
    for (const [body, fragment] of [
      ["On Thursday, the figures will tell you whether inflation has fallen.", "inflation"],
      ["On Thursday, the figures will tell you that inflation fell to 3%.", "inflation"],
      ["Tomorrow, the data will tell you whether the recession is over.", "recession"],
      ["Next week, the figures will tell you how many people lost their jobs.", "jobs"],
      ["The figures will tell you on Thursday whether inflation has fallen.", "inflation"],
      ["Results will tell you on Friday whether Labour won the seat.", "Labour"],
      ["The results will tell you in August how many pupils passed.", "pupils"],
      ["The figures will tell you next month whether the policy worked.", "policy"],
      ["The data will tell you whether the policy worked.", "policy"],
      ["In August, the results will tell you how many pupils passed.", "pupils"],
      ["This week, the figures will tell you that prices rose.", "prices"],
      ["The data will tell you this week that prices rose.", "prices"],
    ] as const)
      expect(kindsOf(body, fragment), body).toContain("prediction");
  });

  it("leaves a thing claimed before a later clause the article's: 'that' is its determiner", () => {
    for (const body of [
      "The storm would claim that village's church before the day was out.",
      "Smith would claim that land as his own after the war ended.",
      "The company would claim that tax relief every year it traded.",
      "The fire would claim that building's roof before firefighters arrived.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});

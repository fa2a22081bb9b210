import { describe, expect, it } from "vitest";
import { claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Decision 560: participles and relative clauses that were split off their sentence, and three
 * kinds, left by decisions 510 and 515. The articles are in tests/fixtures/newsroom-read-505 and
 * newsroom-read-515; the other texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
/** Each claim's wording: a split-off participle's claim is worded with its clause. */
const texts = (body: string) => claims(body).map((c) => c.text);
const kindsOf = (body: string, fragment: string) => {
  const c = quoting(body, fragment);
  return [c.kind, ...c.alsoKinds];
};

describe("participles that only elaborate their clause", () => {
  it("keeps the reason cited with its clause", () => {
    expect(texts("The bank raised rates to 5%, citing inflation.")).toEqual([
      "The bank raised rates to 5%, citing inflation",
    ]);
    expect(texts("Mr Smith resigned on Monday, citing health reasons, the party said.")).toHaveLength(1);
  });

  it("keeps what an act marks with its clause, unless it is a record or holds a figure", () => {
    expect(texts("The central bank raised rates, marking a shift in policy.")).toEqual([
      "The central bank raised rates, marking a shift in policy",
    ]);
    expect(texts("Shares fell, marking their worst day on record.")).toEqual([
      "Shares fell",
      "Shares fell, marking their worst day on record",
    ]);
    expect(texts("The central bank raised rates to 5.25%, marking the first rise since 2008.")).toHaveLength(2);
    expect(texts("The team won, marking its first title in a decade.")).toHaveLength(2);
  });

  it("keeps a cited figure a claim of its own", () => {
    expect(texts("The bank raised rates, citing a 40% rise in costs.")).toEqual([
      "The bank raised rates",
      "The bank raised rates, citing a 40% rise in costs",
    ]);
  });

  it("keeps a court's holding, with its split, in the ruling's sentence", () => {
    const all = fixtureClaims("newsroom-read-515/1-appeals-court-ruling.txt").map((c) => c.text);
    expect(all.filter((q) => q.startsWith("A Ninth Circuit panel on Monday revived"))).toEqual([
      "A Ninth Circuit panel on Monday revived a lawsuit by an eastern Oregon town that says diesel fumes from an idling rail yard have made its residents sick, ruling 2-1 that federal rail law does not wipe out the town's nuisance claim",
    ]);
    expect(
      texts("The Supreme Court struck down the law, ruling 6-3 that it violated the First Amendment."),
    ).toHaveLength(1);
  });

  it("leaves a ruling's reported holding and its figures as they were", () => {
    const held = quoting(
      "The Supreme Court struck down the law, ruling that it violated the First Amendment.",
      "violated",
    );
    expect(held.claimant.name).toBe("Supreme Court");
    expect(texts("The judge fined the firm, ruling that it owed $2m.")).toEqual([
      "The judge fined the firm",
      "According to the judge, it owed $2m",
    ]);
  });
});

describe("a speaker's past post in a relative clause", () => {
  it("makes no claim of the post", () => {
    const all = fixtureClaims("newsroom-read-515/4-podcast-show-notes.txt");
    expect(all.some((c) => c.quote.includes("served at the Federal Energy"))).toBe(false);
    expect(all.find((c) => c.quote.includes("interconnection rule has not yet"))?.claimant.name).toBe("Tom Delgado");
    expect(texts("Mary Smith, who served as governor from 2011 to 2019, said the state's debt doubled.")).toEqual([
      "According to Mary Smith, the state's debt doubled",
    ]);
  });

  it("keeps an aside that says more than the post", () => {
    for (const [body, aside] of [
      ["Smith, who served 12 years in prison for fraud, says the system is broken.", "served 12 years in prison"],
      ["Jones, who worked at the bank when it lost $2bn, says the regulator failed.", "when it lost $2bn"],
      ["Jones, who worked as a nurse for 12 years, says wards are understaffed.", "for 12 years"],
      ["Jones, who voted against the measure, said it would cost $4m.", "voted against"],
    ])
      expect(texts(body!).some((q) => q.includes(aside!))).toBe(true);
  });

  it("keeps a body's own figure in a 'which says' clause a claim of its own", () => {
    const all = fixtureClaims("newsroom-read-515/3-wire-world-briefs.txt").map((c) => c.text);
    expect(all).toContain("The Kenya National Union of Teachers says it has 187,000 members");
    expect(all).toContain("The Kenya National Union of Teachers had demanded 30%");
  });
});

describe("kinds", () => {
  it("reads a rule's 'may not … until' a condition as no prediction", () => {
    for (const body of [
      "Ballots may not be counted until the polls close.",
      "Patients may not be discharged until they have tested negative twice.",
      "The result may not be declared until Congress acts.",
    ])
      expect([claims(body)[0]!.kind, ...claims(body)[0]!.alsoKinds]).not.toContain("prediction");
  });

  it("still reads 'may not … until' a day to come as a prediction", () => {
    for (const body of [
      "If Georgia goes to a runoff, control of the Senate may not be settled until Dec. 1, four weeks from now.",
      "The seat might not be filled until next year.",
      "The bridge may not be reopened until the end of June.",
      "The result may not be declared until Friday.",
      "The result may not be declared until after the election.",
      "The result may not be declared until 2027.",
    ])
      expect(claims(body)[0]!.kind).toBe("prediction");
  });

  it("reads a quotation's tag with 'would' as no prediction", () => {
    const reply = fixtureClaims("newsroom-read-505/2-obituary-broadsheet.txt").find((c) =>
      c.quote.includes("she would reply"),
    );
    expect(reply?.kind).toBe("other");
    expect(kindsOf('"Of course," she would reply.', "she would reply")).not.toContain("prediction");
    expect(kindsOf("“Not now,” he would often say.", "he would often say")).not.toContain("prediction");
  });

  it("still reads 'would' outside a tag as a prediction", () => {
    expect(kindsOf("She would reply that she was busy.", "busy")).toContain("prediction");
    expect(kindsOf("You know, here's what I would say.", "would say")).toContain("prediction");
    expect(kindsOf("If the plant closes, 400 people would lose their jobs.", "lose")).toContain("prediction");
  });

  it("makes no statistic of what a denied 'justify' or 'warrant' turned down", () => {
    const kearney = fixtureClaims("newsroom-read-515/5-council-budget-meeting.txt").find((c) =>
      c.quote.includes("did not justify four more officers"),
    );
    expect(kearney?.kind).toBe("attributed_statement");
    expect(kearney?.alsoKinds).toEqual([]);
    expect(kindsOf("The data do not warrant a 5% rise in fees.", "5%")).not.toContain("statistic");
  });

  it("keeps the statistic of a figure asserted beside it", () => {
    for (const [body, fragment] of [
      ["The council hired four more officers.", "four more"],
      ["The rise justified four more officers.", "four more"],
      ["The data do not warrant the 5% rise in fees.", "5%"],
      ["Kearney said the crime rate, up 40%, did not justify four more officers.", "40%"],
    ])
      expect(kindsOf(body!, fragment!)).toContain("statistic");
  });
});

describe("the review's mends", () => {
  it("keeps an aside that goes on past the post a claim", () => {
    for (const [body, aside] of [
      [
        "Smith, who served as mayor from 2011 to 2019 and was later convicted of bribery, said the city was broke.",
        "convicted of bribery",
      ],
      ["Brown, who served as chief executive until he was ousted in 2019, said the board had lied.", "ousted in 2019"],
      ["Green, who served on the board during the accounting scandal, said she knew nothing.", "accounting scandal"],
      [
        "Hughes, who served as defence secretary in 2010 and resigned over expenses, said the army was too small.",
        "resigned over expenses",
      ],
    ])
      expect(texts(body!).some((q) => q.includes(aside!))).toBe(true);
    expect(texts("Ruiz, who previously worked at Goldman Sachs, said rates would fall.")).toEqual([
      "According to Ruiz, rates would fall",
    ]);
    expect(texts("Jones, who served as a judge until 2020, said the ruling was wrong.")).toEqual([
      "According to Jones, the ruling was wrong",
    ]);
  });

  it("reads an outcome that may not come until a condition as a prediction", () => {
    for (const [body, fragment] of [
      ["Control of the Senate may not be settled until every mail ballot is counted.", "settled"],
      ["The race may not be decided until all provisional ballots are counted, officials said.", "decided"],
      ["The outcome may not be determined until the recount is finished.", "determined"],
      ["The strike may not be resolved until the government returns to the table.", "resolved"],
    ])
      expect(kindsOf(body!, fragment!)).toContain("prediction");
    expect(kindsOf("The suspect may not be named until he has been charged.", "named")).not.toContain("prediction");
  });

  it("reads 'would' after a day to come as a prediction, not a tag", () => {
    expect(kindsOf("On Friday, the minister would respond.", "respond")).toContain("prediction");
    expect(kindsOf("Next week, the committee would explain.", "explain")).toContain("prediction");
    expect(kindsOf("In May, the senator would explain.", "explain")).toContain("prediction");
    expect(kindsOf("“That is nonsense,” Johnson would later write.", "later write")).not.toContain("prediction");
  });

  it("keeps the statistic of a share of what was done", () => {
    expect(kindsOf("The evidence did not justify 40% of the arrests, the audit found.", "40%")).toContain("statistic");
    expect(kindsOf("Analysts said the figures did not justify a 10% jump in the share price.", "10%")).not.toContain(
      "statistic",
    );
  });
});

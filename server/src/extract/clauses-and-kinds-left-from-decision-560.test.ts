import { describe, expect, it } from "vitest";
import { claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Decision 605: the clauses and kinds decision 560 (and the match report of decision 565) left. The
 * match report is in tests/fixtures/newsroom-read-565; the other texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const texts = (body: string) => claims(body).map((c) => c.text);
const kindsOf = (body: string, fragment: string) => {
  const c = quoting(body, fragment);
  return [c.kind, ...c.alsoKinds];
};
const matchReport = () => fixtureClaims("newsroom-read-565/1-football-match-report.txt");

describe("a speaker's past post after a titled name", () => {
  it("makes no claim of the post, as after a name without a title", () => {
    expect(texts("Dr Lee, who worked at the WHO from 2005 to 2015, said the virus was spreading fast.")).toEqual([
      "According to Dr Lee, the virus was spreading fast",
    ]);
    expect(
      texts("Professor Ana Ruiz, who served as chief economist from 2011 to 2019, has said rates will fall."),
    ).toEqual(["According to Professor Ana Ruiz, rates will fall"]);
  });

  it("reads the WHO in a post as a body, not as a second clause's 'who'", () => {
    expect(texts("Delgado, who worked at the WHO from 2005 to 2015, said the virus was spreading fast.")).toEqual([
      "According to Delgado, the virus was spreading fast",
    ]);
  });

  it("keeps an aside that says more than a post, or that comes before no verb of speech", () => {
    for (const [body, aside] of [
      ["Dr Lee, who led the inquiry, said the virus was spreading fast.", "Dr Lee led the inquiry"],
      ["Dr Lee, who served 12 years in prison for fraud, says the system is broken.", "12 years in prison"],
      ["Dr Lee, who worked at the WHO for 20 years, said the virus was spreading fast.", "for 20 years"],
      ["Dr Lee, who worked at the WHO from 2005 to 2015, joined the board in 2020.", "from 2005 to 2015"],
      [
        "Dr Lee, who served as mayor from 2011 to 2019 and was later convicted of bribery, said the city was broke.",
        "convicted of bribery",
      ],
    ])
      expect(texts(body!).some((t) => t.includes(aside!))).toBe(true);
  });

  it("sets aside only the WHO's initials in capitals, not any word in capitals", () => {
    for (const [body, aside] of [
      [
        "Gates, who worked at Microsoft from 1975 to 2008 WHEN it dominated software, said the market had changed.",
        "WHEN it dominated software",
      ],
      [
        "Professor Hughes, who worked at the NHS AND social care department from 2001 to 2004, said the plan would fail.",
        "social care department",
      ],
    ])
      expect(texts(body!).some((t) => t.includes(aside!))).toBe(true);
  });
});

describe("a whose-aside on a speaker", () => {
  it("words the aside with its owner", () => {
    expect(matchReport().map((c) => c.text)).toContain("Eddie Howe's side had not lost since early October");
    expect(texts("The mayor, whose term ends in May, said the budget was balanced.")).toContain(
      "The mayor's term ends in May",
    );
    expect(texts("Dr Smith, whose team found the fossil in 2019, said it was 70 million years old.")).toContain(
      "Dr Smith's team found the fossil in 2019",
    );
    expect(texts("Chris James, whose firm lost $2m in 2020, said the rules had to change.")).toContain(
      "Chris James' firm lost $2m in 2020",
    );
  });

  it("keeps a who-aside worded with its subject", () => {
    expect(texts("The minister, who visited the site in 2019, said it was safe.")).toContain(
      "The minister visited the site in 2019",
    );
  });
});

describe("a first since a point in time", () => {
  it("reads 'the first … since' as a record", () => {
    expect(kindsOf("Prices rose 3% in May, marking the first rise since 2008.", "marking")).toContain(
      "comparison_record",
    );
    expect(kindsOf("This was the first rise since 2008.", "first rise")).toContain("comparison_record");
    expect(kindsOf("The firm reported its first quarterly loss since the pandemic.", "loss")).toContain(
      "comparison_record",
    );
  });

  it("reads no record in an adverb's 'first', a plain 'since' or a first since a person", () => {
    expect(kindsOf("She first visited the site since it reopened in June.", "visited")).not.toContain(
      "comparison_record",
    );
    expect(kindsOf("He has lived in the town since 1990.", "lived")).not.toContain("comparison_record");
    expect(kindsOf("He was the first military graduate since Eisenhower.", "graduate")).not.toContain(
      "comparison_record",
    );
    expect(kindsOf("The first case was confirmed in March and numbers have risen since.", "case")).not.toContain(
      "comparison_record",
    );
  });

  it("reads no record in a first since that opens the sentence to name an event", () => {
    for (const [body, fragment] of [
      ["The first flight since the crash took off at 9am.", "flight"],
      ["The team's first training session since the break was held on Tuesday.", "session"],
      ["Their first child since the move was born in June.", "child"],
      ["The first day since the ceasefire passed without incident, officials said.", "ceasefire"],
    ])
      expect(kindsOf(body!, fragment!)).not.toContain("comparison_record");
    expect(kindsOf("Unemployment fell in March, its first fall since last summer.", "fall")).toContain(
      "comparison_record",
    );
    expect(kindsOf("Reuters said it was Tesla's first annual sales decline since 2011.", "decline")).toContain(
      "comparison_record",
    );
  });
});

describe("a habit's 'would'", () => {
  it("reads what someone used to do as no prediction", () => {
    for (const body of [
      "Every summer he would drive to Cornwall.",
      "Every morning she would say hello.",
      "On Sundays, my grandfather would walk to the harbour.",
      "As a child, Smith would spend hours in the library.",
    ])
      expect(kindsOf(body, "would")).not.toContain("prediction");
  });

  it("keeps the forecast of a plan, a condition or a day to come", () => {
    for (const body of [
      "Every year the scheme would save £2m, the council said.",
      "Every household would pay £200 more under the plan.",
      "Every year he would pay £2,000 more under the plan.",
      "Next summer he would drive to Cornwall.",
    ])
      expect(kindsOf(body, "would")).toContain("prediction");
  });

  it("reads a bare name after a time that recurs as a body with a plan, a titled name as a person", () => {
    for (const body of [
      "Every year Labour would cut taxes, the party said.",
      "Every summer Ryanair would add 20 routes, the airline said.",
      "Every year Russia would supply 50 billion cubic metres of gas.",
    ])
      expect(kindsOf(body, "would")).toContain("prediction");
    expect(kindsOf("Every Friday, Ms Reeves would meet officials to discuss the budget.", "would")).not.toContain(
      "prediction",
    );
  });

  it("reads 'most evenings' before a habit as no record", () => {
    const kinds = kindsOf("Most evenings he would read to his children.", "would");
    expect(kinds).not.toContain("comparison_record");
    expect(kinds).not.toContain("prediction");
    expect(kindsOf("The most days were lost to strikes in 1984.", "days")).toContain("comparison_record");
  });
});

describe("a modal in a quotation's tag", () => {
  it("leaves the modal out of the speaker and the wording", () => {
    const c = quoting("“Not yet,” the minister would say, before changing the subject.", "Not yet");
    expect(c.claimant.name).toBe("minister");
    expect(c.text).toBe("The minister said: “Not yet”");
    expect(quoting("“We will win,” the coach would often say.", "We will win").claimant.name).toBe("coach");
  });

  it("keeps a plain tag's speaker", () => {
    expect(quoting("“It is over,” the spokesman said.", "It is over").claimant.name).toBe("spokesman");
    expect(
      quoting("“We will win,” the coach said, and the club would sign three players by June.", "We will win").claimant
        .name,
    ).toBe("coach");
  });
});

describe("'may not … until' work under way ends", () => {
  it("reads one thing that waits on work to end as a prediction", () => {
    for (const body of [
      "The vaccine may not be approved until the trial results are in.",
      "The bodies may not be identified until DNA tests are done.",
      "Her body may not be released until the post-mortem examinations are finished, police said.",
    ])
      expect(kindsOf(body, "until")).toContain("prediction");
  });

  it("reads 'until next of kin' as a step, no day to come", () => {
    expect(kindsOf("The victims may not be identified until next of kin are told.", "until")).not.toContain(
      "prediction",
    );
  });

  it("reads a rule of a kind, or a step, as no prediction", () => {
    for (const body of [
      "Drugs may not be approved until trials are complete.",
      "Drugs may not be approved until they have passed three trials.",
      "Patients may not be discharged until test results come back.",
      "Ballots may not be counted until the polls close.",
      "The funds may not be released until the audit is done, under the terms of the grant.",
    ])
      expect(kindsOf(body, "until")).not.toContain("prediction");
  });
});

describe("a number word joined to a unit of play before a ban", () => {
  it("makes no statistic of the kind of ban", () => {
    const ban = matchReport().find((c) => c.quote.includes("one-match suspension"));
    expect([ban?.kind, ...(ban?.alsoKinds ?? [])]).not.toContain("statistic");
    expect(kindsOf("The player was handed a one-match suspension.", "one-match")).not.toContain("statistic");
    expect(kindsOf("He was handed a two-game ban for the tackle.", "two-game")).not.toContain("statistic");
  });

  it("keeps the statistic of a margin, a run, or a figure in digits", () => {
    expect(kindsOf("There was about a ten-point spread in the polls.", "ten-point")).toContain("statistic");
    expect(kindsOf("The club are on a five-game losing streak.", "five-game")).toContain("statistic");
    expect(kindsOf("Arsenal hold a three-point lead at the top.", "three-point")).toContain("statistic");
    expect(kindsOf("The party won a four-seat majority.", "four-seat")).toContain("statistic");
    expect(kindsOf("He was given a 12-match ban.", "12-match")).toContain("statistic");
    expect(kindsOf("The crash involved three cars.", "three cars")).toContain("statistic");
  });
});

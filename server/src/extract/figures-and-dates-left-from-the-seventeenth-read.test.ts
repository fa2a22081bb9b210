import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures and dates decisions 370, 390 and 400 left (decision 415): a repeated "added" after two
 * names, a number word that borrows the noun across a join, a tally after a name in a list of
 * scorers, a vote's split, and a lent date. The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const texts = (body: string) => claims(body).map((c) => c.text);
const units = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => q.unit));
const values = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => q.value));

describe('1. the same "added" after two names', () => {
  it("is two claims, and the bare figure borrows the noun", () => {
    expect(texts("Microsoft added 3,000 jobs and Google added 2,000.")).toEqual([
      "Microsoft added 3,000 jobs",
      "Google added 2,000 jobs",
    ]);
    expect(units("Microsoft added 3,000 jobs and Google added 2,000.")).toEqual(["jobs", "jobs"]);
    // After ", and" the clause was split already; it now counts jobs too.
    expect(units("Microsoft added 3,000 jobs, and Google added 2,000.")).toEqual(["jobs", "jobs"]);
    expect(texts("Smith added 20 points and Jones added 15.")).toEqual([
      "Smith added 20 points",
      "Jones added 15 points",
    ]);
  });

  it("reads as before where no second name and the same verb follow", () => {
    // Two objects of one verb: the list reader's split, as before.
    expect(texts("Microsoft added 3,000 jobs and 2,000 contractors.")).toEqual([
      "Microsoft added 3,000 jobs",
      "Microsoft added 2,000 contractors",
    ]);
    expect(texts("Sales rose 3% and 2% respectively.")).toHaveLength(1);
    expect(texts("Microsoft added between 2,000 and 3,000 jobs.")).toHaveLength(1);
    // Another verb of saying, repeated, is no count: left as one claim.
    expect(texts("Smith said 20 and Jones said 15.")).toHaveLength(1);
    // A share or a scale lends nothing (decision 400).
    expect(texts("The Dow added 300 points and the S&P added 40.")).toHaveLength(1);
    expect(texts("Apple added 5 million users and Google added 4.")).toHaveLength(1);
    // A box score's other tally, a bare first figure or "1": a split would leave a figure of nothing.
    expect(texts("Smith added 5 assists and Jones added 12.")).toHaveLength(1);
    expect(texts("Smith added 20 and Jones added 15.")).toHaveLength(1);
    expect(texts("Apple added 12 stores and Samsung added 1.")).toHaveLength(1);
    // Words after the second figure may be both clauses' (decision 400).
    expect(texts("Microsoft added 3,000 jobs in 2024 and Google added 2,000 in March.")).toHaveLength(1);
    // "added" after a quote's speaker is a verb of saying, with no figure after it.
    expect(texts("Microsoft added 3,000 jobs and Google added that 2,000 more would follow.")).not.toContain(
      "Google added 2,000 jobs",
    );
  });
});

describe("2. a number word that opens a clause split off after a count", () => {
  const figures = (body: string) =>
    claims(body).flatMap((c) => c.quantities.map((q) => `${q.text}=${q.value} ${q.unit ?? ""}`.trim()));

  it("borrows the plural the clause before counted", () => {
    expect(figures("Police arrested 12 men, but three were released.")).toEqual(["12 men=12 men", "three=3 men"]);
    expect(figures("Police arrested 12 men, and three were later released.")).toEqual(["12 men=12 men", "three=3 men"]);
    expect(figures("The bank closed 40 branches, but twelve will reopen next month.")).toEqual([
      "40 branches=40 branches",
      "twelve=12 branches",
    ]);
    expect(claims("Police arrested 12 men, but three were released.")[1]!.kind).toBe("statistic");
  });

  it("lends nothing where the number word is no count of that noun", () => {
    // Another noun after the number word counts itself, or nothing is read, as before.
    expect(figures("Police arrested 12 men, and two officers were hurt.")).toEqual([
      "12 men=12 men",
      "two officers=2 officers",
    ]);
    expect(figures("Police arrested 12 men, but three days later they were freed.")).not.toContain("three=3 men");
    // "three of them were released" counts 3 men since decision 450 (its own test file).
    // "one" is as often a pronoun: "and one is left wondering".
    expect(figures("The firm closed 40 stores, and one is left wondering why.")).toEqual(["40 stores=40 stores"]);
    // A scale, a share or a sum before lends nothing (decision 400).
    expect(figures("Apple sold 5 million phones, but three were returned.")).not.toContain("three=3 phones");
    expect(figures("Sales rose 5%, but three were returned.")).toEqual(["5%=5 %"]);
    // A singular verb after more than one is no count of them.
    expect(figures("The council owns 30 buildings, but three is the number it can afford.")).toEqual([
      "30 buildings=30 buildings",
    ]);
    // Not right after the count: a clause of another subject between.
    expect(figures("Police arrested 12 men in the raid, but three were released.")).toEqual(["12 men=12 men"]);
  });
});

describe("3. a figure after a name in a list of scorers", () => {
  it("is a tally, not an age", () => {
    expect(units("The top scorers were Erling Haaland, 22, and Mohamed Salah, 19.")).toEqual([null, null]);
    expect(units("Top scorers: Erling Haaland, 22, Mohamed Salah, 19, and Harry Kane, 18.")).toEqual([
      null,
      null,
      null,
    ]);
    expect(units("The leading goalscorers this season are Erling Haaland, 22, and Harry Kane, 18.")).toEqual([
      null,
      null,
    ]);
    expect(units("Most league goals: Erling Haaland, 22, Mohamed Salah, 19.")).toEqual([null, null]);
  });

  it("stays an age after a name elsewhere", () => {
    expect(units("Tom Whitfield, 34, was injured.")).toEqual(["years"]);
    // One scorer, named with the age news copy gives.
    expect(units("The goalscorer, Tom Whitfield, 34, was booked.")).toEqual(["years"]);
    expect(units("Tom Whitfield, 34, scored twice.")).toEqual(["years"]);
    expect(units("Erling Haaland, 22, is among the top scorers.")).toEqual(["years"]);
    // Scorers named as the subject, not listed by "were" or a colon: their ages.
    expect(units("Goalscorers Tom Whitfield, 34, and Ben Jones, 28, were praised.")).toEqual(["years", "years"]);
    // Scorers in a sentence before do not reach.
    expect(units("The scorers were named. Tom Whitfield, 34, was injured.")).toEqual(["years"]);
    // A full stop between the scorers and the name.
    expect(units("He named the scorers. Then Tom Whitfield, 34, spoke.")).toContain("years");
  });
});

describe('4. a vote\'s split written with "to"', () => {
  it("counts nothing, as a split with a hyphen does", () => {
    expect(values("The council voted 7 to 4 in favour.")).toEqual([]);
    expect(values("The jury voted 10 to 2 to convict.")).toEqual([]);
    expect(values("The Senate confirmed her 52 to 48 on Tuesday.")).toEqual([]);
    expect(values("Members voted 300 to 12 for the strike.")).toEqual([]);
    expect(values("The board approved the plan in a 5 to 2 vote.")).toEqual([]);
    // A figure after the split is read as before.
    expect(values("The council voted 7 to 4, with 2 abstentions.")).toEqual([2]);
  });

  it("reads as before: a hyphen, words, a range and a figure after the vote", () => {
    expect(values("The council voted 7-4 in favour.")).toEqual([]);
    expect(values("The council voted seven to four in favour.")).toEqual([]);
    // A range of what is counted after a vote word: "approved 7 to 10 projects".
    expect(units("The committee approved 7 to 10 projects.")).toEqual(["projects", "projects"]);
    // Not beside a vote word.
    expect(units("The court voted to hear 20 to 30 cases.")).toEqual(["cases", "cases"]);
    expect(values("Prices were cut from 7 to 4 euros.")).not.toEqual([]);
    // A share after the split: a split of shares, as before.
    expect(values("Voters passed the measure 55 to 45 percent.")).toEqual([55, 45]);
    expect(values("The Senate passed it 55 to 45 percent.")).toEqual([55, 45]);
  });
});

describe("5. figures a phone's thickness is compared with", () => {
  it('keeps the pair after "down from" with the figures it is compared with', () => {
    const fold = "The Fold 8 is 8.2mm when folded and 3.9mm unfolded, down from 8.9mm and 4.2mm on last year's Fold 7.";
    expect(texts(fold)).toEqual([fold.slice(0, -1)]);
    expect(values(fold)).toEqual([8.2, 3.9, 8.9, 4.2]);
    expect(texts("Sales reached 300 cars and 40 vans, up from 250 cars and 30 vans in 2024.")).toHaveLength(1);
  });

  it("reads as before where the figures are no comparison's", () => {
    // The finding's own shape: "down from" stays with 8.2mm, "4.2mm unfolded" is its own figure.
    expect(texts("The Fold 8 is 8.2mm thick folded, down from 8.9mm, and 4.2mm unfolded.")).toEqual([
      "The Fold 8 is 8.2mm thick folded, down from 8.9mm",
      "The Fold 8 is 4.2mm unfolded",
    ]);
    expect(texts("The blast killed 12 people and injured 40.")).toEqual([
      "The blast killed 12 people",
      "The blast injured 40",
    ]);
    expect(texts("Police seized 3 guns and 40 knives.")).toEqual(["Police seized 3 guns", "Police seized 40 knives"]);
    // "from" alone names where things came from, no figure compared with.
    expect(texts("Imports came from 12 countries and 40 firms.")).toEqual([
      "Imports came from 12 countries",
      "Imports came from 40 firms",
    ]);
    // A comparison past the clause's end is not the pair's.
    expect(texts("Police seized 3 guns and 40 knives. Arrests were up from 2 last year.")[0]).toBe(
      "Police seized 3 guns",
    );
  });
});

describe("7. a date lent to a split clause (decision 370)", () => {
  it("quotes the date's own words, not the clause before", () => {
    for (const [body, said] of [
      ["On Tuesday, the index rose 3%, and the pound fell 2%.", "Tuesday"],
      ["The index rose 3% on Tuesday, and the pound fell 2%.", "on Tuesday"],
      ["Unemployment rose to 5% in March, and inflation fell to 2%.", "March"],
    ] as const) {
      const [first, second] = claims(body);
      expect(second!.dates.map((d) => d.text)).toEqual([said]);
      // The lent date keeps the offsets it has in the clause before, as decision 370 says.
      expect(second!.dates[0]!.start).toBe(first!.dates[0]!.start);
      expect(body.slice(second!.dates[0]!.start, second!.dates[0]!.end)).toBe(said);
    }
  });
});

describe("counter-examples from a review", () => {
  const quantitiesOf = (body: string, text: string) =>
    claims(body)
      .find((c) => c.text === text)!
      .quantities.map((q) => [q.text, q.unit]);

  it("lends no plural of things to a number word whose clause says what befalls people", () => {
    expect(quantitiesOf("Police stopped 60 cars, and two were arrested.", "two were arrested")).toEqual([]);
    expect(quantitiesOf("Rescuers searched 40 homes, and four were found alive.", "four were found alive")).toEqual([]);
    expect(
      quantitiesOf("The hospital has 200 beds, and nine were waiting in corridors.", "nine were waiting in corridors"),
    ).toEqual([]);
    // People, and things that befall things, are lent as before.
    expect(quantitiesOf("Police questioned 12 men, and three were charged.", "three were charged")).toEqual([
      ["three", "men"],
    ]);
    expect(
      quantitiesOf(
        "The fire destroyed 30 homes, but twelve were saved by firefighters.",
        "twelve were saved by firefighters",
      ),
    ).toEqual([["twelve", "homes"]]);
  });

  it("leaves an age after a name among the scorers of one match", () => {
    for (const body of [
      "Among the scorers were veteran striker Jamie Vardy, 38, and teenager Ethan Nwaneri, 18.",
      "The try scorers were Marcus Smith, 26, and Ben Earl, 27.",
      "The goal scorers were Jack Grealish, 29, and Bukayo Saka, 23.",
      "The scorers on the night were Tom Whitfield, 34, and Ben Jones, 28.",
    ]) {
      expect(units(body)[0]).toBe("years");
    }
    // A table of the top or leading scorers gives tallies, as decision 415 says.
    expect(units("Among the top scorers were Erling Haaland, 22, and Mohamed Salah, 19.")).toEqual([null, null]);
    expect(units("The leading goalscorers this season are Harry Kane, 30, and Serhou Guirassy, 24.")).toEqual([
      null,
      null,
    ]);
  });

  it('splits no "added" said twice inside quotation marks, where the noun cannot be lent', () => {
    for (const body of [
      "“Microsoft added 3,000 jobs and Google added 2,000,” the report said.",
      'He said: "Microsoft added 3,000 jobs and Google added 2,000."',
    ]) {
      expect(claims(body)).toHaveLength(1);
    }
    expect(units("Microsoft added 3,000 jobs and Google added 2,000.")).toEqual(["jobs", "jobs"]);
  });

  it('reads a range before "of" beside a vote word as a range, not a split', () => {
    expect(values("The council approved 12 to 15 of the 20 proposals.")).toEqual([12, 15, 20]);
    expect(values("Ministers rejected 3 to 4 of the 10 bids.")).toEqual([3, 4, 10]);
    expect(values("The council voted 7 to 4 in favour of the plan.")).toEqual([]);
  });
});

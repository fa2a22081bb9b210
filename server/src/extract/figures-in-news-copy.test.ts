import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures a fact-checker's read of news copy found misread: units of rates and shares, numbers
 * that are part of a name, scorelines, counts before "of", estimates and fractions. The texts are
 * written for these tests.
 */
function claims(body: string): ExtractedClaim[] {
  return extractClaims(body, { publishedOn: "2025-06-12" });
}

const quantities = (body: string) =>
  claims(body).flatMap((c) =>
    c.quantities.map((q) => ({ text: q.text, value: q.value, unit: q.unit, qualifier: q.qualifier })),
  );

describe("figures in news copy", () => {
  it("keeps “basis” with its points, as “percentage points” are kept", () => {
    expect(quantities("The Reserve Bank cut its cash rate by 25 basis points, the governor said.")).toEqual([
      { text: "25 basis points", value: 25, unit: "basis points", qualifier: null },
    ]);
    expect(quantities("Unemployment rose five percentage points, the bureau said.")).toEqual([
      { text: "five percentage points", value: 5, unit: "percentage points", qualifier: null },
    ]);
  });

  it("reads “a year earlier” as the date compared with, not a rate", () => {
    expect(quantities("Inflation was 3.1 per cent, down from 4.2 per cent a year earlier, the bureau said.")).toEqual([
      { text: "3.1 per cent", value: 3.1, unit: "%", qualifier: null },
      { text: "4.2 per cent", value: 4.2, unit: "%", qualifier: null },
    ]);
    expect(quantities("Sales were up 21% a year earlier and 9% a month ago, the company said.")).toEqual([
      { text: "21%", value: 21, unit: "%", qualifier: null },
      { text: "9%", value: 9, unit: "%", qualifier: null },
    ]);
  });

  it("still reads “a gallon” and “a day” after a figure as a rate", () => {
    expect(quantities("Drivers paid $6 a gallon, and the mayor said she walks 10,000 steps a day.")).toEqual([
      { text: "$6 a gallon", value: 6, unit: "USD per gallon", qualifier: null },
      { text: "10,000 steps a day", value: 10000, unit: "steps per day", qualifier: null },
    ]);
  });

  it("counts nothing in a number that is part of a name, nor an -ly word", () => {
    expect(quantities("The fire jumped across Highway 299 shortly after 2 a.m., officials said.")).toEqual([]);
    expect(quantities("The company said the phase 3 trial enrolled 400 patients.")).toEqual([
      { text: "400 patients", value: 400, unit: "patients", qualifier: null },
    ]);
    expect(quantities("Flight 370 vanished with 239 people on board, and Category 5 storms hit, he said.")).toEqual([
      { text: "239 people", value: 239, unit: "people", qualifier: null },
    ]);
    expect(quantities("Prices rose 5 sharply, and two elderly people died, she said.")).toEqual([
      { text: "5", value: 5, unit: null, qualifier: null },
      { text: "two elderly people", value: 2, unit: "people", qualifier: null },
    ]);
  });

  it("still counts after a naming word that “this” makes common or “to” makes a verb, and after a name's amount", () => {
    expect(quantities("At this stage 40 people had died, the minister said.")).toEqual([
      { text: "40 people", value: 40, unit: "people", qualifier: null },
    ]);
    expect(quantities("Unions plan to stage 10 rallies, the organisers said.")).toEqual([
      { text: "10 rallies", value: 10, unit: "rallies", qualifier: null },
    ]);
    expect(quantities("The airline said the flight $40 fare sold out.")).toEqual([
      { text: "$40", value: 40, unit: "USD", qualifier: null },
    ]);
  });

  it("reads a pair between two names as a scoreline, not a count", () => {
    expect(quantities("Harlow Town 3-1 Castleford Rovers was the result, the club said.")).toEqual([]);
    expect(quantities("Staff worked 10-12 hours, the union said.")).toEqual([
      { text: "10", value: 10, unit: "hours", qualifier: null },
      { text: "12 hours", value: 12, unit: "hours", qualifier: null },
    ]);
  });

  it("never takes a possessive determiner for the unit: “up to half his sentence” is a share", () => {
    expect(quantities("He will serve up to half his sentence, the judge said.")).toEqual([
      { text: "up to half", value: 0.5, unit: "share", qualifier: "at_most" },
    ]);
    expect(quantities("The court said she may keep up to half her pension.")).toEqual([
      { text: "up to half", value: 0.5, unit: "share", qualifier: "at_most" },
    ]);
  });

  it("reads “half the”, “half of the” and “half of them” as a share of 0.5", () => {
    expect(quantities("Nearly half the country voted, and more than half of all voters agreed, she said.")).toEqual([
      { text: "Nearly half", value: 0.5, unit: "share", qualifier: "approximately" },
      { text: "more than half", value: 0.5, unit: "share", qualifier: "more_than" },
    ]);
    expect(quantities("Half of the staff left, and half of them were nurses, the trust said.")).toEqual([
      { text: "Half", value: 0.5, unit: "share", qualifier: null },
      { text: "half", value: 0.5, unit: "share", qualifier: null },
    ]);
  });

  it("still reads no share in a part named “half”, and “and a half” as part of the number", () => {
    expect(quantities("In the first half the team scored, and the other half of the squad rested, she said.")).toEqual(
      [],
    );
    expect(quantities("In the second half of the year, sales fell, the company said.")).toEqual([]);
    expect(quantities("He served two and a half years, the court said.")).toEqual([
      { text: "two and a half years", value: 2.5, unit: "years", qualifier: null },
    ]);
    expect(quantities("Over the last year-and-a-half that I've been here, prices rose, she said.")).toEqual([]);
  });

  it("reads “by half” after a verb of change as a share, and “by half a point” as half a point", () => {
    expect(quantities("The city cut transit fares by half, the mayor said.")).toEqual([
      { text: "half", value: 0.5, unit: "share", qualifier: null },
    ]);
    expect(quantities("The council slashed its budget for schools by nearly half, the report said.")).toEqual([
      { text: "nearly half", value: 0.5, unit: "share", qualifier: "approximately" },
    ]);
    expect(quantities("Sales rose by half a point, he said.")).toEqual([
      { text: "half a point", value: 0.5, unit: "point", qualifier: null },
    ]);
    expect(quantities("He was seen by half the class, she said.")).toEqual([
      { text: "half", value: 0.5, unit: "share", qualifier: null },
    ]);
  });

  it("reads fractions of a percentage point, a point and a per cent as the figure of a change", () => {
    expect(quantities("The bank cut its key rate by half a percentage point to 4.25 percent.")).toEqual([
      { text: "half a percentage point", value: 0.5, unit: "percentage point", qualifier: null },
      { text: "4.25 percent", value: 4.25, unit: "%", qualifier: null },
    ]);
    expect(quantities("The Fed delivered a quarter-point cut on Wednesday.")).toEqual([
      { text: "a quarter-point", value: 0.25, unit: "point", qualifier: null },
    ]);
    expect(quantities("Support fell by about three-quarters of a percentage point.")).toEqual([
      {
        text: "about three-quarters of a percentage point",
        value: 0.75,
        unit: "percentage point",
        qualifier: "approximately",
      },
    ]);
    expect(quantities("Prices rose by half a per cent in May.")).toEqual([
      { text: "half a per cent", value: 0.5, unit: "%", qualifier: null },
    ]);
    // Not a point: a share of voters, half a term.
    expect(quantities("A quarter of voters said no.")).toEqual([
      { text: "A quarter", value: 0.25, unit: "share", qualifier: null },
    ]);
    expect(quantities("He served half a term.")).toEqual([]);
  });

  it("reads a denied change “by more than” as at most", () => {
    expect(quantities("The policy did not reduce deaths by more than 10 percent, the study found.")).toEqual([
      { text: "more than 10 percent", value: 10, unit: "%", qualifier: "at_most" },
    ]);
    expect(quantities("The video has not been seen by more than 20 people.")).toEqual([
      { text: "more than 20 people", value: 20, unit: "people", qualifier: "at_most" },
    ]);
    // A negation that belongs to another verb denies nothing about the bound.
    expect(quantities("He did not say it was backed by more than 20 people.")).toEqual([
      { text: "more than 20 people", value: 20, unit: "people", qualifier: "more_than" },
    ]);
  });

  it("reads a share “one in 2,500” with its thousands separator", () => {
    expect(quantities("Engineers said about one in 2,500 brackets could fracture, the report said.")).toEqual([
      { text: "about one in 2,500 brackets", value: 0.0004, unit: "share of brackets", qualifier: "approximately" },
    ]);
    expect(quantities("About 1 in 1,000 doses was contaminated, the agency said.")).toEqual([
      { text: "About 1 in 1,000 doses", value: 0.001, unit: "share of doses", qualifier: "approximately" },
    ]);
    expect(quantities("One in four adults smoke, up from 1 in 10, the survey said.")).toEqual([
      { text: "One in four adults", value: 0.25, unit: "share of adults", qualifier: null },
      { text: "1 in 10", value: 0.1, unit: "share", qualifier: null },
    ]);
    expect(quantities("The odds were one in 2.5 million people, she said.")).toEqual([
      { text: "2.5 million people", value: 2.5e6, unit: "people", qualifier: null },
    ]);
  });

  it("flips a denied bound: “did not fall below 25C” is at least 25", () => {
    expect(quantities("Temperatures did not fall below 25C overnight, the bureau said.")).toEqual([
      { text: "below 25C", value: 25, unit: "°C", qualifier: "at_least" },
    ]);
    expect(quantities("The river did not rise above 4 metres, officials said.")).toEqual([
      { text: "above 4 metres", value: 4, unit: "metres", qualifier: "at_most" },
    ]);
    expect(quantities("Prices never rose above $5, and they didn't drop under $3, he said.")).toEqual([
      { text: "above $5", value: 5, unit: "USD", qualifier: "at_most" },
      { text: "under $3", value: 3, unit: "USD", qualifier: "at_least" },
    ]);
    expect(quantities("The fee was not more than $40, and no fewer than 30 people came, she said.")).toEqual([
      { text: "more than $40", value: 40, unit: "USD", qualifier: "at_most" },
      { text: "no fewer than 30 people", value: 30, unit: "people", qualifier: "at_least" },
    ]);
  });

  it("keeps a bound that a negation does not deny", () => {
    expect(quantities("No more than 30 people came, and it was not only 5 staff, she said.")).toEqual([
      { text: "No more than 30 people", value: 30, unit: "people", qualifier: "at_most" },
      { text: "5 staff", value: 5, unit: "staff", qualifier: null },
    ]);
    expect(quantities("Officials did not rule out more than 20 deaths, the ministry said.")).toEqual([
      { text: "more than 20 deaths", value: 20, unit: "deaths", qualifier: "more_than" },
    ]);
    expect(
      quantities("He would not say why over 300 cases stalled, and prices not only rose above $5, she said."),
    ).toEqual([
      { text: "over 300 cases", value: 300, unit: "cases", qualifier: "more_than" },
      { text: "above $5", value: 5, unit: "USD", qualifier: "more_than" },
    ]);
    expect(quantities("It did not rain. Over 300 people came, she said.")).toEqual([
      { text: "Over 300 people", value: 300, unit: "people", qualifier: "more_than" },
    ]);
  });

  it("keeps the unit of both figures of “30% to 50%”", () => {
    expect(quantities("Support rose from 30% to 50% this year, the poll said.")).toEqual([
      { text: "30%", value: 30, unit: "%", qualifier: null },
      { text: "50%", value: 50, unit: "%", qualifier: null },
    ]);
  });

  it("counts the noun past an adjective like “overseas” or “required”", () => {
    expect(quantities("The minister took 14 overseas holidays, the report said.")).toEqual([
      { text: "14 overseas holidays", value: 14, unit: "holidays", qualifier: null },
    ]);
    expect(quantities("Children need at least one required vaccine, the ministry said.")).toEqual([
      { text: "at least one required vaccine", value: 1, unit: "vaccine", qualifier: "at_least" },
    ]);
    expect(quantities("The council hired 200 full-time staff, the mayor said.")).toEqual([
      { text: "200 full-time staff", value: 200, unit: "staff", qualifier: null },
    ]);
  });

  it("reads “pc” glued to the digits as per cent, but still nothing in “5G” or “21st”", () => {
    expect(quantities("Inflation rose to 3.35pc in May from 1.9pc, the bank said.")).toEqual([
      { text: "3.35pc", value: 3.35, unit: "%", qualifier: null },
      { text: "1.9pc", value: 1.9, unit: "%", qualifier: null },
    ]);
    expect(quantities("The 5G rollout of the 21st century reached the 5th Circuit, he said.")).toEqual([]);
  });

  it("counts with the first number of “27 of 31 economists” what the second counts", () => {
    expect(quantities("Some 27 of 31 economists expect a cut, Reuters said.")).toEqual([
      { text: "Some 27", value: 27, unit: "economists", qualifier: "approximately" },
      { text: "31 economists", value: 31, unit: "economists", qualifier: null },
    ]);
    expect(quantities("The hospital closed eight of its 20 beds, the trust said.")).toEqual([
      { text: "eight", value: 8, unit: "beds", qualifier: null },
      { text: "20 beds", value: 20, unit: "beds", qualifier: null },
    ]);
    expect(quantities("They lost nine of their last 10 home games, the coach said.")).toEqual([
      { text: "nine", value: 9, unit: "games", qualifier: null },
      { text: "10 home games", value: 10, unit: "games", qualifier: null },
    ]);
  });

  it("counts a part of a whole named without a number, but not of a pronoun, nor “every one of”", () => {
    expect(quantities("Five of the victims were children, and 3 of them were boys, police said.")).toEqual([
      { text: "Five", value: 5, unit: "victims", qualifier: null },
      { text: "3", value: 3, unit: null, qualifier: null },
    ]);
    expect(quantities("Every one of its 12 members voted, the party said.")).toEqual([
      { text: "12 members", value: 12, unit: "members", qualifier: null },
    ]);
  });

  it("reads “an estimated” figure as approximate", () => {
    expect(quantities("An estimated 32 million people lack clean water, the UN said.")).toEqual([
      { text: "estimated 32 million people", value: 32e6, unit: "people", qualifier: "approximately" },
    ]);
    expect(quantities("The bridge cost an estimated $4bn, the auditor said.")).toEqual([
      { text: "estimated $4bn", value: 4e9, unit: "USD", qualifier: "approximately" },
    ]);
  });

  it("reads “a fifth of” as a share, and “a third term” as no figure", () => {
    expect(quantities("Donations made up nearly a fifth of the charity's income, the report said.")).toEqual([
      { text: "nearly a fifth", value: 0.2, unit: "share", qualifier: "approximately" },
    ]);
    expect(quantities("A quarter of voters and a tenth of the staff left, she said.")).toEqual([
      { text: "A quarter", value: 0.25, unit: "share", qualifier: null },
      { text: "a tenth", value: 0.1, unit: "share", qualifier: null },
    ]);
    expect(quantities("He won a third term, she said.")).toEqual([]);
    expect(quantities("More than two-thirds of the cases were closed, the court said.")).toEqual([
      { text: "More than two-thirds", value: 0.666667, unit: "share", qualifier: "more_than" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures and dates the fourteenth read left open (decision 280, "Not done" and F15, F17): a
 * decimal said in words, a range of number words, a scale after "a" alone, a sum written as a
 * compound adjective, a past closure until a month that has just ended, and a week the
 * publication's date ends. Each "it" holds a case that failed before its rule and counter-examples
 * that must keep their reading. The texts are written for these tests. 2026-02-10 is a Tuesday.
 */
const PUBLISHED = "2026-02-10";

function claims(body: string, publishedOn = PUBLISHED): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}

const quantities = (body: string) =>
  claims(body).flatMap((c) =>
    c.quantities.map((q) => ({
      text: q.text,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
    })),
  );

describe("a decimal said in words", () => {
  it("is one figure, the point and its digits read as a decimal", () => {
    expect(quantities("Inflation rose to seven point nine percent.")).toEqual([
      { text: "seven point nine percent", value: 7.9, unit: "%", qualifier: null },
    ]);
    expect(quantities("The city has two point five million residents.")).toEqual([
      { text: "two point five million residents", value: 2500000, unit: "residents", qualifier: null },
    ]);
    expect(quantities("Growth was twenty-three point four five percent.")).toEqual([
      { text: "twenty-three point four five percent", value: 23.45, unit: "%", qualifier: null },
    ]);
  });

  it("leaves a count of points, a plan's name and “at one point” as they were", () => {
    expect(quantities("Labour has a seven-point lead.")).toEqual([
      { text: "seven-point", value: 7, unit: "point", qualifier: null },
    ]);
    expect(quantities("He scored seven points.")).toEqual([
      { text: "seven points", value: 7, unit: "points", qualifier: null },
    ]);
    expect(quantities("They unveiled a ten point plan.")).toEqual([
      { text: "ten point", value: 10, unit: "point", qualifier: null },
    ]);
    // No decimal 1.5; "at one point" is a time, no count either (decision 330).
    expect(quantities("At one point five people were inside the house.")).toEqual([
      { text: "five people", value: 5, unit: "people", qualifier: null },
    ]);
  });
});

describe("a range of number words", () => {
  it("is read as a range of digits is, the low end taking the high end's unit", () => {
    expect(quantities("Sixty to seventy percent of voters agreed.")).toEqual([
      { text: "Sixty", value: 60, unit: "%", qualifier: "at_least" },
      { text: "seventy percent", value: 70, unit: "%", qualifier: "at_most" },
    ]);
    expect(quantities("Polls show 60 to 70 percent of voters agreed.")).toEqual([
      { text: "60", value: 60, unit: "%", qualifier: "at_least" },
      { text: "70 percent", value: 70, unit: "%", qualifier: "at_most" },
    ]);
    expect(quantities("He was sentenced to two to four years.")).toEqual([
      { text: "two", value: 2, unit: "years", qualifier: "at_least" },
      { text: "four years", value: 4, unit: "years", qualifier: "at_most" },
    ]);
    expect(quantities("Between sixty and seventy percent of voters agreed.")).toEqual([
      { text: "sixty", value: 60, unit: "%", qualifier: "at_least" },
      { text: "seventy percent", value: 70, unit: "%", qualifier: "at_most" },
    ]);
  });

  it("is no range for a span, a vote, odds, a time, plural scales or a scale on the high end only", () => {
    expect(quantities("They worked from nine to five.")).toEqual([]);
    expect(quantities("The jury voted seven to two.")).toEqual([]);
    expect(quantities("Odds were ten to one.")).toEqual([]);
    expect(quantities("It was ten to six in the morning.")).toEqual([]);
    expect(quantities("Hundreds to thousands of people fled.")).toEqual([]);
    expect(quantities("It will take two to three million doses.")).toEqual([
      { text: "three million doses", value: 3000000, unit: "doses", qualifier: null },
    ]);
    expect(quantities("He quit his nine to five job.")).toEqual([
      { text: "five job", value: 5, unit: "job", qualifier: null },
    ]);
    expect(quantities("Between one and two thirds of voters agreed.")).toEqual([
      { text: "two thirds", value: 2, unit: "thirds", qualifier: null },
    ]);
  });
});

describe("a scale after “a” alone", () => {
  it("is one of it, counting the plural after it", () => {
    expect(quantities("A thousand people marched in the capital.")).toEqual([
      { text: "A thousand people", value: 1000, unit: "people", qualifier: null },
    ]);
    expect(quantities("Organisers said about a million people marched.")).toEqual([
      { text: "about a million people", value: 1000000, unit: "people", qualifier: "approximately" },
    ]);
    expect(quantities("The state will build a thousand new homes.")).toEqual([
      { text: "a thousand new homes", value: 1000, unit: "homes", qualifier: null },
    ]);
    expect(quantities("The firm paid a million dollars.")).toEqual([
      { text: "a million dollars", value: 1000000, unit: "dollars", qualifier: null },
    ]);
  });

  it("keeps “a hundred homes” as it was", () => {
    expect(quantities("The company built a hundred homes.")).toEqual([
      { text: "a hundred homes", value: 100, unit: "homes", qualifier: null },
    ]);
  });

  it("counts nothing without a plural, nor in hyperbole", () => {
    expect(quantities("It is a one in a million chance.")).toEqual([]);
    expect(quantities("Turnout reached nearly a million.")).toEqual([]);
    expect(quantities("It was a billion-dollar question.")).toEqual([]);
    expect(quantities("A thousand-strong crowd gathered.")).toEqual([]);
    expect(quantities("I have told them a thousand times.")).toEqual([]);
    expect(quantities("The town feels a million miles away.")).toEqual([]);
    expect(quantities("The vase smashed into a million pieces.")).toEqual([]);
    expect(quantities("He spoke of a thousand points of light.")).toEqual([]);
    expect(quantities("The Dow lost a thousand points.")).toEqual([
      { text: "a thousand points", value: 1000, unit: "points", qualifier: null },
    ]);
  });

  it("leaves the number words after a dropped scale to be read as before", () => {
    expect(quantities("We have reduced the military by a million four hundred thousand.")).toEqual([
      { text: "four hundred thousand", value: 400000, unit: null, qualifier: null },
    ]);
  });

  it("leaves “a hundred years ago” a date, as “100 years ago” is", () => {
    const [claim] = claims("The temple was built a hundred years ago.");
    expect(claim!.quantities).toEqual([]);
    expect(claim!.dates.map(({ text, value, granularity }) => ({ text, value, granularity }))).toEqual([
      { text: "a hundred years ago", value: "1926", granularity: "year" },
    ]);
    expect(claims("The temple was built 100 years ago.")[0]!.dates.map((d) => d.value)).toEqual(["1926"]);
  });
});

describe("a sum written as a compound adjective", () => {
  it("reads the scale joined by a hyphen, as the sum written apart is read", () => {
    expect(quantities("The firm signed a seventy-billion-dollar deal.")).toEqual([
      { text: "seventy-billion-dollar", value: 70000000000, unit: "dollars", qualifier: null },
    ]);
    expect(quantities("The firm paid seventy billion dollars.")).toEqual([
      { text: "seventy billion dollars", value: 70000000000, unit: "dollars", qualifier: null },
    ]);
    expect(quantities("The firm signed a $70-billion deal.")).toEqual([
      { text: "$70-billion", value: 70000000000, unit: "USD", qualifier: null },
    ]);
    expect(quantities("They set up a 10-million-euro fund.")).toEqual([
      { text: "10-million-euro", value: 10000000, unit: "EUR", qualifier: null },
    ]);
  });

  it("leaves a compound that is no sum as it was", () => {
    expect(quantities("A 10-million-strong army gathered.")).toEqual([
      { text: "10-million-strong", value: 10, unit: "million-strong", qualifier: null },
    ]);
    expect(quantities("It is a 3-million-year-old fossil.")).toEqual([
      { text: "3-million-year-old", value: 3, unit: "million-year-old", qualifier: null },
    ]);
  });

  it("counts nothing after “a” alone, as other compounds after it do not", () => {
    expect(quantities("We will get to a trillion-dollar debt.")).toEqual([]);
  });
});

const months = (body: string, publishedOn = PUBLISHED) =>
  claims(body, publishedOn).flatMap((c) => c.dates.map((d) => d.value));

describe("a month a past act put something in force until", () => {
  it("is the nearest such month: the one just past when it ended weeks before publication", () => {
    expect(months("The bridge was closed until the end of January.")).toEqual(["2026-01"]);
    expect(months("Officials closed the road until mid-January.")).toEqual(["2026-01"]);
  });

  it("is the one ahead when that is nearer, and in the future tense", () => {
    expect(months("Officials closed the road until January.", "2025-11-10")).toEqual(["2026-01"]);
    expect(months("The bridge will stay closed until the end of January.")).toEqual(["2027-01"]);
    expect(months("The road is closed until mid-January.", "2025-11-10")).toEqual(["2026-01"]);
  });

  it("leaves a period that is over, and a weekday, as they were", () => {
    expect(months("The strike lasted until late January.")).toEqual(["2026-01"]);
    expect(months("The road was closed until Friday.")).toEqual(["2026-02-13"]);
  });
});

const periods = (body: string, publishedOn = PUBLISHED) =>
  claims(body, publishedOn).flatMap((c) =>
    c.dates.map(({ text, value, granularity, firstDay, lastDay }) => ({ text, value, granularity, firstDay, lastDay })),
  );

describe("the past week", () => {
  it("is the seven days that end on the publication day, as their month or their year", () => {
    expect(periods("Sales rose 4% in the past week.")).toEqual([
      { text: "past week", value: "2026-02", granularity: "month", firstDay: "2026-02-04", lastDay: "2026-02-10" },
    ]);
    expect(periods("Sales rose 4% in the past week.", "2026-02-03")).toEqual([
      { text: "past week", value: "2026", granularity: "year", firstDay: "2026-01-28", lastDay: "2026-02-03" },
    ]);
  });

  it("is left out across New Year, and “last week” and “the past weekend” stay as they were", () => {
    expect(periods("Sales rose 4% in the past week.", "2026-01-03")).toEqual([]);
    expect(periods("Sales rose 4% last week.")).toEqual([
      { text: "last week", value: "2026-02", granularity: "month", firstDay: "2026-02-02", lastDay: "2026-02-08" },
    ]);
    expect(periods("The council spent the past weekend in talks.")).toEqual([]);
  });
});

describe("a fiscal quarter written as a label", () => {
  it("is left undated, as “fiscal third quarter” is", () => {
    expect(periods("Profits rose 4% in fiscal Q3.")).toEqual([]);
    expect(periods("Profits rose 4% in Q3 of fiscal 2025.")).toEqual([]);
    expect(periods("Profits rose 4% in the third quarter of fiscal 2025.")).toEqual([]);
  });

  it("leaves a calendar label dated", () => {
    expect(periods("Profits rose 4% in Q3.")).toEqual([
      { text: "Q3", value: "2025", granularity: "year", firstDay: "2025-07-01", lastDay: "2025-09-30" },
    ]);
    expect(periods("Profits rose 4% in H1 2025.")).toEqual([
      { text: "H1 2025", value: "2025", granularity: "year", firstDay: "2025-01-01", lastDay: "2025-06-30" },
    ]);
  });
});

describe("a capitalised number word in a title", () => {
  it("counts nothing after a word in lowercase, before a capitalised word", () => {
    expect(quantities("She watched Sixteen Candles last night.")).toEqual([]);
    expect(quantities("The film drew on Three Mile Island for its plot.")).toEqual([]);
  });

  it("still counts in a headline, at a sentence's start and in lowercase", () => {
    expect(quantities("Police Arrest Two Men In Kabul")).toEqual([
      { text: "Two Men", value: 2, unit: "men", qualifier: null },
    ]);
    expect(quantities("Sixteen Candles were lit at the vigil.")).toEqual([
      { text: "Sixteen Candles", value: 16, unit: "candles", qualifier: null },
    ]);
    expect(quantities("She lit sixteen candles at the vigil.")).toEqual([
      { text: "sixteen candles", value: 16, unit: "candles", qualifier: null },
    ]);
  });

  it("leaves a level a count fell to as it was, a team's “dropped to ten” included", () => {
    expect(quantities("Unemployment dropped to ten percent.")).toEqual([
      { text: "ten percent", value: 10, unit: "%", qualifier: null },
    ]);
    expect(quantities("The death toll rose to nine.")).toEqual([
      { text: "nine", value: 9, unit: "deaths", qualifier: null },
    ]);
    expect(quantities("Arsenal dropped to ten after the red card.")).toEqual([
      { text: "ten", value: 10, unit: null, qualifier: null },
    ]);
  });
});

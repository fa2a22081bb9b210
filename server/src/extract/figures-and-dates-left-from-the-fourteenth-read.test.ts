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

  it("is no range for a span, a vote, odds, a time or plural scales", () => {
    expect(quantities("They worked from nine to five.")).toEqual([]);
    expect(quantities("The jury voted seven to two.")).toEqual([]);
    expect(quantities("Odds were ten to one.")).toEqual([]);
    expect(quantities("It was ten to six in the morning.")).toEqual([]);
    expect(quantities("Hundreds to thousands of people fled.")).toEqual([]);
    // Decision 340: a scale on the high end only is the low end's too.
    expect(quantities("It will take two to three million doses.")).toEqual([
      { text: "two", value: 2000000, unit: "doses", qualifier: "at_least" },
      { text: "three million doses", value: 3000000, unit: "doses", qualifier: "at_most" },
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

  it("is the year that holds most of it across New Year, and “last week” and “the past weekend” stay as they were", () => {
    // Decision 340: 28 December to 3 January lies mostly in 2025.
    expect(periods("Sales rose 4% in the past week.", "2026-01-03")).toEqual([
      { text: "past week", value: "2025", granularity: "year", firstDay: "2025-12-28", lastDay: "2026-01-03" },
    ]);
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

  it("leaves a level a count fell to as it was", () => {
    expect(quantities("Unemployment dropped to ten percent.")).toEqual([
      { text: "ten percent", value: 10, unit: "%", qualifier: null },
    ]);
    expect(quantities("The death toll rose to nine.")).toEqual([
      { text: "nine", value: 9, unit: "deaths", qualifier: null },
    ]);
    // Decision 340: after a sending off, ten is the players a side has left, counted without a noun.
    expect(quantities("Arsenal dropped to ten after the red card.")).toEqual([]);
  });
});

describe("counter-examples from a review", () => {
  const MAY = "2026-05-10";

  it("dates an extension or a postponement until a month ahead, and a closure only back to a month just ended", () => {
    expect(months("The EU extended sanctions against Russia until January.", MAY)).toEqual(["2027-01"]);
    expect(months("The council postponed the vote until March.", MAY)).toEqual(["2027-03"]);
    expect(months("The launch was delayed until February, the company said.", MAY)).toEqual(["2027-02"]);
    expect(months("The road was closed until January.", MAY)).toEqual(["2027-01"]);
    expect(months("The bridge was closed until the end of April.", MAY)).toEqual(["2026-04"]);
  });

  it("reads “one point” before a count of times, weeks or “two or three” as one point", () => {
    expect(quantities("The Lakers have lost by one point three times this season.")).toEqual([
      { text: "one point", value: 1, unit: "point", qualifier: null },
      { text: "three times", value: 3, unit: "times", qualifier: null },
    ]);
    expect(quantities("City, who dropped one point two weeks ago at Villa, are now five clear.")).toEqual([
      { text: "one point", value: 1, unit: "point", qualifier: null },
      { text: "two weeks", value: 2, unit: "weeks", qualifier: null },
    ]);
    expect(quantities("At any one point two or three officers were on duty at the gate.")).toEqual([
      { text: "one point", value: 1, unit: "point", qualifier: null },
      { text: "three officers", value: 3, unit: "officers", qualifier: null },
    ]);
    expect(quantities("Inflation rose by one point five percent.")).toEqual([
      { text: "one point five percent", value: 1.5, unit: "%", qualifier: null },
    ]);
  });

  it("reads a change “by” a number word to a level in digits, and “from just two to”, as no range", () => {
    expect(quantities("Labour's support fell by three to 27 percent, the poll found.")).toEqual([
      { text: "27 percent", value: 27, unit: "%", qualifier: null },
    ]);
    expect(quantities("Membership grew by nine to 45 countries last year.")).toEqual([
      { text: "45 countries", value: 45, unit: "countries", qualifier: null },
    ]);
    expect(quantities("Support rose from just two to 14 percent in a year.")).toEqual([
      { text: "14 percent", value: 14, unit: "%", qualifier: null },
    ]);
    expect(quantities("Prices rose by two to three percent.")).toEqual([
      { text: "two", value: 2, unit: "%", qualifier: "at_least" },
      { text: "three percent", value: 3, unit: "%", qualifier: "at_most" },
    ]);
  });

  it("counts nothing in “never in a million years”, “a million things” or “like a million dollars”", () => {
    expect(quantities("“Never in a million years did I think we would win,” Smith said.")).toEqual([]);
    expect(quantities("Jones said a million things could go wrong with the launch.")).toEqual([]);
    expect(quantities("She looked like a million dollars at the premiere, fans said.")).toEqual([]);
    expect(quantities("It was the worst flood in a thousand years.")).toEqual([
      { text: "a thousand years", value: 1000, unit: "years", qualifier: null },
    ]);
  });

  it("dates a calendar quarter with “fiscal” nearby that is not its own", () => {
    expect(periods("Fiscal stimulus lifted GDP in Q2 2025, the ONS said.")).toEqual([
      { text: "Q2 2025", value: "2025", granularity: "year", firstDay: "2025-04-01", lastDay: "2025-06-30" },
    ]);
    expect(periods("In Q1 2025 fiscal spending rose by 4%, the Treasury said.")).toEqual([
      { text: "Q1 2025", value: "2025", granularity: "year", firstDay: "2025-01-01", lastDay: "2025-03-31" },
    ]);
    expect(periods("Profits rose 4% in Q3 FY2025.")).toEqual([]);
    expect(periods("Profits rose 4% in Q3 of the fiscal year.")).toEqual([]);
  });

  it("counts in a title-case headline with a short word in lowercase", () => {
    expect(quantities("Fire Destroys Homes in Two Counties")).toEqual([
      { text: "Two Counties", value: 2, unit: "counties", qualifier: null },
    ]);
  });
});

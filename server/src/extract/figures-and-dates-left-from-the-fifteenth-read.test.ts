import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures, dates and joined clauses left open by decisions 280 to 330 (decision 340): "next
 * <weekday>", weeks across New Year, a half of a year without its year, a multiple after "a", a
 * zero said in words, a scale on a range's high end only, a side's "dropped to ten" and a clause
 * joined by "and" with no comma. Each "it" holds a case that failed before its rule and
 * counter-examples that must keep their reading. The texts are written for these tests.
 * 2026-05-13 is a Wednesday, 2026-05-11 a Monday, 2026-05-17 a Sunday.
 */
const PUBLISHED = "2026-05-13";

function claims(body: string, publishedOn = PUBLISHED): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}

const quantities = (body: string, publishedOn = PUBLISHED) =>
  claims(body, publishedOn).flatMap((c) =>
    c.quantities.map((q) => ({ text: q.text, value: q.value, unit: q.unit, qualifier: q.qualifier })),
  );

const dates = (body: string, publishedOn = PUBLISHED) =>
  claims(body, publishedOn).flatMap((c) =>
    c.dates.map(({ text, value, granularity, firstDay, lastDay }) => ({
      text,
      value,
      granularity,
      ...(firstDay === undefined ? {} : { firstDay, lastDay }),
    })),
  );

const days = (body: string, publishedOn = PUBLISHED) => dates(body, publishedOn).map((d) => d.value);
const texts = (body: string, publishedOn = PUBLISHED) => claims(body, publishedOn).map((c) => c.text);

describe("“next” before a weekday", () => {
  it("is that day of next week, as “Thursday next week” is", () => {
    expect(days("The minister will visit Paris next Thursday.")).toEqual(["2026-05-21"]);
    expect(days("The minister will visit Paris next Sunday.")).toEqual(["2026-05-24"]);
    expect(days("The minister will visit Paris next Friday.", "2026-05-11")).toEqual(["2026-05-22"]);
  });

  it("leaves a day already past this week, “this”, a bare weekday, “last” and a Sunday's “next Monday” as they were", () => {
    expect(days("The minister will visit Paris next Monday.")).toEqual(["2026-05-18"]);
    expect(days("The minister will visit Paris next Wednesday.")).toEqual(["2026-05-20"]);
    expect(days("The minister will visit Paris this Thursday.")).toEqual(["2026-05-14"]);
    expect(days("The minister will visit Paris on Thursday.")).toEqual(["2026-05-14"]);
    expect(days("The minister visited Paris last Tuesday.")).toEqual(["2026-05-12"]);
    expect(days("The minister will visit Paris Thursday next week.")).toEqual(["2026-05-21"]);
    expect(days("The minister will visit Paris next Monday.", "2026-05-17")).toEqual(["2026-05-18"]);
  });
});

describe("a week across New Year", () => {
  it("is the year that holds most of its days, with its days, when it is last week", () => {
    expect(dates("Sales rose 4% last week.", "2027-01-06")).toEqual([
      { text: "last week", value: "2026", granularity: "year", firstDay: "2026-12-28", lastDay: "2027-01-03" },
    ]);
  });

  it("on a Sunday is the year both candidate weeks lie mostly in, with no days", () => {
    expect(dates("Sales rose 4% last week.", "2027-01-03")).toEqual([
      { text: "last week", value: "2026", granularity: "year" },
    ]);
  });

  it("leaves a week inside one month or one year as it was", () => {
    expect(dates("Sales rose 4% last week.", "2027-01-13")).toEqual([
      { text: "last week", value: "2027-01", granularity: "month", firstDay: "2027-01-04", lastDay: "2027-01-10" },
    ]);
    expect(dates("Sales rose 4% last week.", "2026-12-02")).toEqual([
      { text: "last week", value: "2026-11", granularity: "month", firstDay: "2026-11-23", lastDay: "2026-11-29" },
    ]);
  });
});

describe("a half of a year without its year", () => {
  it("is dated in results copy: the one just completed, or the next one ahead", () => {
    expect(dates("Profits fell 8% in the first half.", "2026-09-10")).toEqual([
      { text: "first half", value: "2026", granularity: "year", firstDay: "2026-01-01", lastDay: "2026-06-30" },
    ]);
    expect(dates("Second-half profits rose 12%.", "2026-03-10")).toEqual([
      { text: "Second-half", value: "2025", granularity: "year", firstDay: "2025-07-01", lastDay: "2025-12-31" },
    ]);
    expect(dates("H1 revenue rose 5%.", "2026-09-10")).toEqual([
      { text: "H1", value: "2026", granularity: "year", firstDay: "2026-01-01", lastDay: "2026-06-30" },
    ]);
    expect(dates("The economy will grow faster in the second half.", "2026-03-10")).toEqual([
      { text: "second half", value: "2026", granularity: "year", firstDay: "2026-07-01", lastDay: "2026-12-31" },
    ]);
  });

  it("counts no half of what a compound names", () => {
    expect(quantities("Apple's first-half sales rose.", "2026-09-10")).toEqual([]);
  });

  it("leaves a game's half, a half of something else and a fiscal half undated", () => {
    expect(dates("Smith scored twice in the first half.", "2026-09-10")).toEqual([]);
    expect(dates("Chelsea's losses mounted after a penalty in the first half.", "2026-09-10")).toEqual([]);
    expect(dates("Revenue rose in the first half of the season.", "2026-09-10")).toEqual([]);
    expect(dates("Apple's fiscal first-half sales rose 3%.", "2026-09-10")).toEqual([]);
    expect(dates("The concert's first half was sold out.", "2026-09-10")).toEqual([]);
    expect(dates("H1 is the largest heading on the page.", "2026-09-10")).toEqual([]);
  });
});

describe("a multiple after “a”", () => {
  it("is a multiple of its scale", () => {
    expect(quantities("Levels of the toxin were a thousand times higher than the limit.")).toEqual([
      { text: "a thousand times", value: 1000, unit: "fold", qualifier: null },
    ]);
    expect(quantities("The risk is a million times greater.")).toEqual([
      { text: "a million times", value: 1000000, unit: "fold", qualifier: null },
    ]);
  });

  it("leaves a count of occurrences and digits as they were", () => {
    expect(quantities("I have said it a thousand times.")).toEqual([]);
    expect(quantities("He said it a thousand times over the years.")).toEqual([]);
    expect(quantities("Prices were 100 times higher than in 2020.")).toEqual([
      { text: "100 times", value: 100, unit: "fold", qualifier: null },
    ]);
  });
});

describe("a zero said in words", () => {
  it("is a decimal's whole part", () => {
    expect(quantities("Inflation rose by zero point five percent in April.")).toEqual([
      { text: "zero point five percent", value: 0.5, unit: "%", qualifier: null },
    ]);
    expect(quantities("Growth was nought point three per cent.")).toEqual([
      { text: "nought point three per cent", value: 0.3, unit: "%", qualifier: null },
    ]);
  });

  it("counts nothing alone", () => {
    expect(quantities("He showed zero tolerance.")).toEqual([]);
    expect(quantities("The plan promises zero emissions.")).toEqual([]);
    expect(quantities("The zero point of the scale moved.")).toEqual([]);
    expect(quantities("Inflation fell to zero.")).toEqual([]);
  });
});

describe("a scale on a range's high end only", () => {
  it("is the low end's too", () => {
    expect(quantities("The ministry ordered two to three million doses of the vaccine.")).toEqual([
      { text: "two", value: 2000000, unit: "doses", qualifier: "at_least" },
      { text: "three million doses", value: 3000000, unit: "doses", qualifier: "at_most" },
    ]);
    expect(quantities("The ministry ordered 2 to 3 million doses.")).toEqual([
      { text: "2", value: 2000000, unit: "doses", qualifier: "at_least" },
      { text: "3 million doses", value: 3000000, unit: "doses", qualifier: "at_most" },
    ]);
    expect(quantities("They ordered between two and three million doses.")).toEqual([
      { text: "two", value: 2000000, unit: "doses", qualifier: "at_least" },
      { text: "three million doses", value: 3000000, unit: "doses", qualifier: "at_most" },
    ]);
    expect(quantities("They ordered between 3 and 4 million doses.")).toEqual([
      { text: "3", value: 3000000, unit: "doses", qualifier: "at_least" },
      { text: "4 million doses", value: 4000000, unit: "doses", qualifier: "at_most" },
    ]);
    expect(quantities("They ordered 2-3 million doses.")).toEqual([
      { text: "2", value: 2000000, unit: "doses", qualifier: null },
      { text: "3 million doses", value: 3000000, unit: "doses", qualifier: null },
    ]);
    expect(quantities("Losses were $2 to $3 billion.")).toEqual([
      { text: "$2", value: 2000000000, unit: "USD", qualifier: "at_least" },
      { text: "$3 billion", value: 3000000000, unit: "USD", qualifier: "at_most" },
    ]);
    expect(quantities("They hired two to three hundred thousand workers.")).toEqual([
      { text: "two", value: 200000, unit: "workers", qualifier: "at_least" },
      { text: "three hundred thousand workers", value: 300000, unit: "workers", qualifier: "at_most" },
    ]);
  });

  it("leaves a change, a low end above the high end's number and ranges with both scales as they were", () => {
    expect(quantities("Jobless claims rose 300 to 1.2 million.")).toEqual([
      { text: "300", value: 300, unit: null, qualifier: null },
      { text: "1.2 million", value: 1200000, unit: null, qualifier: null },
    ]);
    expect(quantities("Unemployment rose from 2 to 3 million.")).toEqual([
      { text: "2", value: 2, unit: null, qualifier: null },
      { text: "3 million", value: 3000000, unit: null, qualifier: null },
    ]);
    expect(quantities("Losses of $6 billion to $9 billion were forecast.")).toEqual([
      { text: "$6 billion", value: 6000000000, unit: "USD", qualifier: "at_least" },
      { text: "$9 billion", value: 9000000000, unit: "USD", qualifier: "at_most" },
    ]);
    expect(quantities("Children aged 5 to 11 years were eligible.")).toEqual([
      { text: "5", value: 5, unit: "years", qualifier: "at_least" },
      { text: "11 years", value: 11, unit: "years", qualifier: "at_most" },
    ]);
    expect(quantities("The jury voted seven to two.")).toEqual([]);
  });
});

describe("a side reduced to ten", () => {
  it("counts nothing after a sending off", () => {
    expect(quantities("Arsenal dropped to ten after the red card.")).toEqual([]);
    expect(quantities("Arsenal dropped to ten in the 60th minute.")).toEqual([]);
  });

  it("counts the men the article names, and a level a count fell to, as before", () => {
    expect(quantities("Arsenal dropped to ten men after the red card.")).toEqual([
      { text: "ten men", value: 10, unit: "men", qualifier: null },
    ]);
    expect(quantities("Unemployment fell to seven.")).toEqual([
      { text: "seven", value: 7, unit: null, qualifier: null },
    ]);
    expect(quantities("The death toll rose to nine.")).toEqual([
      { text: "nine", value: 9, unit: "deaths", qualifier: null },
    ]);
  });
});

describe("a clause joined by “and” with no comma", () => {
  it("is a claim of its own when it has its own subject and verb", () => {
    expect(texts("The Green Party surged into second place and turnout fell to 29.6%.")).toEqual([
      "The Green Party surged into second place",
      "turnout fell to 29.6%",
    ]);
    expect(texts("The storm destroyed homes and the bridge was closed for a week.")).toEqual([
      "The storm destroyed homes",
      "the bridge was closed for a week",
    ]);
  });

  it("leaves two objects, a clause a verb of showing takes, a subordinate clause and an object's participle whole", () => {
    const whole = [
      "Police arrested the man and his brother.",
      "The data showed prices and wages rose.",
      "The data showed that prices and wages rose.",
      "The court heard the man and his wife were in debt.",
      "After prices rose and wages fell, the bank raised rates.",
      "Sales of cars and trucks rose 5%.",
      "The council repaired schools and roads damaged in the floods.",
      "The council cut grants and fees increased by the previous government.",
      "The company raised prices and then sales fell.",
      "The team that won the cup and its coach were honoured.",
      "Both Labour and the Greens gained seats.",
      "The gap between Labour and the Greens narrowed.",
    ];
    for (const text of whole) expect(texts(text), text).toHaveLength(1);
  });

  it("leaves a clause inside “as” as one claim, and a speaker's report to the speaker's rules", () => {
    expect(
      texts(
        "Labour narrowly held the seat, but its majority was slashed from more than 11,000 to just 1,284 as the Green Party surged into second place and turnout fell to 29.6%, the lowest in the constituency's history.",
      ),
    ).toEqual([
      "Labour narrowly held the seat",
      "its majority was slashed from more than 11,000 to just 1,284 as the Green Party surged into second place and turnout fell to 29.6%, the lowest in the constituency's history",
    ]);
    expect(texts("Officials said prices rose and wages fell.")).toHaveLength(1);
  });
});

describe("what a figure counts, from decision 350's read", () => {
  it("takes no preposition or verb of remaining for a noun, and a compared share is one of the same", () => {
    expect(
      quantities(
        "About six in every 1,000 people developed dementia, compared with roughly eight in 1,000 among those who ate the most.",
      ),
    ).toEqual([
      { text: "About six in every 1,000 people", value: 0.006, unit: "share of people", qualifier: "approximately" },
      { text: "roughly eight in 1,000", value: 0.008, unit: "share of people", qualifier: "approximately" },
    ]);
    expect(quantities("Power has been restored to 22,000 customers, but 31,000 remain without supply.")).toEqual([
      { text: "22,000 customers", value: 22000, unit: "customers", qualifier: null },
      // The figure after ", but" counts what the one before it counted (decision 360).
      { text: "31,000", value: 31000, unit: "customers", qualifier: null },
    ]);
  });

  it("leaves a share with no comparison, or after a stop, a share of nothing named", () => {
    expect(quantities("One in four adults smoke. Later, one in five did.")).toEqual([
      { text: "One in four adults", value: 0.25, unit: "share of adults", qualifier: null },
      { text: "one in five", value: 0.2, unit: "share", qualifier: null },
    ]);
    expect(quantities("Six in 10 voters agreed, up from five in 10 in 2020.")).toEqual([
      { text: "Six in 10 voters", value: 0.6, unit: "share of voters", qualifier: null },
      { text: "five in 10", value: 0.5, unit: "share", qualifier: null },
    ]);
  });
});

describe("counter-examples from a review", () => {
  it("cuts no compound subject whose first noun has a participle after it, or a plural verb after a singular one", () => {
    const one = [
      "The woman injured in the attack and her son were flown to hospital.",
      "The money paid to consultants and agency staff has doubled since 2019.",
      "Vehicles parked nearby and a bus shelter were damaged.",
      "Passengers stranded at the airport and crew were put up in hotels.",
      "The man charged with murder and his accomplice were remanded in custody.",
      "The teenager killed in the crash and his friend had been drinking.",
    ];
    for (const body of one) expect(texts(body)).toEqual([body.slice(0, -1)]);
  });

  it("keeps a condition, time, place or modal that may cover both halves on one claim", () => {
    const one = [
      "Prices will rise and 40,000 jobs will be lost if the tariffs go ahead.",
      "The plant will close and 500 jobs will go unless a buyer is found by June.",
      "The firm would cut 2,000 jobs and its Derby plant would close under the proposals.",
      "Oil prices fell and stocks rose sharply on Friday.",
      "Revenue rose and costs fell in the first quarter of 2026.",
      "Last year the company cut 500 jobs and profits rose 20%.",
      "In Germany unemployment rose and output fell.",
    ];
    for (const body of one) expect(texts(body)).toEqual([body.slice(0, -1)]);
  });

  it("keeps a closing reporting tag over both halves", () => {
    expect(texts("The defendant lied to police and the money was never recovered, the court heard.")).toHaveLength(1);
  });

  it("cuts no clause a verb of finding or deciding takes without “that”", () => {
    const one = [
      "Investigators discovered the pilot and co-pilot had switched off the alarm.",
      "The jury decided the defendant and his brother were guilty of fraud.",
      "The coroner ruled the driver and his passenger had died instantly.",
    ];
    for (const body of one) expect(texts(body)).toEqual([body.slice(0, -1)]);
  });

  it("still splits two clauses with their own subjects and verbs", () => {
    expect(texts("The Green Party surged into second place and turnout fell to 29.6%.")).toEqual([
      "The Green Party surged into second place",
      "turnout fell to 29.6%",
    ]);
    expect(texts("The company cut prices and profits fell 12%.")).toEqual([
      "The company cut prices",
      "profits fell 12%",
    ]);
  });

  it("dates a past half without a year only with a figure, in the months after it ends, and no other half", () => {
    expect(dates("Revenue was down 3% in the first half, the company said on Tuesday.", "2026-05-12")).toEqual([
      { text: "on Tuesday", value: "2026-05-12", granularity: "day" },
    ]);
    expect(dates("First-half profits rose 12%.", "2026-03-10")).toEqual([]);
    expect(dates("Arsenal's attacking output in the first half was dismal.", "2026-09-10")).toEqual([]);
    expect(dates("Global demand for H2 could triple by 2050.", "2026-09-10").map((d) => d.text)).toEqual(["by 2050"]);
    expect(dates("Fiscal spending rose in the first half of 2025 to 3% of GDP.")).toEqual([
      {
        text: "first half of 2025",
        value: "2025",
        granularity: "year",
        firstDay: "2025-01-01",
        lastDay: "2025-06-30",
      },
    ]);
  });

  it("counts no multiple in “a thousand times over” or in a quoted “a million times better”", () => {
    expect(quantities("“I'd do it again a thousand times over,” she said.")).toEqual([]);
    expect(quantities("“This is a million times better than last season,” the manager said.")).toEqual([]);
    expect(quantities("The new chip is a thousand times faster than its predecessor.")).toEqual([
      { text: "a thousand times", value: 1000, unit: "fold", qualifier: null },
    ]);
  });

  it("reads a dismissal or a minute as a side's only beside a word of football", () => {
    expect(quantities("Complaints rose to eleven after the dismissal of the headteacher.")).toEqual([
      { text: "eleven", value: 11, unit: null, qualifier: null },
    ]);
  });

  it("keeps “remains” after a count as the noun counted", () => {
    expect(quantities("Forensic teams recovered 200 remains from the site.")).toEqual([
      { text: "200 remains", value: 200, unit: "remains", qualifier: null },
    ]);
  });

  it("leaves this week and next week across New Year out, as before", () => {
    expect(dates("The new tax takes effect next week.", "2026-12-24")).toEqual([]);
    expect(dates("Sales will rise next week.", "2026-12-23")).toEqual([]);
    expect(dates("The council meets this week.", "2027-01-01")).toEqual([]);
  });
});

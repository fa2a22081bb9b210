import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures, dates and clause splits left from the sixteenth read of news copy (decision 370): a
 * second share of a group of its own, a box score without a serial comma, a casualty count's
 * second clause, a kind of day named by a weekday, and a date shared by two clauses. The texts are
 * written for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const texts = (body: string) => claims(body).map((c) => c.text);
const figures = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit]));
const dates = (body: string) => claims(body).flatMap((c) => c.dates.map((d) => [d.text, d.value]));

describe("a bare figure that opens a clause of its own after “and”", () => {
  it("is no second object of the verb before it", () => {
    for (const body of [
      "The blast killed 12 people and 40 were injured.",
      "The fire killed three people and 12 were hurt.",
      "Police arrested 12 men and three were later released.",
    ])
      expect(texts(body)).toEqual([body.slice(0, -1)]);
    expect(texts("The crash killed 5 people, and 20 others were injured.")).toEqual([
      "The crash killed 5 people",
      "20 others were injured",
    ]);
    expect(texts("The firm sold 1,200 cars and 300 trucks were recalled.")).toEqual([
      "The firm sold 1,200 cars",
      "300 trucks were recalled",
    ]);
  });

  it("counts what the figure before it counted", () => {
    expect(figures("The blast killed 12 people and 40 were injured.")).toEqual([
      ["12 people", 12, "people"],
      ["40", 40, "people"],
    ]);
    expect(figures("The storm destroyed 200 homes and 50 were damaged.")).toEqual([
      ["200 homes", 200, "homes"],
      ["50", 50, "homes"],
    ]);
  });

  it("leaves a list of objects after one verb split as before", () => {
    expect(texts("The blast killed 12 people and 40 others.")).toEqual([
      "The blast killed 12 people",
      "The blast killed 40 others",
    ]);
    expect(texts("The blast killed 12 people and injured 40.")).toEqual([
      "The blast killed 12 people",
      "The blast injured 40",
    ]);
    expect(texts("Seventy people died and fourteen were hurt.")).toEqual([
      "Seventy people died and fourteen were hurt",
    ]);
  });
});

describe("a weekday that names a kind of day", () => {
  it("is no date", () => {
    for (const body of [
      "The busiest day is Monday.",
      "The market's busiest day is Saturday.",
      "The busiest day of the week is usually Friday.",
      "For most shops the best day is Saturday.",
      "Saturday is market day.",
    ])
      expect(dates(body)).toEqual([]);
  });

  it("leaves schedules and days gone by dated", () => {
    expect(dates("Game 4 is Monday night.")).toEqual([["Monday night", "2026-05-11"]]);
    expect(dates("The vote is on Thursday.")).toEqual([["on Thursday", "2026-05-14"]]);
    expect(dates("The last day of school is Friday.")).toEqual([["Friday", "2026-05-15"]]);
    expect(dates("The busiest day was Monday.")).toEqual([["Monday", "2026-05-04"]]);
    expect(dates("The busiest day is Monday, when 5,000 people are expected.")).toEqual([["Monday", "2026-05-11"]]);
  });
});

describe("a box score with no serial comma", () => {
  it("gives the second player the first one's counted noun and the result a claim of its own", () => {
    const all = claims("Smith scored 20 points, Jones had 15 and the Lakers won 110-100.");
    expect(all.map((c) => c.text)).toEqual(["Smith scored 20 points", "Jones had 15 points", "the Lakers won 110-100"]);
    expect(all[1]!.quantities.map((q) => [q.text, q.value, q.unit])).toEqual([["15", 15, "points"]]);
    expect(texts("James scored 30 points, Davis added 12 and Los Angeles beat Denver 120-115 on Friday.")).toEqual([
      "James scored 30 points",
      "Davis added 12 points",
      "Los Angeles beat Denver 120-115 on Friday",
    ]);
    expect(texts("Smith scored 20 points and Jones had 15.")).toEqual([
      "Smith scored 20 points",
      "Jones had 15 points",
    ]);
  });

  it("lends no noun to a figure of another kind or a scaled one", () => {
    expect(figures("Smith won 3 medals, Jones turned 15 and the team won 4-1.")).toEqual([
      ["3 medals", 3, "medals"],
      ["15", 15, null],
    ]);
    expect(texts("Apple sold 5 million phones, Samsung sold 4 and Google won 3-1.")).toContain("Samsung sold 4");
  });

  it("leaves a participle after “and” with no score in the clause", () => {
    expect(texts("The party kept 40 seats and the seats won in 2019 were lost.")).toEqual([
      "The party kept 40 seats and the seats won in 2019 were lost",
    ]);
  });
});

describe("a date shared by two clauses of one sentence", () => {
  const datesOf = (body: string) => claims(body).map((c) => [c.text, c.dates.map((d) => d.value)]);

  it("dates the second clause with the date that frames the first", () => {
    expect(datesOf("On Tuesday, the index rose 3%, and the pound fell 2%.")).toEqual([
      ["On Tuesday, the index rose 3%", ["2026-05-05"]],
      ["the pound fell 2%", ["2026-05-05"]],
    ]);
    expect(datesOf("The index rose 3% on Tuesday, and the pound fell 2%.")).toEqual([
      ["The index rose 3% on Tuesday", ["2026-05-05"]],
      ["the pound fell 2%", ["2026-05-05"]],
    ]);
    expect(datesOf("Unemployment rose to 5% in March, and inflation fell to 2%.")).toEqual([
      ["Unemployment rose to 5% in March", ["2026-03"]],
      ["inflation fell to 2%", ["2026-03"]],
    ]);
    expect(datesOf("In 2024, the city recorded 1,412 crimes, but arrests fell 10%.")[1]).toEqual([
      "arrests fell 10%",
      ["2024"],
    ]);
  });

  it("keeps a sentence read as one claim with both dates as before", () => {
    expect(datesOf("On Tuesday, the index rose 3% and the pound fell 2%.")).toEqual([
      ["On Tuesday, the index rose 3% and the pound fell 2%", ["2026-05-05"]],
    ]);
    expect(datesOf("Sales rose in March and will fall next year.")).toEqual([
      ["Sales rose in March and will fall next year", ["2026-03", "2027"]],
    ]);
  });

  it("lends nothing to a clause of its own time or from a date inside the clause", () => {
    expect(datesOf("Sales rose 4% in March, but profits fell 2% in April.")[1]).toEqual([
      "profits fell 2% in April",
      ["2026-04"],
    ]);
    expect(datesOf("Sales rose 4% in March, and profits could fall 2%.")[1]).toEqual(["profits could fall 2%", []]);
    expect(datesOf("Unemployment rose to 5% in March, and it is now 6%.")[1]).toEqual(["it is now 6%", []]);
    expect(datesOf("The company, founded in 1998, grew 3%, and its rival shrank 2%.")[1]).toEqual([
      "its rival shrank 2%",
      [],
    ]);
  });
});

describe("a share of the group named after “among”", () => {
  const units = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.unit]));

  it("counts that group, never the noun of the share before it", () => {
    expect(units("One in five adults reported symptoms, and one in 20 among teenagers.")).toEqual([
      ["One in five adults", "share of adults"],
      ["one in 20", "share of teenagers"],
    ]);
    expect(units("One in four women said they had been affected, compared with one in 10 among men.")).toEqual([
      ["One in four women", "share of women"],
      ["one in 10", "share of men"],
    ]);
    expect(units("One in five adults reported symptoms, against one in 20 among teenagers.")[1]).toEqual([
      "one in 20",
      "share of teenagers",
    ]);
  });

  it("lends nothing to a group it cannot name in one word", () => {
    expect(units("One in four women said they had been affected, compared with one in 10 among young men.")[1]).toEqual(
      ["one in 10", "share"],
    );
    expect(units("One in four adults backed him, compared with one in 10 among Black women.")[1]).toEqual([
      "one in 10",
      "share",
    ]);
  });

  it("keeps a share among “those who …” a share of what the sentence counted", () => {
    expect(
      units(
        "Six in every 1,000 people developed the condition, compared with roughly eight in 1,000 among those who ate the most.",
      ),
    ).toEqual([
      ["Six in every 1,000 people", "share of people"],
      ["roughly eight in 1,000", "share of people"],
    ]);
  });
});

describe("counter-examples for a shared date", () => {
  const datesOf = (body: string) => claims(body).map((c) => [c.text, c.dates.map((d) => d.value)]);

  it("lends no date to a present, a perfect or a clause with no past form, nor from a date in a relative clause", () => {
    expect(datesOf("He joined the club in 2019, and he has scored 40 goals.")[1]).toEqual([
      "he has scored 40 goals",
      [],
    ]);
    expect(datesOf("The bill passed the House in June, and the Senate is debating it.")[1]).toEqual([
      "the Senate is debating it",
      [],
    ]);
    expect(datesOf("The index rose 3% on Tuesday, and the pound slides 2%.")[1]).toEqual(["the pound slides 2%", []]);
    expect(datesOf("The pitch was the one that was made in 2001 and 2003, and we ended up with deficits.")[1]).toEqual([
      "we ended up with deficits",
      [],
    ]);
  });
});

describe("counter-examples from a review", () => {
  const datesOf = (body: string) => claims(body).map((c) => [c.text, c.dates.map((d) => d.value)]);
  const units = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.unit]));

  it("lends a box score's noun to a bare figure after “had” or “added” only when it is points", () => {
    for (const [body, bare] of [
      ["Mahomes threw 3 touchdowns, Kelce had 110 and the Chiefs won 27-20.", "Kelce had 110"],
      ["James had 10 assists, Davis had 35 and the Lakers won 121-110.", "Davis had 35"],
      ["Curry made 8 threes, Thompson had 22 and the Warriors won 118-101.", "Thompson had 22"],
      ["Judge hit 2 home runs, Soto had 4 and the Yankees won 9-3.", "Soto had 4"],
      ["Bellingham scored 2 goals, Vinicius added 1 and Real won 3-0.", "Vinicius added 1"],
    ] as const) {
      const all = claims(body);
      expect(all.map((c) => c.text)).toContain(bare);
      expect(all.find((c) => c.text === bare)!.quantities.map((q) => q.unit)).toEqual([null]);
    }
    expect(texts("Smith served 20 years, Jones served 15 and Brown was released.")).toContain("Jones served 15 years");
  });

  it("dates no clause of an event's sequel with the event's date", () => {
    for (const body of [
      "He was elected in 2010, and he resigned amid a scandal.",
      "The law passed in 2015, and crime fell 20%.",
      "The war began in 2003, and it killed more than 4,000 US soldiers.",
      "In March, the index fell 10%, and it recovered within weeks.",
      "Two years ago, the town had 30 shops, and most of them closed.",
    ])
      expect(datesOf(body)[1]![1]).toEqual([]);
    expect(datesOf("On Monday, the Dow fell 500 points, and the S&P 500 dropped 1.5%.")[1]![1]).toEqual(["2026-05-04"]);
  });

  it("keeps the day of one event or one week a date", () => {
    expect(dates("Tuesday is the biggest day of the primary calendar, with 15 states voting.")).toHaveLength(1);
    expect(dates("The strike's biggest day is Thursday, union leaders said.")).toEqual([["Thursday", "2026-05-14"]]);
    expect(dates("The peak day is Thursday, forecasters said.")).toEqual([["Thursday", "2026-05-14"]]);
    expect(dates("Voting starts next week and the busiest day is Saturday.")).toContainEqual([
      "Saturday",
      "2026-05-16",
    ]);
    expect(dates("The festival runs through Tuesday; the busiest day is Monday.")).toContainEqual([
      "Monday",
      "2026-05-11",
    ]);
    expect(dates("The museum's busiest day is Sunday. Next week it closes.")).toEqual([["Next week", "2026-05"]]);
  });

  it("names no group by a determiner or an adjective after “among”", () => {
    for (const body of [
      "One in four voters backs him, and 1 in 3 among his supporters.",
      "One in five adults is obese, and one in 10 among its members.",
      "One in three workers is unionised, and one in 5 among this group.",
      "One in 20 customers complained, and 1 in 5 among previous customers.",
      "One in four respondents said yes, and 1 in 10 among various age groups.",
    ])
      expect(units(body)[1]![1]).toBe("share");
    expect(units("One in four adults voted, and 1 in 2 among graduates.")[1]).toEqual(["1 in 2", "share of graduates"]);
  });
});

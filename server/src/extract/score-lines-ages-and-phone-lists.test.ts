import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Figures and dates decision 545 and its review left, mended in decision 585. The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");
const units = (body: string, fragment: string): (string | null)[] =>
  quoting(body, fragment).quantities.map((q) => q.unit);
const counted = (body: string, fragment: string): string[] => quoting(body, fragment).quantities.map((q) => q.text);
const dates = (body: string, fragment: string): string[] => quoting(body, fragment).dates.map((d) => d.text);

describe("a score line whose other side starts like a month", () => {
  it("reads no '3 Mar' in 'Liverpool 3 Marseille 1'", () => {
    const line = "Liverpool 3 Marseille 1 was the result in the Champions League last night, the club said.";
    expect(dates(line, "Marseille")).not.toContain("3 Mar");
    expect(counted(line, "Marseille")).toEqual(["3"]);
  });

  it("reads no '3 Aug' in 'Bayern 3 Augsburg 1 at the Allianz Arena'", () => {
    const line = "The result was Bayern 3 Augsburg 1 at the Allianz Arena.";
    expect(dates(line, "Augsburg")).toEqual([]);
    expect(counted(line, "Augsburg")).toEqual(["3", "1"]);
  });

  it("keeps a day and a short month: '3 March', '4 Mar. 2025', '3 Sept.', '12th of June'", () => {
    expect(dates("The election was held on 3 March.", "election")).toEqual(["3 March"]);
    expect(dates("The vote was held on 4 Mar. 2025 in Leeds.", "vote")).toEqual(["4 Mar. 2025"]);
    expect(dates("The hearing is on 3 Sept. at the court.", "hearing")).toEqual(["3 Sept."]);
    expect(dates("The fair opened on the 12th of June.", "fair")).toEqual(["12th of June"]);
  });
});

describe("a surname after a court's act or 'identified … as', and a firm's role", () => {
  it("reads the age in 'The jury cleared Brown, 51, of all charges'", () => {
    expect(units("The jury cleared Brown, 51, of all charges after a three-week trial.", "Brown")).toEqual([
      "years",
      "week",
    ]);
    expect(units("Officers arrested Smith, 34, on Tuesday evening.", "Smith")).toEqual(["years"]);
  });

  it("reads the age in 'Police identified the man as Smith, 34, of Leeds'", () => {
    expect(units("Police identified the man as Smith, 34, of Leeds, after a search.", "Smith")).toEqual(["years"]);
  });

  it("reads no age in 'Toyota, 34, is the market leader'", () => {
    expect(units("Toyota, 34, is the market leader in hybrid cars.", "Toyota")).toEqual([null]);
    expect(units("Toyota, 34, was the industry leader for a decade.", "Toyota")).toEqual([null]);
  });

  it("keeps places, clubs and people as they were", () => {
    expect(units("Police named Kent, 34, as the worst-hit county.", "Kent")).toEqual([null]);
    expect(units("Police identified the areas as Kent, 34, and Essex, 28, in the report.", "Kent")).toEqual([
      null,
      null,
    ]);
    expect(units("The EFL charged Derby, 21, with breaching rules.", "Derby")).toEqual([null]);
    expect(units("Reeves, 46, is the first female chancellor.", "Reeves")).toEqual(["years"]);
    expect(units("Morgan, 29, was the party leader in the Senate.", "Morgan")).toEqual(["years"]);
  });

  it("reads an age before a person's role that opens with 'industry', 'market' or 'category'", () => {
    expect(units("Reeves, 46, is the industry minister in the new cabinet.", "Reeves")).toEqual(["years"]);
    expect(units("Kaur, 44, is the category manager at the supermarket.", "Kaur")).toEqual(["years"]);
    expect(units("Evans, 55, was the market analyst who warned of the crash.", "Evans")).toEqual(["years"]);
    expect(units("Nvidia, 12, is the sector leader in chips.", "Nvidia")).toEqual([null]);
  });
});

describe("a list of surnames before 'who', and clubs named like surnames", () => {
  it("reads three ages in 'Smith, 34, Jones, 29, and Patel, 41, who all live in Leeds'", () => {
    const dock = "Smith, 34, Jones, 29, and Patel, 41, who all live in Leeds, were jailed.";
    expect(units(dock, "Patel")).toEqual(["years", "years", "years"]);
    const denied = "Smith, 34, Jones, 29, and Patel, 41, who denied the charges, were convicted.";
    expect(units(denied, "Patel")).toEqual(["years", "years", "years"]);
  });

  it("reads no ages in 'Bolton, 34, and Preston, 28, who were promoted last year'", () => {
    const clubs = "Bolton, 34, and Preston, 28, who were promoted last year, lost again.";
    expect(units(clubs, "Bolton")).toEqual([null, null]);
    expect(units("Charlton, 41, and Lincoln, 39, who drew on Saturday, are level.", "Charlton")).toEqual([null, null]);
  });

  it("keeps a longer table's points, and a pair's ages before 'who'", () => {
    const table = "Mansfield, 40, Stevenage, 38, and Gillingham, 36, who were all promoted, lost.";
    expect(units(table, "Mansfield")).toEqual([null, null, null]);
    const won = "Bolton, 68, Preston, 65, and Charlton, 60, who all won, lead the table.";
    expect(units(won, "Bolton")).toEqual([null, null, null]);
    expect(units("Smith, 34, and Jones, 28, who live in Leeds, were jailed.", "Smith")).toEqual(["years", "years"]);
  });

  it("reads a pair's ages where people are promoted, draw, top or are unbeaten", () => {
    const ages = ["years", "years"];
    const sergeants = "Smith, 34, and Jones, 28, who were both promoted to sergeant last year, were sacked.";
    expect(units(sergeants, "Smith")).toEqual(ages);
    expect(units("Smith, 34, and Jones, 28, who drew up the plans, were praised.", "Smith")).toEqual(ages);
    expect(units("Joshua, 34, and Usyk, 37, who are both unbeaten this year, meet in July.", "Joshua")).toEqual(ages);
    expect(units("Smith, 34, and Jones, 28, who top the bill on Saturday, are both boxers.", "Smith")).toEqual(ages);
    expect(units("Brown, 45, and Green, 39, who are level on votes, face a recount.", "Brown")).toEqual(ages);
    expect(units("Smith, 34, and Jones, 28, who were relegated to the back benches, voted.", "Smith")).toEqual(ages);
  });

  it("keeps clubs named like surnames that go up to a division, draw a score or top a table", () => {
    const none = [null, null];
    const up = "Bolton, 34, and Preston, 28, who were promoted to League One last season, lead.";
    expect(units(up, "Bolton")).toEqual(none);
    expect(units("Bolton, 34, and Preston, 28, who drew with Wigan, are level.", "Bolton")).toEqual(none);
    expect(units("Bolton, 34, and Preston, 28, who are top of the table, meet.", "Bolton")).toEqual(none);
    expect(units("Bolton, 34, and Preston, 28, who are unbeaten at home, meet.", "Bolton")).toEqual(none);
    expect(units("Bolton, 34, and Preston, 28, who are level on points, meet.", "Bolton")).toEqual(none);
  });
});

describe("phone numbers listed after the first", () => {
  it("reads 'Call 0800 555-0142 or 555-0143' as two phone numbers", () => {
    expect(counted("Call 0800 555-0142 or 555-0143 for advice, the council said.", "Call")).toEqual([]);
  });

  it("reads 'call them at 555-0142 or 555-0143' and a list of three as phone numbers", () => {
    expect(counted("Call them at 555-0142 or 555-0143 for advice, the council said.", "Call")).toEqual([]);
    expect(counted("Call 555-0142, 555-0143 or 555-0144 for advice, the council said.", "Call")).toEqual([]);
  });

  it("keeps ranges and counts of the same shape", () => {
    expect(counted("Between 500-1000 people or 200-3000 households were polled.", "polled")).toEqual([
      "500",
      "1000 people",
      "200",
      "3000 households",
    ]);
    expect(counted("The firm sold 123-4567 units or 555-0143 boxes, it said.", "firm")).toEqual([
      "123",
      "4567 units",
      "555",
      "0143 boxes",
    ]);
  });

  it("reads a count of a phone number's shape after a labelled number as a count", () => {
    const cases = "Case number 2024-1234 and 555-0143 cases were reviewed, the court said.";
    expect(counted(cases, "Case")).toEqual(["555", "0143 cases"]);
  });
});

describe("a tally of three or more sides", () => {
  it("counts no 'Conservatives' in 'Labour 34 Conservatives 28 Lib Dems 6'", () => {
    const tally = "The final count was Labour 34 Conservatives 28 Lib Dems 6, officials said.";
    expect(units(tally, "Labour")).toEqual([null, null, null]);
    expect(units("Council seats: Labour 34 Conservatives 28 Lib Dems 6 Greens 3.", "Labour")).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it("keeps counted nouns between capitalised words", () => {
    const sold = "The club sold 3 Everton shirts 2 Liverpool scarves 4 Arsenal hats and more.";
    expect(counted(sold, "sold")).toEqual(["3 Everton shirts", "2 Liverpool scarves", "4 Arsenal hats"]);
    expect(units("Liverpool 3 Everton fans were arrested, police said.", "Everton")).toEqual(["fans"]);
  });
});

describe("a week in reported speech, from the day of the saying", () => {
  const onMonday = claimsOn("2026-05-11");
  const week = (body: string, fragment: string) => {
    const d = onMonday.quoting(body, fragment).dates.find((x) => x.text.endsWith("week"))!;
    return [d.firstDay, d.lastDay];
  };

  it("dates 'said on Friday … next week', published on the Monday after, to the Monday's week", () => {
    const next = "The minister said on Friday that the deal would be signed next week.";
    expect(week(next, "deal")).toEqual(["2026-05-11", "2026-05-17"]);
  });

  it("dates 'said on Friday … last week' to the week before the Friday's", () => {
    const last = "The minister said on Friday that the talks ended last week.";
    expect(week(last, "talks")).toEqual(["2026-04-27", "2026-05-03"]);
  });

  it("keeps a week with no day of the saying, and the speaker's 'tomorrow'", () => {
    expect(week("The minister said that the deal would be signed next week.", "deal")).toEqual([
      "2026-05-18",
      "2026-05-24",
    ]);
    const tomorrow = "The minister said on Friday that the deal would be signed tomorrow.";
    expect(onMonday.quoting(tomorrow, "deal").dates.map((d) => d.value)).toEqual(["2026-05-08", "2026-05-09"]);
  });
});

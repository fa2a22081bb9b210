import { describe, expect, it } from "vitest";
import { findDates } from "./dates.ts";
import { findQuantities } from "./quantities.ts";
import { extractClaims } from "../extract-claims.ts";

describe("quantities and dates", () => {
  it("normalises values, units and qualifiers", () => {
    const t = "roughly two months, $1.5 million, 45% of 2,000 people and at least a dozen arrests";
    expect(findQuantities(t, 0, t.length).map((q) => [q.value, q.unit, q.qualifier])).toEqual([
      [2, "months", "approximately"],
      [1_500_000, "USD", null],
      [45, "%", null],
      [2000, "people", null],
      [12, "arrests", "at_least"],
    ]);
  });

  it("reads 'one in four adults' as a share, with its qualifier, and not a year as a denominator", () => {
    const t = "Nearly one in four adults skipped meals, up from 1 in every 10 in 2023; she won one in 2020.";
    expect(findQuantities(t, 0, t.length).map((q) => [q.text, q.value, q.unit, q.qualifier])).toEqual([
      ["Nearly one in four adults", 0.25, "share of adults", "approximately"],
      ["1 in every 10", 0.1, "share", null],
    ]);
  });

  it("counts the noun past adjectives, proper-noun modifiers and compound modifiers", () => {
    const t =
      "It hires 4,300 new asylum officers, 100 immigration judges and two EU officials; 3 more hospitals closed, one person dies on a three-day tour.";
    expect(findQuantities(t, 0, t.length).map((q) => [q.text, q.value, q.unit])).toEqual([
      ["4,300 new asylum officers", 4300, "officers"],
      ["100 immigration judges", 100, "judges"],
      ["two EU officials", 2, "officials"],
      ["3 more hospitals", 3, "hospitals"],
      ["one person", 1, "person"],
      ["three-day", 3, "day"],
    ]);
    const more = "Seven in 10 Americans agree; it hit 44.5°C, or 112 °F.";
    expect(findQuantities(more, 0, more.length).map((q) => [q.text, q.unit])).toEqual([
      // A share of Americans, not a count of ten.
      ["Seven in 10 Americans", "share of Americans"],
      ["44.5°C", "°C"],
      ["112 °F", "°F"],
    ]);
  });

  it("reads 'May' as the month after a preposition of time, never the modal verb", () => {
    const t = "The bridge may reopen in May. It closed in late May.";
    expect(findDates(t, 0, t.length, "2026-03-12", true).map((d) => [d.text, d.value])).toEqual([
      ["May", "2026-05"],
      ["May", "2026-05"],
    ]);
  });

  it("reads a date after 'scheduled for' or 'slated for' as ahead", () => {
    for (const t of [
      "Game 1 is scheduled for Thursday in Chicago.",
      "The vote is slated for Thursday.",
      "A preliminary hearing is set for Thursday.",
    ]) {
      const [c] = extractClaims(t, { publishedOn: "2026-05-18" });
      expect(c!.dates.map((d) => d.value)).toEqual(["2026-05-21"]);
    }
  });

  it("finds 'two days ago' in a sentence with no digit, month or weekday", () => {
    const t = "The fire started two days ago, after a drought that began twenty-two months ago.";
    expect(findDates(t, 0, t.length, "2026-03-12", false).map((d) => [d.text, d.value])).toEqual([
      ["two days ago", "2026-03-10"],
      ["twenty-two months ago", "2024-05"],
    ]);
  });

  it("counts back 'N days, months or years ago' from the publication date", () => {
    const t = "It happened three days ago, two months ago, a year ago and 10 years ago, not agony.";
    expect(findDates(t, 0, t.length, "2026-03-12", false).map((d) => [d.value, d.granularity])).toEqual([
      ["2026-03-09", "day"],
      ["2026-01", "month"],
      ["2025", "year"],
      ["2016", "year"],
    ]);
  });

  it("resolves relative dates against the publication date", () => {
    const t = "on Thursday evening, in January, yesterday, next month, on March 3, 2024";
    expect(findDates(t, 0, t.length, "2025-03-28", false).map((d) => d.value)).toEqual([
      "2025-03-27",
      "2025-01",
      "2025-03-27",
      "2025-04",
      "2024-03-03",
    ]);
    expect(findDates("will meet on Monday", 0, 19, "2025-03-28", true)[0]?.value).toBe("2025-03-31");
  });
});

describe("clause splitting generalises beyond the sample", () => {
  it("splits coordinated clauses, verb phrases and quantity lists", () => {
    const body =
      "The ministry said that exports rose 12% in 2024, while imports fell by 3%. The mayor opened the bridge and signed the budget. Police made 40 arrests and seized 2 tonnes of cocaine.";
    const quotes = extractClaims(body, { publishedOn: "2025-01-10" }).map((c) => c.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        "exports rose 12% in 2024",
        "imports fell by 3%",
        "signed the budget",
        "seized 2 tonnes of cocaine",
      ]),
    );
  });
});

describe("self-contained wording of reported speech", () => {
  it("lowers a leading determiner after the attribution, never a name", () => {
    const body =
      "The cooperation has resulted in over 1,800 deportations, the presidency said. " +
      "Colombia agreed to all of the terms, the ministry said. A.I. tools flagged 40 posts, officials said.";
    expect(extractClaims(body, {}).map((c) => c.text)).toEqual([
      "According to the presidency, the cooperation has resulted in over 1,800 deportations",
      "According to the ministry, Colombia agreed to all of the terms",
      "According to officials, A.I. tools flagged 40 posts",
    ]);
  });
});

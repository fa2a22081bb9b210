// Decision 895: a claim's figures and dates read as a newsroom writes them, in the review pane
// and every report (one wording, claim-figures.ts): "40%", "£20,000", "3 days", "20% of
// children", and a date written as its value shown once.
import { describe, expect, it } from "vitest";
import { dateLabel, isolatedDateLabel, quantityLabel } from "./claim-figures.ts";
import type { Quantity, ResolvedDate } from "./schemas/extracted-claim.ts";

function q(value: number, unit: string | null, more: Partial<Quantity> = {}): Quantity {
  return { text: String(value), start: 0, end: 1, value, unit, qualifier: null, ...more };
}

function d(text: string, value: string, more: Partial<ResolvedDate> = {}): ResolvedDate {
  return { text, start: 0, end: text.length, value, granularity: "day", relative: false, ...more };
}

const marked = (words: string): string => `[${words}]`;

describe("a sign sits against its number", () => {
  it.each([
    // A per cent's group after "of", with no brackets, since decision 980.
    [q(40, "%", { group: "adults in Wales" }), "40% of adults in Wales"],
    [q(3, "%", { qualifier: "approximately" }), "approximately 3%"],
    [q(0.0004, "%"), "0.0004%"],
    [q(-3, "%"), "-3%"],
    [q(38, "°C"), "38°C"],
    [q(20000, "GBP"), "£20,000"],
    // A sum of a million or more in its scale since decision 940.
    [q(1200000000, "USD", { qualifier: "more_than" }), "more than $1.2 billion"],
    [q(5, "EUR"), "€5"],
    [q(-5, "GBP"), "-£5"],
    [q(15, "USD per hour"), "$15 per hour"],
    [q(2, "% a year"), "2% a year"],
  ])("%j reads %j", (quantity, label) => {
    expect(quantityLabel(quantity, "en-GB")).toBe(label);
  });

  it("isolates the article's words only, not the signs it writes itself", () => {
    // A per cent's group after "of", with no brackets, since decision 980.
    expect(quantityLabel(q(40, "%", { group: "adults" }), "en-GB", marked)).toBe("40% of [adults]");
    expect(quantityLabel(q(15, "USD per hour"), "en-GB", marked)).toBe("$15 [per hour]");
  });
});

describe("a unit of time after a number other than 1", () => {
  it.each([
    [q(3, "day"), "3 days"],
    [q(1.5, "year"), "1.5 years"],
    [q(2, "century"), "2 centuries"],
    [q(0, "week"), "0 weeks"],
  ])("%j reads %j", (quantity, label) => {
    expect(quantityLabel(quantity, "en-GB")).toBe(label);
  });
});

describe("a share, stored as a fraction, reads as a percentage", () => {
  it.each([
    [q(0.2, "share of children"), "20% of children"],
    [q(0.2, "share of children", { group: "children" }), "20% of children"],
    [q(0.5, "share"), "50%"],
    [q(0.07, "share of adults"), "7% of adults"],
    [q(0.666667, "share of voters", { qualifier: "about" }), "about 66.6667% of voters"],
    // A bare share's group after "of", with no brackets, since decision 980.
    [q(0.25, "share", { group: "nurses in Leeds" }), "25% of nurses in Leeds"],
  ])("%j reads %j", (quantity, label) => {
    expect(quantityLabel(quantity, "en-GB")).toBe(label);
  });

  it("isolates the noun it is of", () => {
    expect(quantityLabel(q(0.2, "share of children"), "en-GB", marked)).toBe("20% of [children]");
  });
});

describe("a date written as its value is shown once", () => {
  it("shows '2025-03-28', not '2025-03-28 → 2025-03-28'", () => {
    expect(dateLabel(d("2025-03-28", "2025-03-28"))).toBe("2025-03-28");
    expect(isolatedDateLabel(d("2025-03-28", "2025-03-28"), marked)).toBe("2025-03-28");
    expect(dateLabel(d("2025-03-28", "2025-03-28", { ofStatement: true }))).toBe("said 2025-03-28");
    expect(dateLabel(d("2025", "2025", { granularity: "year" }))).toBe("2025");
  });
});

describe("near-misses: wording that stays as it was", () => {
  it.each([
    [q(1700, "deportations", { qualifier: "more_than" }), "more than 1,700 deportations"],
    [q(1, "day"), "1 day"],
    [q(12, "months"), "12 months"],
    [q(3, "percentage points"), "3 percentage points"],
    [q(1.5, "million people"), "1.5 million people"],
    [q(0.12345, null), "0.12345"],
    // A dollar read with its country's letters has its sign since decision 940.
    [q(20, "AUD"), "A$20"],
    [q(7, "magnitude"), "7 magnitude"],
    [q(4, "dayshift"), "4 dayshift"],
    [q(3, "per 1,000 people"), "3 per 1,000 people"],
    [q(2, "percent"), "2 percent"],
  ])("%j reads %j", (quantity, label) => {
    expect(quantityLabel(quantity, "en-GB")).toBe(label);
  });

  it.each([
    [d("in June", "2025-06", { granularity: "month", relative: true }), "in June → 2025-06 (resolved)"],
    [d("28 March 2025", "2025-03-28"), "28 March 2025 → 2025-03-28"],
    [
      d("second quarter of 2025", "2025-04", { firstDay: "2025-04-01", lastDay: "2025-06-30" }),
      "second quarter of 2025 → 2025-04-01 to 2025-06-30",
    ],
    [d("2025-04", "2025-04", { firstDay: "2025-04-01", lastDay: "2025-04-07" }), "2025-04 → 2025-04-01 to 2025-04-07"],
    [d("on Tuesday", "2025-03-25", { relative: true, ofStatement: true }), "said on Tuesday → 2025-03-25 (resolved)"],
  ])("%j reads %j", (date, label) => {
    expect(dateLabel(date)).toBe(label);
  });
});

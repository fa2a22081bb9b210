// Decision 980: report figures left from decision 940. A count of a million or more is written in
// its scale where that gives the count back exactly ("1.5 million people"); a currency read from its
// name is written with the name the article used ("300 million yuan"); a per cent's or a bare
// share's group is said after "of", as a share of a noun's is ("approximately 20% of children",
// "50% of nurses in Leeds"); and an age or a length read from a compound is written as one
// ("2-year-old", "6-month-long").
import { describe, expect, it } from "vitest";
import { quantityLabel } from "@claimdesk/shared";
import { formatJson } from "./format-json.ts";
import { htmlFigures, labelIs, q, readsAs, withFigures, written } from "./report-figures.test-helper.ts";
import { reportDocumentSchema, reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { GENERATED_AT } from "./test-fixture.ts";

const all = reportOptionsSchema.parse({ includeUnreviewed: "true", dismissed: "separate" });

describe("a count of a million or more is written in its scale where that gives it back exactly", () => {
  it.each([
    [q(1_500_000, "people"), "1.5 million people"],
    [q(2_000_000, "pounds"), "2 million pounds"],
    [q(1_250_000, "low-income families"), "1.25 million low-income families"],
    [q(3_000_000_000, "people per year"), "3 billion people per year"],
    [q(4_000_000, "years"), "4 million years"],
  ])("%o reads %s", readsAs);

  it("with its qualifier and a negative sign, and in the reader's decimal sign in the pane", () => {
    labelIs({ ...q(1_500_000, "people"), qualifier: "approximately" }, "approximately 1.5 million people");
    labelIs(q(-2_000_000, "barrels"), "-2 million barrels");
    expect(quantityLabel(q(1_500_000, "people"), "de-DE")).toBe("1,5 million people");
  });

  it.each([
    // Near-misses: a count the scale would round, one under a million, a bare figure, a unit that is
    // already a scale, and beyond the trillions.
    [q(1_234_567, "voters"), "1,234,567 voters"],
    [q(1_234_000, "voters"), "1,234,000 voters"],
    [q(999_999, "people"), "999,999 people"],
    [q(2_000_000, null), "2,000,000"],
    [q(1.5, "million people"), "1.5 million people"],
    [q(2_000_000, "million people"), "2,000,000 million people"],
    [q(1e21, "stars"), "1,000,000,000,000,000,000,000 stars"],
    [q(999_999_999_999_999, "grains"), "999,999,999,999,999 grains"],
  ])("leaves %o as %s", labelIs);

  it("near-miss: the JSON keeps the exact count", () => {
    const doc = reportDocumentSchema.parse(
      JSON.parse(formatJson(withFigures([q(1_500_000, "people")]), all, GENERATED_AT)),
    );
    const claim = doc.claims.find((c) => c.quantities.length)!;
    expect(claim.quantities[0]).toMatchObject({ value: 1_500_000, unit: "people" });
  });
});

describe("a currency read from its name is written with the name the article used", () => {
  it.each([
    [written(300_000_000, "CNY", "300 million yuan"), "300 million yuan"],
    [written(2_000_000_000, "CHF", "2 billion Swiss francs"), "2 billion Swiss francs"],
    [written(3_500_000_000, "NOK", "3.5 billion Norwegian crowns"), "3.5 billion Norwegian crowns"],
    [written(300_000_000, "CNY", "300,000,000 yuan"), "300 million yuan"],
    [written(2.5, "CHF", "2.5 Swiss francs"), "2.50 Swiss francs"],
    [written(40_000_000_000, "CNY", "40bn yuan"), "40 billion yuan"],
    [written(300_000_000, "CNY", "300 Million yuan"), "300 million yuan"],
  ])("%o reads %s", readsAs);

  it("after its qualifier, with a negative sign, and with the name isolated in the HTML", () => {
    labelIs(written(300_000_000, "CNY", "about 300 million yuan", "approximately"), "approximately 300 million yuan");
    labelIs(written(-300_000_000, "CNY", "300 million yuan"), "-300 million yuan");
    expect(htmlFigures([written(300_000_000, "CNY", "300 million yuan")])).toBe("300 million <bdi>yuan</bdi>");
  });

  it.each([
    // Near-misses: the code the article wrote, no name after the figure, a rate the article wrote
    // with the code (decision 1020 writes the name before a rate's tail: "15 Swiss francs per
    // hour"), and words that are no name after it.
    [written(300_000_000, "CNY", "CNY 300 million"), "CNY 300 million"],
    [written(2_000_000_000, "CHF", "SFr 2bn"), "CHF 2 billion"],
    [q(300_000_000, "CNY"), "CNY 300 million"],
    [written(15, "CHF per hour", "CHF 15 per hour"), "CHF 15 per hour"],
    [written(300_000_000, "CNY", "300 million yuan ($41 million)"), "CNY 300 million"],
    [written(2_000_000, "AUD", "2 million Australian dollars"), "A$2 million"],
    [written(300_000_000, "CNY", "300 mln yuan"), "CNY 300 million"],
    [written(300_000_000, "CNY", "300 million in yuan"), "CNY 300 million"],
  ])("leaves %o as %s", labelIs);

  it("near-miss: the JSON keeps the code", () => {
    const doc = reportDocumentSchema.parse(
      JSON.parse(formatJson(withFigures([written(300_000_000, "CNY", "300 million yuan")]), all, GENERATED_AT)),
    );
    const claim = doc.claims.find((c) => c.quantities.length)!;
    expect(claim.quantities[0]).toMatchObject({ value: 300_000_000, unit: "CNY", text: "300 million yuan" });
  });
});

describe("a per cent's or a bare share's group is said after 'of', as a share of a noun's is", () => {
  it.each([
    [{ ...q(20, "%", "children"), qualifier: "approximately" }, "approximately 20% of children"],
    [q(40, "%", "adults in Wales"), "40% of adults in Wales"],
    [q(0.5, "share", "nurses in Leeds"), "50% of nurses in Leeds"],
    [q(0.666667, "share", "voters"), "66.6667% of voters"],
  ])("%o reads %s", readsAs);

  it("the HTML isolates the group, the article's words, after 'of'", () => {
    expect(htmlFigures([q(40, "%", "adults in Wales")])).toBe("40% of <bdi>adults in Wales</bdi>");
    expect(htmlFigures([q(0.5, "share", "nurses in Leeds")])).toBe("50% of <bdi>nurses in Leeds</bdi>");
  });

  it.each([
    // Near-misses: a share of a noun and a group apart from it, the group the noun, a rate's
    // per cent (no "of" after its tail), and no group.
    [q(0.2, "share of children", "childrens' homes"), "20% of children (of childrens' homes)"],
    [q(0.2, "share of children", "children"), "20% of children"],
    [q(3, "% per year", "pensioners"), "3% per year (of pensioners)"],
    [q(40, "%"), "40%"],
    [q(0.5, "share"), "50%"],
  ])("leaves %o as %s", labelIs);
});

describe("an age or a length read from a compound is written as one", () => {
  it.each([
    [q(2, "year-old"), "2-year-old"],
    [q(6, "month-long"), "6-month-long"],
    [q(2, "year-olds"), "2-year-olds"],
    [q(1, "day-long"), "1-day-long"],
    [q(12, "week-long"), "12-week-long"],
    [q(2.5, "year-old"), "2.5-year-old"],
    // Not scaled: "2 million-year-old" is no better than the digits.
    [q(2_000_000, "year-old"), "2,000,000-year-old"],
  ])("%o reads %s", readsAs);

  it("the HTML isolates the compound's words, not the figure", () => {
    expect(htmlFigures([q(2, "year-old")])).toBe("2-<bdi>year-old</bdi>");
  });

  it.each([
    // Near-misses: rates and lengths as before, a compound of no unit of time, a negative figure,
    // and "old" or "long" not the compound's whole tail.
    [q(40, "hour-per-week"), "40 hours per week"],
    [q(-1, "day-a-week"), "-1 day-a-week"],
    [q(10, "year"), "10 years"],
    [q(3, "day shifts"), "3 day shifts"],
    [q(500, "low-income families"), "500 low-income families"],
    [q(-2, "year-old"), "-2 year-old"],
    [q(3, "year-older"), "3 year-older"],
    [q(4, "years old"), "4 years old"],
  ])("leaves %o as %s", labelIs);
});

describe("near-misses of decision 980's rules (review)", () => {
  it.each([
    // Metres written "m", the newsroom's short form of "million": "2 million m" reads as a scale
    // said twice, so the count keeps its digits, as a unit already in its scale does.
    [q(2_000_000, "m"), "2,000,000 m"],
    [q(3_000_000, "m per second"), "3,000,000 m per second"],
  ])("leaves %o as %s", readsAs);

  it("a unit of measure that is no scale's short form is still written in its scale", () => {
    readsAs(q(1_500_000, "km"), "1.5 million km");
    readsAs(q(3_000_000, "mm"), "3 million mm");
  });
});

// Decision 940: report figures left from decisions 875 and 895. A dollar read with its country's
// letters is written "A$2 million", another currency read from its name opens with its code
// ("CNY 300 million"); a sum of a million or more is written in millions, billions or trillions
// where that takes two decimals at most ("$1.2 billion"); a unit of time before a rate's tail
// takes its plural ("40 hours per week"); a share of a noun whose group opens with that noun says
// "of" once ("25% of nurses in Leeds"); and the PDF keeps a figure and its unit on one line. The
// day a claim was said stays among its dates, marked "said".
import { describe, expect, it } from "vitest";
import { quantityLabel, type Quantity, type ResolvedDate } from "@claimdesk/shared";
import { reportDocumentSchema, reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { formatHtml } from "./format-html.ts";
import { formatJson } from "./format-json.ts";
import { formatMarkdown } from "./format-markdown.ts";
import {
  csvFigures,
  labelIs,
  markdownFigures,
  pdfFiguresField,
  PDFTOTEXT_INSTALLED,
  q,
  withFigures,
} from "./report-figures.test-helper.ts";
import { GENERATED_AT } from "./test-fixture.ts";

const all = reportOptionsSchema.parse({ includeUnreviewed: "true", dismissed: "separate" });

/** The figure reads `label` in the Markdown report and in the review pane's wording. */
function readsAs(quantity: Quantity, label: string): void {
  expect(markdownFigures([quantity])).toBe(label);
  expect(quantityLabel(quantity, "en-GB")).toBe(label);
}

describe("a currency read from letters is written before the figure, as symbol currencies are", () => {
  it.each([
    [q(2_000_000, "AUD"), "A$2 million"],
    [q(2_700_000_000, "NZD"), "NZ$2.7 billion"],
    [q(40_000_000, "HKD"), "HK$40 million"],
    [q(15, "CAD per hour"), "C$15 per hour"],
    [q(2.5, "AUD"), "A$2.50"],
    [q(300_000_000, "CNY"), "CNY 300 million"],
    [q(2_000_000_000, "CHF"), "CHF 2 billion"],
    [q(-3_500_000, "NOK"), "-NOK 3.5 million"],
  ])("%o reads %s in the Markdown, the CSV and the review pane", (quantity, label) => {
    expect(markdownFigures([quantity])).toBe(label);
    expect(csvFigures([quantity])).toBe(label.startsWith("-") ? `'${label}` : label);
    expect(quantityLabel(quantity, "en-GB")).toBe(label);
  });

  it("a rate per so much of a country's dollar writes both sums with the sign", () => {
    expect(markdownFigures([q(5, "USD per 1,000 AUD")])).toBe("$5 per A$1,000");
  });

  it("the HTML writes the sign as ours and isolates only the article's words", () => {
    const html = formatHtml(withFigures([q(2_000_000, "AUD"), q(15, "CAD per hour")]), all, GENERATED_AT);
    expect(html).toContain("<dd>A$2 million; C$15 <bdi>per hour</bdi></dd>");
  });

  it.each([
    // Near-misses: "dollars" may be any country's; a counted noun in capitals is no currency.
    // "dollars" is a count, in its scale since decision 980, and still no sign.
    [q(2_000_000, "dollars"), "2 million dollars"],
    [q(3, "GDP"), "3 GDP"],
    [q(500, "LED streetlights"), "500 LED streetlights"],
  ])("leaves %o as %s", (quantity, label) => {
    expect(markdownFigures([quantity])).toBe(label);
  });
});

describe("a large sum is written in millions, billions or trillions", () => {
  it.each([
    [q(1_200_000_000, "USD"), "$1.2 billion"],
    [q(2_750_000_000, "USD"), "$2.75 billion"],
    [q(1_250_000, "GBP"), "£1.25 million"],
    [q(10_500_000, "EUR"), "€10.5 million"],
    [q(1_000_000, "JPY"), "¥1 million"],
    [q(3_100_000_000_000, "USD"), "$3.1 trillion"],
    [q(5_000_000_000, "INR"), "₹5 billion"],
    [q(1_200_000_000, "USD per year"), "$1.2 billion per year"],
  ])("%o reads %s", readsAs);

  it("a negative sum keeps its sign before the currency's", () => {
    expect(quantityLabel(q(-1_500_000, "EUR"), "en-GB")).toBe("-€1.5 million");
  });

  it("in the reader's own decimal sign in the review pane", () => {
    expect(quantityLabel(q(1_200_000_000, "EUR"), "de-DE")).toBe("€1,2 billion");
  });

  it.each([
    // Near-misses: below a million, more than two decimals in any scale, beyond the trillions,
    // and counts, which are not sums.
    [q(999_500, "USD"), "$999,500"],
    [q(1_234_567, "USD"), "$1,234,567"],
    [q(1_234_000, "USD"), "$1,234,000"],
    [q(12_345_678.9, "USD"), "$12,345,678.90"],
    [q(1e21, "USD"), "$1,000,000,000,000,000,000,000"],
    // A count in its scale since decision 980, where that gives it back exactly.
    [q(1_500_000, "people"), "1.5 million people"],
    [q(2_000_000, null), "2,000,000"],
    [q(1.5, "million people"), "1.5 million people"],
  ])("leaves %o as %s", labelIs);

  it("near-miss: the JSON keeps the exact value and the stored unit", () => {
    const doc = reportDocumentSchema.parse(
      JSON.parse(formatJson(withFigures([q(1_200_000_000, "USD")]), all, GENERATED_AT)),
    );
    const claim = doc.claims.find((c) => c.quantities.length)!;
    expect(claim.quantities[0]).toMatchObject({ value: 1_200_000_000, unit: "USD" });
    expect(doc.schemaVersion).toBe("1.2");
  });
});

describe("a unit of time before a rate's tail takes its plural", () => {
  it.each([
    [q(40, "hour per week"), "40 hours per week"],
    [q(40, "hour-per-week"), "40 hours per week"],
    [q(24, "hour-a-day"), "24 hours a day"],
    [q(3, "day-a-week"), "3 days a week"],
    [q(37.5, "hour per week"), "37.5 hours per week"],
  ])("%o reads %s", readsAs);

  it.each([
    // Near-misses: after 1, an age, a length of time, a counted noun, and the extractor's own plural.
    [q(1, "hour per week"), "1 hour per week"],
    [q(-1, "day-a-week"), "-1 day-a-week"],
    // An age and a length as one compound since decision 980, and still no plural.
    [q(2, "year-old"), "2-year-old"],
    [q(6, "month-long"), "6-month-long"],
    [q(3, "day shifts"), "3 day shifts"],
    [q(40, "hours per week"), "40 hours per week"],
    [q(40, "hour"), "40 hours"],
  ])("leaves %o as %s", labelIs);
});

describe("a share of a noun whose group opens with that noun says 'of' once", () => {
  it("one in four nurses in Leeds: 25% of nurses in Leeds", () => {
    const quantity = q(0.25, "share of nurses", "nurses in Leeds");
    expect(markdownFigures([quantity])).toBe("25% of nurses in Leeds");
    expect(csvFigures([quantity])).toBe("25% of nurses in Leeds");
    expect(quantityLabel(quantity, "en-GB")).toBe("25% of nurses in Leeds");
  });

  it("the HTML isolates the group, the article's words", () => {
    const html = formatHtml(withFigures([q(0.25, "share of nurses", "nurses in Leeds")]), all, GENERATED_AT);
    expect(html).toContain("<dd>25% of <bdi>nurses in Leeds</bdi></dd>");
  });

  it.each([
    // Near-misses: the group the noun itself, a group apart from the noun, and a percentage's group.
    [q(0.2, "share of children", "children"), "20% of children"],
    [q(0.2, "share of children", "childrens' homes"), "20% of children (of childrens' homes)"],
    // A bare share's and a per cent's group after "of", with no brackets, since decision 980.
    [q(0.5, "share", "nurses in Leeds"), "50% of nurses in Leeds"],
    [q(25, "%", "nurses in Leeds"), "25% of nurses in Leeds"],
  ])("leaves %o as %s", labelIs);
});

describe("the day a claim was said stays among its dates, marked", () => {
  const said: ResolvedDate = {
    text: "on Tuesday",
    start: 0,
    end: 10,
    value: "2026-05-05",
    granularity: "day",
    relative: true,
    ofStatement: true,
  };
  const lastYear: ResolvedDate = {
    text: "last year",
    start: 20,
    end: 29,
    value: "2025",
    granularity: "year",
    relative: true,
  };

  it("near-miss: the Markdown lists it after the claim's own date, marked 'said'", () => {
    const data = withFigures([], [lastYear, said]);
    const md = formatMarkdown(data, all, GENERATED_AT);
    expect(md).toContain("- **Dates:** last year → 2025 (resolved); said on Tuesday → 2026-05-05 (resolved)\n");
  });

  it("near-miss: the JSON marks it ofStatement", () => {
    const doc = JSON.parse(formatJson(withFigures([], [said]), all, GENERATED_AT)) as {
      claims: Array<{ dates: Array<{ ofStatement: boolean }> }>;
    };
    expect(doc.claims.flatMap((c) => c.dates)).toEqual([expect.objectContaining({ ofStatement: true })]);
  });
});

describe.skipIf(!PDFTOTEXT_INSTALLED)("the PDF keeps a figure and its unit on one line", () => {
  // Enough figures for the Figures field to wrap several times, whatever the page's width.
  const figures = Array.from({ length: 40 }, (_, i) => q(10 + i * 7, i % 2 ? "hour" : "deportations"));

  it("no line of the Figures field ends on a number", async () => {
    const field = await pdfFiguresField(withFigures(figures));
    expect(field.length).toBeGreaterThan(2);
    for (const line of field) expect(line.trimEnd()).not.toMatch(/\d$/);
    // Every figure is there, with its unit after it, read back with ordinary spaces.
    const text = field.join(" ");
    for (const f of figures) expect(text).toContain(`${f.value} ${f.unit === "hour" ? "hours" : "deportations"}`);
  });

  it("a large sum keeps its scale on its line too", async () => {
    const sums = Array.from({ length: 30 }, (_, i) => q((i + 1) * 1_100_000_000, "USD"));
    const field = await pdfFiguresField(withFigures(sums));
    expect(field.length).toBeGreaterThan(2);
    for (const line of field) expect(line.trimEnd()).not.toMatch(/\d$/);
    const text = field.join(" ");
    for (let i = 1; i <= 30; i++) expect(text).toContain(`$${Number((i * 1.1).toPrecision(12))} billion`);
  });

  it("a currency's code stays on its line with the figure after it", async () => {
    const sums = Array.from({ length: 30 }, (_, i) => q((i + 1) * 1_000_000, "CNY"));
    const field = await pdfFiguresField(withFigures(sums));
    expect(field.length).toBeGreaterThan(2);
    for (const line of field) expect(line.trimEnd()).not.toMatch(/CNY$/);
    const text = field.join(" ");
    for (let i = 1; i <= 30; i++) expect(text).toContain(`CNY ${i} million`);
  });
});

describe("near-misses of decision 940's rules", () => {
  it.each([
    // A sum with more digits than the scale's twelve-digit rounding keeps: "$1,000 trillion" and
    // "$1,000 billion" wrote a figure the sum is not, in a scale it does not reach.
    [q(999_999_999_999_999, "USD"), "$999,999,999,999,999"],
    [q(999_999_999_999.99, "USD"), "$999,999,999,999.99"],
    [q(1_000_000_000_000.4, "USD"), "$1,000,000,000,000.40"],
  ])("leaves %o as %s", readsAs);

  it("still writes in its scale a sum the extractor read with the float's noise", () => {
    labelIs(q(1.1 * 1e6, "USD"), "$1.1 million");
    labelIs(q(4.35 * 1e9, "GBP"), "£4.35 billion");
  });
});

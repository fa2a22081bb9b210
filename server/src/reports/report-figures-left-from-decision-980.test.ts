// Decision 1020: report figures left from decision 980. A currency read from its name is written
// with that name after a rate's figure too ("15 Swiss francs per hour"), and a rate per a sum after
// a currency's code writes the sum with its sign ("CNY 5 per $1,000"); the PDF keeps an age's or a
// length's compound on one line ("2-year-old"). A sheet cell's "A$2 million" is kept.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Quantity } from "@claimdesk/shared";
import { reportDocumentSchema, reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { formatJson } from "./format-json.ts";
import { formatPdf } from "./format-pdf.ts";
import {
  htmlFigures,
  labelIs,
  pdfFiguresField,
  PDFTOTEXT_INSTALLED,
  q,
  readsAs,
  withFigures,
  written,
} from "./report-figures.test-helper.ts";
import { GENERATED_AT } from "./test-fixture.ts";

const all = reportOptionsSchema.parse({ includeUnreviewed: "true", dismissed: "separate" });

/** The claim's first figure as the JSON report stores it. */
function jsonFigure(quantity: Quantity): unknown {
  const doc = reportDocumentSchema.parse(JSON.parse(formatJson(withFigures([quantity]), all, GENERATED_AT)));
  return doc.claims.find((c) => c.quantities.length)!.quantities[0];
}

describe("a currency read from its name is written with that name after a rate's figure", () => {
  it.each([
    [written(15, "CHF per hour", "15 Swiss francs per hour"), "15 Swiss francs per hour"],
    [written(2_000_000, "CHF per year", "2 million Swiss francs a year"), "2 million Swiss francs per year"],
    [written(2_500_000_000, "CNY per year", "2.5 billion yuan a year"), "2.5 billion yuan per year"],
    [written(200, "NOK per hour", "200 Norwegian crowns an hour"), "200 Norwegian crowns per hour"],
    [written(12, "CNY per kilogram", "12 yuan per kilogram"), "12 yuan per kilogram"],
    [written(40_000_000, "SEK per year", "40m Swedish crowns each year"), "40 million Swedish crowns per year"],
    // "per 1,000 yuan of sales": the extractor reads a rate per a thousand, the yuan after it not kept.
    [written(5, "CNY per 1,000", "5 yuan per 1,000"), "5 yuan per 1,000"],
    [written(5, "CNY per 1,000 USD", "5 yuan per $1,000"), "5 yuan per $1,000"],
  ])("%o reads %s", readsAs);

  it("after its qualifier, with a negative sign, and with the name and the tail isolated in the HTML", () => {
    labelIs(
      written(15, "CHF per hour", "About 15 Swiss francs per hour", "approximately"),
      "approximately 15 Swiss francs per hour",
    );
    labelIs(written(-300, "CHF per month", "300 Swiss francs a month"), "-300 Swiss francs per month");
    expect(htmlFigures([written(15, "CHF per hour", "15 Swiss francs per hour")])).toBe(
      "15 <bdi>Swiss francs</bdi> <bdi>per hour</bdi>",
    );
  });

  it("a rate per a sum after a currency's code writes the sum with its sign, as after a sign", () => {
    readsAs(q(5, "CNY per 1,000 USD"), "CNY 5 per $1,000");
    readsAs(written(3, "CHF per 100 GBP", "CHF 3 per £100"), "CHF 3 per £100");
  });

  it.each([
    // Near-misses: the code the article wrote, no text, words between the name and the rate, a
    // lowercase word before the name, a rate the text does not say, and a currency that is a
    // counted noun.
    [written(15, "CHF per hour", "CHF 15 per hour"), "CHF 15 per hour"],
    [q(15, "CHF per hour"), "CHF 15 per hour"],
    [written(15, "CHF per hour", "15 Swiss francs ($17) per hour"), "CHF 15 per hour"],
    [written(15, "CHF per hour", "15 in Swiss francs per hour"), "CHF 15 per hour"],
    [written(15, "CHF per hour", "15 Swiss francs hourly"), "CHF 15 per hour"],
    [written(300, "CNY per 1,000", "300 mln yuan per 1,000"), "CNY 300 per 1,000"],
    [written(15, "francs per hour", "15 francs per hour"), "15 francs per hour"],
    [written(15, "USD per hour", "$15 an hour"), "$15 per hour"],
  ])("leaves %o as %s", labelIs);

  it("near-miss: the JSON keeps the code and the article's words", () => {
    expect(jsonFigure(written(15, "CHF per hour", "15 Swiss francs per hour"))).toMatchObject({
      value: 15,
      unit: "CHF per hour",
      text: "15 Swiss francs per hour",
    });
  });
});

describe.skipIf(!PDFTOTEXT_INSTALLED)("the PDF keeps an age's or a length's compound on one line", () => {
  // Enough compounds for the Figures field to wrap several times, whatever the page's width.
  const compounds = Array.from({ length: 40 }, (_, i) => q(2 + i, i % 2 ? "month-long" : "year-old"));

  it("no line of the Figures field ends on a hyphen, and every compound reads back whole", async () => {
    const field = await pdfFiguresField(withFigures(compounds));
    expect(field.length).toBeGreaterThan(2);
    for (const line of field) expect(line.trimEnd()).not.toMatch(/-$/);
    const text = field.join(" ");
    for (const c of compounds) expect(text).toContain(`${c.value}-${c.unit}`);
  });
});

describe("near-misses of decision 1020's rules", () => {
  it("the Markdown, the HTML and the CSV write a compound's plain hyphens", () => {
    readsAs(q(2, "year-old"), "2-year-old");
    expect(htmlFigures([q(6, "month-long")])).toBe("6-<bdi>month-long</bdi>");
  });

  it("a sheet cell keeps the readable line of a country's dollar; the JSON keeps its code", () => {
    readsAs(q(2_000_000, "AUD"), "A$2 million");
    expect(jsonFigure(q(2_000_000, "AUD"))).toMatchObject({ value: 2_000_000, unit: "AUD" });
  });

  it.each([
    // A sum by name with no rate, as decision 980 wrote it, and a rate with no currency.
    [written(300_000_000, "CNY", "300 million yuan"), "300 million yuan"],
    [written(300_000_000, "CNY", "300 million yuan ($41 million)"), "CNY 300 million"],
    [q(40, "hour-per-week"), "40 hours per week"],
    [q(5, "USD per 1,000 USD"), "$5 per $1,000"],
  ])("leaves %o as %s", readsAs);
});

describe.skipIf(!PDFTOTEXT_INSTALLED)("near-misses of decision 1020's rules (review)", () => {
  /**
   * The extents of the words pdftotext finds on the page, left to right as drawn; words that touch
   * are one (pdftotext parts a word at a joiner it reads back), so what is compared is where the
   * page draws ink, not how the text is read back (the same on both: decision 1020's test).
   */
  async function drawnWords(claimText: string): Promise<string[]> {
    const data = withFigures([]);
    data.claims[0] = { ...data.claims[0]!, text: claimText };
    const file = path.join(mkdtempSync(path.join(tmpdir(), "report-figures-1020-")), "report.pdf");
    writeFileSync(file, await formatPdf(data, all, GENERATED_AT));
    const boxes = execFileSync("/usr/bin/pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
    const words: Array<{ x0: number; x1: number; y: string }> = [];
    for (const [, x0, y, x1] of boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"/g)) {
      const last = words[words.length - 1];
      if (last && last.y === y && Math.abs(Number(x0) - last.x1) < 0.05) last.x1 = Number(x1);
      else words.push({ x0: Number(x0), x1: Number(x1), y: y! });
    }
    return words.map((w) => `${w.x0.toFixed(1)}-${w.x1.toFixed(1)} ${w.y}`);
  }

  it("a word joiner the article wrote inside an Arabic word is drawn in the word, which keeps its joined letters", async () => {
    // The joiner has no width in the PDF's fonts: the words are drawn as if it were not there. Left
    // out of the drawn pieces, it would cut the word in two, each half shaped alone ("بي" "نت").
    const joined = await drawnWords(
      "Said: \u0628\u064a\u2060\u0646\u062a and \u0641\u0644\u2060\u0633\u0637\u064a\u0646, fee\u2060s",
    );
    const plain = await drawnWords("Said: \u0628\u064a\u0646\u062a and \u0641\u0644\u0633\u0637\u064a\u0646, fees");
    expect(joined).toEqual(plain);
  });
});

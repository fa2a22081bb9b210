// Report data with a claim's figures and dates set by hand, for the tests of how reports write
// them (decisions 875, 895, 900, 940, 980 and 1020), and the Figures line those reports print.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { quantityLabel, type Quantity, type ResolvedDate } from "@claimdesk/shared";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { formatCsv } from "./format-csv.ts";
import { formatHtml } from "./format-html.ts";
import { formatMarkdown } from "./format-markdown.ts";
import { formatPdf } from "./format-pdf.ts";
import { parseCsv } from "./parse-csv.test-helper.ts";
import type { ReportData } from "./report-data.ts";
import { GENERATED_AT, reportFixture } from "./test-fixture.ts";

/** Options that list every claim, so the claim with the figures is in every format. */
const all = reportOptionsSchema.parse({ includeUnreviewed: "true", dismissed: "separate" });

/** A figure as the extractor stores it, anchored at the body's start; `group` for a share's group. */
export function q(value: number, unit: string | null, group?: string): Quantity {
  return { text: String(value), start: 0, end: 1, value, unit, qualifier: null, ...(group ? { group } : {}) };
}

/** A figure with the article's words for it, as the extractor stores them. */
export function written(value: number, unit: string, text: string, qualifier: string | null = null): Quantity {
  return { ...q(value, unit), text, qualifier };
}

/** The report fixture with its first claim's figures and dates replaced. */
export function withFigures(quantities: Quantity[], dates: ResolvedDate[] = []): ReportData {
  const data = reportFixture();
  data.claims[0] = { ...data.claims[0]!, quantities, dates };
  return data;
}

/**
 * The Markdown report's Figures line of the claim with these figures, as it renders: escapeMarkdown
 * guards a field opening with "-" or "37." as it does any field ("\-", "37\.").
 */
export function markdownFigures(quantities: Quantity[]): string {
  const md = formatMarkdown(withFigures(quantities), all, GENERATED_AT);
  return /- \*\*Figures:\*\* (.*)\n/.exec(md)![1]!.replace(/\\([-.])/g, "$1");
}

/** The CSV's figures cell of the claim with these figures. */
export function csvFigures(quantities: Quantity[]): string {
  const rows = parseCsv(formatCsv(withFigures(quantities), all, GENERATED_AT).replace(/^\uFEFF/, ""));
  const col = rows[0]!.indexOf("figures");
  return rows.slice(1).find((r) => r[col])![col]!;
}

/** The HTML report's Figures field of the claim with these figures. */
export function htmlFigures(quantities: Quantity[]): string {
  const html = formatHtml(withFigures(quantities), all, GENERATED_AT);
  return /<dt>Figures<\/dt>\s*<dd>(.*?)<\/dd>/.exec(html)![1]!;
}

/** The figure reads `label` in the Markdown report, the CSV and the review pane's wording. */
export function readsAs(quantity: Quantity, label: string): void {
  expect(markdownFigures([quantity])).toBe(label);
  expect(csvFigures([quantity])).toBe(label);
  expect(quantityLabel(quantity, "en-GB")).toBe(label);
}

/** The review pane's wording, which every report writes (near-misses). */
export function labelIs(quantity: Quantity, label: string): void {
  expect(quantityLabel(quantity, "en-GB")).toBe(label);
}

const PDFTOTEXT = "/usr/bin/pdftotext";

/** Whether the PDF's text can be read back here (poppler-utils); the PDF tests are skipped without it. */
export const PDFTOTEXT_INSTALLED = existsSync(PDFTOTEXT);

/**
 * The PDF report's Figures field of the claim with these figures, line by line as pdftotext reads
 * it back: from "Figures:" to the first line with no digit. No-break spaces read as spaces.
 */
export async function pdfFiguresField(data: ReportData): Promise<string[]> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "report-figures-")), "report.pdf");
  writeFileSync(file, await formatPdf(data, all, GENERATED_AT));
  const lines = execFileSync(PDFTOTEXT, [file, "-"], { encoding: "utf8" })
    .replace(/\u00a0/g, " ")
    .split("\n");
  const first = lines.findIndex((l) => l.startsWith("Figures:"));
  return lines.slice(
    first,
    lines.findIndex((l, i) => i > first && !/\d/.test(l)),
  );
}

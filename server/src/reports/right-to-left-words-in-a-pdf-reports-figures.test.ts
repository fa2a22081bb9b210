// Decision 900: the article's own right-to-left words in a figure's unit or group, or in a date as
// written, are isolated in the PDF as they are in the HTML (<bdi>), so they do not carry the figure,
// the parentheses or the resolved date to their side. Read back with poppler (pdftotext).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ResolvedDate } from "@claimdesk/shared";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { formatPdf } from "./format-pdf.ts";
import { q, withFigures } from "./report-figures.test-helper.ts";
import type { ReportData } from "./report-data.ts";
import { GENERATED_AT } from "./test-fixture.ts";

const PDFTOTEXT = "/usr/bin/pdftotext";
const all = reportOptionsSchema.parse({ includeUnreviewed: "true", dismissed: "separate" });

function date(text: string, value: string): ResolvedDate {
  return { text, start: 0, end: text.length, value, granularity: "month", relative: true };
}

/**
 * The words of the line opening with `label`, left to right as drawn (pdftotext -bbox), so that the
 * test sees the glyphs' visual order, not pdftotext's own reordering of it.
 */
async function drawnLine(data: ReportData, label: string): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "report-rtl-figures-")), "report.pdf");
  writeFileSync(file, await formatPdf(data, all, GENERATED_AT));
  const boxes = execFileSync(PDFTOTEXT, ["-bbox", file, "-"], { encoding: "utf8" });
  const words = Array.from(boxes.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g), (m) => ({
    x: Number(m[1]),
    y: m[2],
    word: m[3]!,
  }));
  const y = words.find((w) => w.word === label)?.y;
  return words
    .filter((w) => w.y === y)
    .sort((a, b) => a.x - b.x)
    .map((w) => w.word)
    .join(" ");
}

/** Right-to-left words as they are drawn, left to right (no combining marks in these samples). */
const drawn = (words: string) => Array.from(words).reverse().join("");

describe.skipIf(!existsSync(PDFTOTEXT))("right-to-left words in a PDF report's figures and dates", () => {
  it("keeps the arrow and the resolved date after an Arabic or Hebrew date as written", async () => {
    const data = withFigures([], [date("في يناير", "2025-01"), date("בינואר", "2025-01")]);
    const line = await drawnLine(data, "Dates:");
    expect(line).toBe(`Dates: ${drawn("في يناير")} → 2025-01 (resolved); ${drawn("בינואר")} → 2025-01 (resolved)`);
  });

  it("keeps an Arabic unit after its figure", async () => {
    const line = await drawnLine(withFigures([q(3, "مليون جنيه"), q(12, "%")]), "Figures:");
    expect(line).toBe(`Figures: 3 ${drawn("مليون جنيه")}; 12%`);
  });

  it("draws no isolate mark, even for marks already in the data (the base tree drew a space)", async () => {
    const line = await drawnLine(withFigures([q(1, "\u2069x\u2068 units", "g\u2069")]), "Figures:");
    expect(line).toBe("Figures: 1 x units (of g)");
  });

  // Near-misses: lines drawn the same on the base tree.
  // The parentheses paired (bidi rule N0) with "of" inside them, so they were already drawn left to
  // right. Since decision 980 the group follows "of" with no brackets, isolated, in the same order.
  it("keeps the figure and an Arabic group after 'of' in reading order", async () => {
    const line = await drawnLine(withFigures([q(40, "%", "البالغين في مصر"), q(5, "rockets")]), "Figures:");
    expect(line).toBe(`Figures: 40% of ${drawn("البالغين في مصر")}; 5 rockets`);
  });

  it("leaves Latin figures and dates as they were", async () => {
    const data = withFigures([q(40, "%", "adults in Egypt"), q(5, "rockets")], [date("in January", "2025-01")]);
    // The group after "of", with no brackets, since decision 980.
    expect(await drawnLine(data, "Figures:")).toBe("Figures: 40% of adults in Egypt; 5 rockets");
    expect(await drawnLine(data, "Dates:")).toBe("Dates: in January → 2025-01 (resolved)");
  });

  it("leaves an Arabic figure with no Latin after it as it was", async () => {
    const line = await drawnLine(withFigures([q(3, "مليون جنيه")]), "Figures:");
    expect(line).toBe(`Figures: 3 ${drawn("مليون جنيه")}`);
  });
});

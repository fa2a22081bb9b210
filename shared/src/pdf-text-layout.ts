// A PDF holds positioned runs of text, not paragraphs. This rebuilds the article's paragraphs from
// the runs' positions the way a reader sees them: runs on one baseline form a line, a wider gap or
// a change of type size starts a paragraph, words hyphenated at a line's end are joined again, and
// the running header, footer and page numbers that repeat on every page are dropped, so that no
// claim is made of "Springfield Gazette — Page 3" and no sentence is cut at a page break.

import {
  endsSentence,
  linesOf,
  paragraphGap,
  sameSize,
  usualLineSpacing,
  type Line,
  type PdfPageRuns,
} from "./pdf-lines.ts";
import { runningFurniture, withoutFurniture } from "./pdf-page-furniture.ts";
import { pdfTables, tableGoesOn } from "./pdf-table-rows.ts";

export type { PdfPageRuns, PdfTextRun } from "./pdf-lines.ts";

/** Paragraphs separated by blank lines, ready to be imported as plain text. */
export function layoutPdfText(pages: readonly PdfPageRuns[]): string {
  const pageLines = pages.map((page) => linesOf(page.runs));
  const furniture = runningFurniture(pageLines);
  const paragraphs: string[] = [];
  let carried: PageParagraphs | null = null;
  for (const lines of pageLines) {
    const page = paragraphsOf(withoutFurniture(lines, furniture));
    if (page.paragraphs.length === 0) continue;
    if (carried) {
      const last = carried.paragraphs.at(-1)!;
      // A paragraph cut by the page break goes on at the top of the next page: one that stops
      // mid-sentence, or whose last line ran to the margin unless the next page starts indented.
      // A table (pdf-table-rows.ts) neither goes on nor is gone on with by text; its rows go on
      // at the top of the next page when they have no header of their own.
      const goesOn =
        !isTable(last) &&
        !isTable(page.paragraphs[0]!) &&
        (!endsSentence(last) || (carried.lastLineFull && !page.firstLineIndented));
      if (goesOn) page.paragraphs[0] = joinLines(last, page.paragraphs[0]!);
      else if (isTable(last) && isTable(page.paragraphs[0]!) && tableGoesOn(last, page.paragraphs[0]!))
        page.paragraphs[0] = `${last}\n${page.paragraphs[0]!}`;
      else paragraphs.push(last);
    }
    paragraphs.push(...page.paragraphs.slice(0, -1));
    carried = page;
  }
  if (carried) paragraphs.push(carried.paragraphs.at(-1)!);
  return paragraphs.filter((p) => p.length > 0).join("\n\n");
}

/** Only a table's paragraph holds a line break: a paragraph of text is one line. */
const isTable = (paragraph: string): boolean => paragraph.includes("\n");

interface PageParagraphs {
  /** Each one line of text. */
  paragraphs: string[];
  /** The page's last line runs to its column's right margin. */
  lastLineFull: boolean;
  /** The page's first line is indented, as a paragraph's first line is. */
  firstLineIndented: boolean;
}

/** A page's lines grouped into paragraphs. */
function paragraphsOf(lines: Line[]): PageParagraphs {
  placeInColumns(lines);
  const spacing = usualLineSpacing(lines);
  const tables = pdfTables(lines);
  const paragraphs: string[] = [];
  let current = "";
  for (let i = 0, t = 0; i < lines.length; i++) {
    // A table is a paragraph of its own, a row a line.
    if (tables[t]?.first === i) {
      if (current) paragraphs.push(current);
      paragraphs.push(tables[t]!.text);
      current = "";
      i = tables[t++]!.end - 1;
      continue;
    }
    const line = lines[i]!;
    const prev = lines[i - 1];
    if (prev && current && !startsParagraph(prev, line, spacing)) {
      current = joinLines(current, line.text);
      continue;
    }
    if (current) paragraphs.push(current);
    current = line.text;
  }
  if (current) paragraphs.push(current);
  const last = lines.at(-1);
  return {
    paragraphs,
    lastLineFull: last !== undefined && isFull(last),
    firstLineIndented: lines[0] !== undefined && isIndented(lines[0]),
  };
}

/**
 * In justified text every line but a paragraph's last ends at the margin, to within rounding; a
 * last line that happens to come near it (90%) still ends the paragraph. Ragged text gets 15%.
 */
const JUSTIFIED_SLACK = 0.015;

/**
 * Gives each line the edges of its column: lines whose left ends lie within 2 em of each other,
 * an indented first line with the lines under it, share a column; a second column starts further
 * right. Sorting by x keeps this O(n log n) for pages of thousands of lines (tables).
 */
function placeInColumns(lines: Line[]): void {
  const byX = [...lines].sort((a, b) => a.x - b.x);
  let start = 0;
  for (let i = 1; i <= byX.length; i++) {
    const next = byX[i];
    if (next && next.x - byX[i - 1]!.x <= 2 * next.fontSize) continue;
    const column = byX.slice(start, i);
    const left = column[0]!.x;
    const right = Math.max(...column.map((l) => l.endX));
    const atMargin = column.filter((l) => l.endX >= right - JUSTIFIED_SLACK * (right - left)).length;
    for (const l of column) {
      l.columnLeft = left;
      l.columnRight = right;
      l.columnLines = column.length;
      l.columnJustified = atMargin >= 0.4 * column.length;
    }
    start = i;
  }
}

const columnWidth = (line: Line): number => line.columnRight - line.columnLeft;
/**
 * Runs to its column's right margin, as every line of a paragraph but its last does. A column of
 * a few lines shows no margin to run to.
 */
const isFull = (line: Line): boolean =>
  line.columnLines >= 4 &&
  line.endX >= line.columnRight - (line.columnJustified ? JUSTIFIED_SLACK : 0.15) * columnWidth(line);
/** Ends well short of the margin, as a paragraph's last line does. */
const isShort = (line: Line): boolean => line.endX - line.columnLeft < 0.7 * columnWidth(line);
const isIndented = (line: Line): boolean => line.x > line.columnLeft + 0.8 * line.fontSize;

function startsParagraph(prev: Line, line: Line, spacing: number): boolean {
  const gap = prev.y - line.y;
  // Moving up the page: a new column, or a block placed out of order. A paragraph goes on into
  // the next column when it stopped mid-sentence or its last line there ran to the margin, and
  // the new line is in the same type and not indented.
  if (gap <= 0) {
    const goesOn = !endsSentence(prev.text) || isFull(prev);
    return !(goesOn && sameSize(prev, line) && !isIndented(line));
  }
  // A headline, a subheading or a caption in another type size.
  if (!sameSize(prev, line)) return true;
  if (gap > paragraphGap(spacing, line)) return true;
  // No space between paragraphs: a short line ending a sentence, or an indented first line.
  return endsSentence(prev.text) && (isShort(prev) || isIndented(line));
}

/**
 * Two lines of one paragraph: a word split by a soft hyphen, or by a hyphen between lowercase
 * letters at the line's end ("govern-" + "ment"), is joined; every other break is a space.
 */
function joinLines(before: string, after: string): string {
  if (!before) return after;
  if (before.endsWith("\u00ad")) return before.slice(0, -1) + after;
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

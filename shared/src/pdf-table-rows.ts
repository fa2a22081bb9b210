// A table in a PDF is runs of text placed in columns: the text layer has no cells, and runs on one
// baseline read as one line ("Camden £2,450 +7.1%"), so the rows of a table ran together into one
// paragraph. This finds the lines that stand in a grid of figures and writes each as one line with
// its cells set apart by tabs, as cells pasted from a spreadsheet are, so the extractor reads the
// table row by row (server/src/extract/text/table-rows.ts).

import { sameSize, type Line, type LinePart } from "./pdf-lines.ts";

export interface PdfTable {
  /** The table is lines[first, end). */
  first: number;
  end: number;
  /** A row a line, cells set apart by tabs. */
  text: string;
}

/** At least this many lines, the first of which may be the header. */
const MIN_LINES = 3;
/** A gap narrower than this (in ems) between runs is inside a cell, not between columns. */
const MIN_COLUMN_GAP = 0.08;
/** A wider gap (in ems) than a word space: runs a word space apart are one header cell. */
const WORD_GAP = 0.5;
/** "£2,450", "+7.1%", "1.2m", "n/a", "–": a cell that is a figure alone. */
const FIGURE_CELL = /^(?:[-+−±~≈]?\s?(?:[A-Z]{0,2}[$€£¥])?\s?\d[\d,.]*\s?(?:%|[kKmM]|bn|pts?)?|n\/a|N\/A|[—–-])$/u;
/** A cell of this many words holds a sentence: the lines are prose, not a table. */
const PROSE_WORDS = 10;

/**
 * The tables among a page's lines: three or more consecutive lines in one type size, each of two
 * or more runs, whose runs fall into the same columns (set apart by a gap no line's text crosses),
 * every line below the first having text in every column and one column other than the first
 * holding a figure in each of them. Lines of prose never qualify: a line of a paragraph crosses
 * the gaps of the others, and no column of it is all figures.
 */
export function pdfTables(lines: readonly Line[]): PdfTable[] {
  const tables: PdfTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.parts.length < 2) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && followsInGrid(lines[j - 1]!, lines[j]!)) j++;
    // A lead-in line set in two runs ("Figures from the **ONS** show:") may stand on top.
    const table =
      j - i >= MIN_LINES
        ? (gridOf(lines, i, j) ?? (j - i > MIN_LINES && readsAsOneStretch(lines[i]!) ? gridOf(lines, i + 1, j) : null))
        : null;
    if (table !== null) tables.push(table);
    i = j;
  }
  return tables;
}

/**
 * Does the line read as one stretch of text, its runs a word space apart at most? A lead-in set in
 * runs ("Figures from the " "ONS" " show:") does; a header's first line ("2024" over two columns,
 * "Average" "Change on" over "monthly rent" "the year") stands in columns and is part of the table,
 * which is then not read as one (it stays text rather than lose its header).
 */
function readsAsOneStretch(line: Line): boolean {
  const parts = [...line.parts].sort((a, b) => a.x - b.x);
  return parts.every((p, k) => k === 0 || p.x - parts[k - 1]!.endX < WORD_GAP * line.fontSize);
}

/** The next line of a grid: two runs or more, the same type size, right below. */
function followsInGrid(prev: Line, line: Line): boolean {
  const drop = prev.y - line.y;
  return line.parts.length >= 2 && sameSize(prev, line) && drop > 0 && drop < 2.5 * line.fontSize;
}

interface Column {
  x: number;
  endX: number;
}

function gridOf(lines: readonly Line[], first: number, end: number): PdfTable | null {
  const block = lines.slice(first, end);
  const columns = columnsOf(block);
  if (columns.length < 2) return null;
  // Which column each line has text in. The first line may be a header whose words stand where
  // the rows' figures do not ("Average" "rent" over "£2,450", "Change" left of right-aligned
  // figures): its cells are counted (headerCells) or, failing that, a column only it fills joins
  // the nearest column the rows fill.
  const used = block.map((line) => columns.map((c) => line.parts.some((p) => inColumn(p, c))));
  const keep: number[] = [];
  for (let c = 0; c < columns.length; c++) {
    const rows = used.slice(1).filter((u) => u[c]).length;
    if (rows === used.length - 1) keep.push(c);
    else if (rows > 0) return null;
  }
  if (keep.length < 2) return null;
  const owner = columns.map((col, c) => {
    let k = 0;
    while (k + 1 < keep.length && keep[k + 1]! <= c) k++;
    if (keep[k] === c || k + 1 >= keep.length || c < keep[0]!) return c < keep[0]! ? 0 : k;
    const toLeft = col.x - columns[keep[k]!]!.endX;
    const toRight = columns[keep[k + 1]!]!.x - col.endX;
    return toRight < toLeft ? k + 1 : k;
  });
  const cells = block.map((line, i) => {
    const header = i === 0 ? headerCells(line, keep.length) : null;
    if (header !== null) return header.map(cellText);
    const out: LinePart[][] = keep.map(() => []);
    for (const p of line.parts) {
      const c = columns.findIndex((col) => inColumn(p, col));
      out[owner[c]!]!.push(p);
    }
    return out.map(cellText);
  });
  if (cells.some((row) => row.some((cell) => cell.split(" ").length >= PROSE_WORDS))) return null;
  // Labels that open in lowercase ("after a debate that lasted", "against. The leader said") are the
  // lines of a paragraph beside a column of figures (a sidebar), not a table's labels.
  if (cells.slice(1).filter((row) => /^\p{Ll}/u.test(row[0]!)).length >= 2) return null;
  const figures = (k: number): boolean => {
    const column = cells.slice(1).map((row) => row[k]!);
    return column.every((cell) => FIGURE_CELL.test(cell)) && !listsYearsOrPages(column);
  };
  if (!keep.some((_, k) => k > 0 && figures(k))) return null;
  // Two columns, a label and a figure, are a table only under a header that holds no figure: a
  // contents page ("Governance 21"), a CV's dates and a list of references are lines of that shape.
  if (keep.length === 2 && cells[0]!.some((cell) => cell === "" || FIGURE_CELL.test(cell))) return null;
  if (strayAbove(lines, first, columns) || strayBelow(lines, end, columns)) return null;
  return { first, end, text: cells.map((row) => row.join("\t")).join("\n") };
}

/**
 * Is the line right above the grid (the same type size, within a row's spacing) a part of the
 * table the grid leaves out: a header's cells that stand over the figures alone ("the year" under
 * "Change on", "2024" over two columns), a wrapped row's figures, or a label's line that wrapped
 * ("Kensington and Chelsea" under "Royal Borough of")? Then the grid is not the table, and the
 * lines stay text, as they were before tables were read: a table cut there would lose its header,
 * or a row its label.
 */
function strayAbove(lines: readonly Line[], first: number, columns: readonly Column[]): boolean {
  const prev = lines[first - 1];
  const line = lines[first]!;
  if (prev === undefined || !near(prev, line, 3) || ENDS_LEAD_IN.test(prev.text)) return false;
  // A wrapped row's figures stand a line higher than its next row's: the drop spans two lines.
  return prev.parts.every((p) => p.x > columns[0]!.endX) || wrappedLabel(prev, columns);
}

/** Is the line right below the grid a label's wrapped line ("Kensington and Chelsea")? */
function strayBelow(lines: readonly Line[], end: number, columns: readonly Column[]): boolean {
  const next = lines[end];
  return next !== undefined && near(lines[end - 1]!, next, 2.5) && wrappedLabel(next, columns);
}

/** One run within the first column, that ends no sentence and names no source ("Source: ONS"). */
function wrappedLabel(line: Line, columns: readonly Column[]): boolean {
  if (line.parts.length !== 1 || ENDS_LEAD_IN.test(line.text) || /^(?:Sources?|Data|Figures|Notes?)\b/.test(line.text))
    return false;
  const p = line.parts[0]!;
  return Math.abs(p.x - columns[0]!.x) < line.fontSize && p.endX < columns[1]!.x;
}

/** A line that ends as a lead-in or a sentence does. */
const ENDS_LEAD_IN = /[:.!?]["”’)]?$/;

/** Two lines in one type size, the second below the first by less than `ems`. */
function near(upper: Line, lower: Line, ems: number): boolean {
  const drop = upper.y - lower.y;
  return sameSize(upper, lower) && drop > 0 && drop < ems * lower.fontSize;
}

/**
 * A column of years alone (a CV's, a reference list's) or of page numbers (small whole numbers that
 * rise down the column, a contents page's) holds no figure a row states.
 */
function listsYearsOrPages(column: readonly string[]): boolean {
  if (column.every((cell) => /^(?:1[89]|20)\d\d$/.test(cell))) return true;
  const numbers = column.map((cell) => (/^\d{1,3}$/.test(cell) ? Number(cell) : NaN));
  return numbers.every((n, k) => !Number.isNaN(n) && (k === 0 || n > numbers[k - 1]!));
}

/**
 * A header's cells, in order, when it has as many as the table has columns: a run each, or runs
 * a word space apart taken together ("Average" "rent"). A header set left over figures set right
 * ("Votes" over "12,400") stands apart from its column, so counting is surer than placing.
 */
function headerCells(line: Line, count: number): LinePart[][] | null {
  const parts = [...line.parts].sort((a, b) => a.x - b.x);
  if (parts.length === count) return parts.map((p) => [p]);
  const cells: LinePart[][] = [];
  for (const p of parts) {
    const last = cells.at(-1);
    if (last && p.x - last.at(-1)!.endX < WORD_GAP * line.fontSize) last.push(p);
    else cells.push([p]);
  }
  return cells.length === count ? cells : null;
}

/**
 * The columns of a block of lines: the stretches its runs cover, taken together, set apart by
 * gaps that no line's text crosses.
 */
function columnsOf(block: readonly Line[]): Column[] {
  const parts = block.flatMap((l) => l.parts).sort((a, b) => a.x - b.x);
  const minGap = MIN_COLUMN_GAP * Math.max(...block.map((l) => l.fontSize));
  const columns: Column[] = [];
  for (const p of parts) {
    const last = columns.at(-1);
    if (last && p.x < last.endX + minGap) last.endX = Math.max(last.endX, p.endX);
    else columns.push({ x: p.x, endX: p.endX });
  }
  return columns;
}

const inColumn = (p: LinePart, c: Column): boolean => p.x >= c.x && p.x <= c.endX;

/** A cell's runs in reading order, one space between them. */
function cellText(parts: LinePart[]): string {
  return parts
    .sort((a, b) => a.x - b.x)
    .map((p) => p.text.trim())
    .join(" ")
    .replace(/\s+/g, " ");
}

/**
 * Do the rows at the top of a page go on with the table at the foot of the one before? They do
 * when both have as many columns, the first opens with a header (no figure in it) and the second
 * does not: its rows are that header's, and the lead-in's or source line's, as the first part's are.
 */
export function tableGoesOn(table: string, next: string): boolean {
  const width = (line: string): number => line.split("\t").length;
  const lines = table.split("\n");
  const nextLines = next.split("\n");
  const heads = (line: string): boolean => !line.split("\t").some((cell) => FIGURE_CELL.test(cell));
  return (
    lines.length > 1 &&
    nextLines.length > 1 &&
    [...lines, ...nextLines].every((line) => width(line) === width(lines[0]!)) &&
    heads(lines[0]!) &&
    !heads(nextLines[0]!)
  );
}

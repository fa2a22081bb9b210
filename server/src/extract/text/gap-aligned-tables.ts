/**
 * Tables pasted with runs of spaces for their column breaks ("Party   Seats   Votes   Share" over
 * "Labour   412   9,708,716   33.7%"): a gap of two spaces or more parts the cells, as a tab
 * does, so a column's name may run to two words ("Goal Diff"), a row's label may be a year
 * ("2019   67.3%   Conservative") and a row may hold a word among its figures. A single space
 * inside a cell is a word's. Read as sentences, the header was a claim of its own and each row a
 * run of bare figures; space-aligned-tables.ts read only headers of abbreviations, with the rows'
 * single words for cells. A title set with single spaces ("NFL MVP Odds") parts no cells here.
 */

import { withEmptyCorner } from "./gap-table-corner.ts";
import { isDatum, isProseCell, type TableCell, type TableRow, type TableRun } from "./table-rows.ts";

/** How far back from a line's end its last gap is looked for: a last cell runs to this. */
const LAST_CELL_REACH = 24;
/** A column's name or a row's label of more words than this is a line of prose. */
const MAX_CELL_WORDS = 4;

/**
 * Cheap test before any line is split: three lines running each have a gap of two spaces within
 * their last few characters (the break before a last cell). A line is looked at only at its end,
 * a bounded reach, so a paragraph of long lines costs one `indexOf` per line.
 */
export function mayHoldGapAlignedTable(body: string, from: number, to: number): boolean {
  let gapped = 0;
  for (let start = from; start < to;) {
    let end = body.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    gapped = gapBefore(body, start, end) ? gapped + 1 : 0;
    if (gapped >= 3) return true;
    start = end + 1;
  }
  return false;
}

/** Is there a gap of two spaces within body[start, end)'s last LAST_CELL_REACH characters? */
function gapBefore(body: string, start: number, end: number): boolean {
  while (end > start && body.charCodeAt(end - 1) === 32) end--;
  for (let i = end - 1, stop = Math.max(start + 1, end - LAST_CELL_REACH); i > stop; i--) {
    if (body.charCodeAt(i) === 32 && body.charCodeAt(i - 1) === 32) return true;
  }
  return false;
}

/**
 * The gap-aligned tables in body[from, to): a header line of names (no datum, each of a few words)
 * over two rows or more of as many cells, each row holding a datum after its label, every cell
 * parted from the next by a gap of two spaces or more.
 */
export function gapAlignedTableRuns(body: string, from: number, to: number): TableRun[] {
  const lines: (TableRow | null)[] = [];
  for (let start = from; start < to;) {
    let end = body.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    lines.push(gapRowOf(body, start, end));
    start = end + 1;
  }
  const runs: TableRun[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const header = lines[i] && headerOrCornered(body, lines[i]!, lines[i + 1] ?? null);
    if (!header) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = lines[j] ? crowdedLabelSplit(body, lines[j]!, header) : null;
      if (row === null || !holdsDatum(body, row) || isMeasure(body, row.cells[0]!)) break;
      lines[j] = row;
    }
    if (j - i - 1 < 2) continue;
    const rows = lines.slice(i + 1, j) as TableRow[];
    runs.push({ start: header.start, end: rows[rows.length - 1]!.end, header, rows });
    i = j - 1;
  }
  return runs;
}

/** The line's cells parted by gaps of two spaces or more, or null for fewer than two or a long cell. */
function gapRowOf(body: string, start: number, end: number): TableRow | null {
  const cells: TableCell[] = [];
  let i = start;
  for (;;) {
    while (i < end && isBlank(body.charCodeAt(i))) i++;
    if (i >= end) break;
    const cellStart = i;
    let words = 1;
    // A cell goes on over a single space with a word after it ("Lib Dem", "Goal Diff").
    for (; i < end; i++) {
      if (!isBlank(body.charCodeAt(i))) continue;
      if (body.charCodeAt(i) !== 32 || i + 1 >= end || isBlank(body.charCodeAt(i + 1))) break;
      if (++words > MAX_CELL_WORDS) return null;
    }
    cells.push({ start: cellStart, end: i });
  }
  if (cells.length < 2) return null;
  return { start: cells[0]!.start, end: cells[cells.length - 1]!.end, cells };
}

/** A space, a no-break space or a carriage return: what a pasted line's cells are parted by. */
function isBlank(c: number): boolean {
  return c === 32 || c === 160 || c === 13;
}

/**
 * The row as the header's number of cells: as it is, or with a long label run up to its first
 * figure by one space ("Conservative 121      -251", the label filling its column) parted at its
 * last space. The figure reaches under the second column's name, as in a padded table; a short
 * label with a number ("Ward 14   310   4.1", a cell left empty further on) is a row of one cell
 * fewer, and its number no figure of the second column.
 */
function crowdedLabelSplit(body: string, row: TableRow, header: TableRow): TableRow | null {
  const width = header.cells.length;
  if (row.cells.length === width) return row;
  if (row.cells.length !== width - 1) return null;
  const label = row.cells[0]!;
  const space = body.lastIndexOf(" ", label.end - 1);
  if (space <= label.start || !isDatum(body.slice(space + 1, label.end))) return null;
  if (label.end - row.start <= header.cells[1]!.start - header.start) return null;
  const cells = [{ start: label.start, end: space }, { start: space + 1, end: label.end }, ...row.cells.slice(1)];
  return { start: row.start, end: row.end, cells };
}

/**
 * The line as a header of names parted by gaps ("Party   Seats   Votes   Share"), or null. Its
 * rows may be set with single spaces ("Labour 412 9,708,716 33.7%"): space-aligned-tables.ts reads
 * them under it. A title's words are set one space apart ("Top Three Scorers") and head nothing.
 */
export function gapHeaderOf(body: string, start: number, end: number): TableRow | null {
  const row = gapRowOf(body, start, end);
  return row !== null && isGapHeader(body, row) ? row : null;
}

/**
 * The line as a header: with an empty corner when it is set in by a gap and the row under it has a
 * cell more, each after its label a datum ("          2024    2025    Change" over "Leeds     310
 * 350     +13%"; gap-table-corner.ts), else as it is. Null for no header. A line of words set in over
 * a line of words ("   Roses are red   violets are blue") heads nothing.
 */
function headerOrCornered(body: string, row: TableRow, next: TableRow | null): TableRow | null {
  if (next !== null && next.cells.length === row.cells.length + 1 && isGapHeader(body, row, 2)) {
    const cornered = withEmptyCorner(body, row);
    if (cornered !== null && next.cells.every((c, k) => k === 0 || isDatum(body.slice(c.start, c.end))))
      return cornered;
  }
  return isGapHeader(body, row) ? row : null;
}

/** A header: three names or more (`least`), none a datum or a sentence ("Party", "Goal Diff", "2024"). */
function isGapHeader(body: string, row: TableRow, least = 3): boolean {
  if (row.cells.length < least) return false;
  for (const c of row.cells) {
    const text = body.slice(c.start, c.end);
    if (isDatum(text) || isProseCell(text) || /[.!?:,;]$/.test(text)) return false;
  }
  return true;
}

/**
 * Is a row's label a measure ("12.1", "33.7%", "9,708,716")? Then the row has no label: its header
 * ("Q1   Q2   Q3   Q4") names its figures, and reading the first figure as the label loses a
 * column. A year or a position ("2024", "3") labels a row.
 */
function isMeasure(body: string, label: TableCell): boolean {
  const text = body.slice(label.start, label.end);
  return isDatum(text) && /[.,%]\d|%$|\d[.,]\d/.test(text);
}

/** Does a cell after the row's label hold a datum ("412", "33.7%")? */
function holdsDatum(body: string, row: TableRow): boolean {
  for (let k = 1; k < row.cells.length; k++) {
    if (isDatum(body.slice(row.cells[k]!.start, row.cells[k]!.end))) return true;
  }
  return false;
}

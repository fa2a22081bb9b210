/**
 * Tables pasted with spaces for their column breaks, no tabs or bars: a league table copied from a
 * web page ("Pos Team P W D L GD Pts" over "1 Arsenal 34 24 6 4 48 78"). Read as sentences, the
 * header was a claim of its own and each row a run of bare figures. A header line of short column
 * names over rows of a name and figures, word for word as many columns, is read as the table it is
 * (table-rows.ts words its rows with the header, as a tabbed table's).
 */

import { isDatum, type TableCell, type TableRow, type TableRun } from "./table-rows.ts";
import { isAsciiLetter, isDigit } from "./char-classes.ts";
import { gapAlignedTableRuns, gapHeaderOf, mayHoldGapAlignedTable } from "./gap-aligned-tables.ts";

const NO_RUNS: readonly TableRun[] = Object.freeze([]);

/**
 * The tables of a paragraph with neither a tab nor a bar: set with gaps of two spaces or more
 * between cells (gap-aligned-tables.ts), else a league table's header of abbreviations over rows
 * of single words. Each reader asks its cheap test first.
 */
export function alignedTableRuns(body: string, from: number, to: number): readonly TableRun[] {
  // Both readers need a header over two rows, three lines; most paragraphs are one line, and the gap
  // test walked back over each one's last characters for nothing (decision 655).
  if (!holdsThreeLines(body, from, to)) return NO_RUNS;
  if (mayHoldGapAlignedTable(body, from, to)) {
    const runs = gapAlignedTableRuns(body, from, to);
    if (runs.length > 0) return runs;
  }
  return mayHoldSpaceAlignedTable(body, from, to) ? spaceAlignedTableRuns(body, from, to) : NO_RUNS;
}

/**
 * Does body[from, to) hold three lines, two line breaks before `to`? Two `indexOf` calls at most:
 * the first stops at a one-line paragraph's own end.
 */
function holdsThreeLines(body: string, from: number, to: number): boolean {
  const first = body.indexOf("\n", from);
  if (first < 0 || first >= to) return false;
  const second = body.indexOf("\n", first + 1);
  return second >= 0 && second < to;
}

/** A column's name: a capitalised word or an abbreviation ("Pos", "GD", "Pts", "W", "+/-"). */
const COLUMN_NAME = /^(?:\p{Lu}[\p{L}.%]{0,9}|\+\/[-−]|%)$/u;

/**
 * "P", "GD", "PLD", "Pos.": a column's name a title or a headline never holds. Capitals or a
 * dotted word only, or a short name a league's, a poll's or a score sheet's columns use ("Pts",
 * "Con"): a title's short words ("The", "Top", "Ten", "Big", "Box", "Won") are words, not
 * abbreviations, and "Top Scorers So Far" or "US Box Office" over a short list heads no columns.
 */
const ABBREVIATION = /^(?:\p{Lu}{1,5}|\p{Lu}\p{Ll}{0,3}\.)$/u;
const SHORT_COLUMN_NAMES = new Set([
  "Pts",
  "Pos",
  "Pld",
  "Gls",
  "Ast",
  "Avg",
  "Ave",
  "Apps",
  "Min",
  "Mins",
  "Max",
  "Age",
  "Chg",
  "Pct",
  "Reb",
  "Yds",
  "Att",
  "Rk",
  "No",
  "Con",
  "Lab",
  "Ref",
  "Grn",
  "Oth",
]);

/**
 * Cheap test before any line is split into words: the paragraph has a line that ends in a letter
 * with at least two lines ending in a figure (or a share's "%") under it. Prose paragraphs are mostly one line, and a
 * hard-wrapped one rarely ends two lines running on a figure.
 */
export function mayHoldSpaceAlignedTable(body: string, from: number, to: number): boolean {
  let figureLines = -1;
  for (let start = from; start < to;) {
    let end = body.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    const last = body.charCodeAt(end - 1);
    // A share's column ends its row on "%" ("Labour 412 33.7%").
    if (isDigit(last) || last === 37) {
      if (figureLines >= 0 && ++figureLines >= 2) return true;
    } else figureLines = isAsciiLetter(last) ? 0 : -1;
    start = end + 1;
  }
  return false;
}

/**
 * The space-aligned tables in body[from, to): a header line of column names (at least half of
 * them abbreviations) over two rows or more, each a name between its figures (an optional position
 * before it, figures after), with as many words as the header has names.
 */
export function spaceAlignedTableRuns(body: string, from: number, to: number): TableRun[] {
  const lines: TableCell[] = [];
  for (let start = from; start < to;) {
    let end = body.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    lines.push({ start, end });
    start = end + 1;
  }
  const runs: TableRun[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const header = headerOf(body, lines[i]!);
    if (header === null) continue;
    const rows: TableRow[] = [];
    let shape: RowShape | null = null;
    for (let j = i + 1; j < lines.length; j++) {
      const row = rowOf(body, lines[j]!, header.cells.length);
      if (row === null || (shape !== null && (row.lead !== shape.lead || row.figures !== shape.figures))) break;
      shape = row;
      rows.push(row.row);
    }
    if (rows.length < 2 || titleOverNames(body, header, shape!.lead)) continue;
    runs.push({ start: header.start, end: rows[rows.length - 1]!.end, header, rows });
    i += rows.length;
  }
  return runs;
}

/** The header line's names as cells, or null when it reads as no header. */
function headerOf(body: string, line: TableCell): TableRow | null {
  const words = wordsOf(body, line.start, line.end);
  if (words.length < 3) return null;
  // Names set apart by gaps ("Party   Seats   Votes   Share", "Pos  Team  Goal Diff  Pts") are a
  // header's whatever their words: a title's are set one space apart.
  const gapped = gapHeaderOf(body, line.start, line.end);
  if (gapped !== null) return gapped;
  let abbreviations = 0;
  for (const w of words) {
    const text = body.slice(w.start, w.end);
    if (!COLUMN_NAME.test(text)) return null;
    if (ABBREVIATION.test(text) || SHORT_COLUMN_NAMES.has(text)) abbreviations++;
  }
  if (abbreviations * 2 < words.length) return null;
  return { start: words[0]!.start, end: words[words.length - 1]!.end, cells: words };
}

/**
 * Is the header a title, its word over the rows' names a league's or a body's initials ("NFL MVP
 * Odds" over "Mahomes 4 1", "EU GDP Growth" over "Germany 1.2 0.8")? A column of names is headed
 * by a word ("Team", "Party", "Pollster"); initials head a column of figures ("GD", "CPI").
 */
function titleOverNames(body: string, header: TableRow, nameColumn: number): boolean {
  const cell = header.cells[nameColumn];
  return cell !== undefined && cell.end - cell.start >= 2 && INITIALS.test(body.slice(cell.start, cell.end));
}

const INITIALS = /^\p{Lu}+$/u;

interface RowShape {
  row: TableRow;
  /** Figures before the name (a position) and after it. */
  lead: number;
  figures: number;
}

/**
 * A row of `width` columns: figures (a position, if any), a name of one word or more that opens
 * with a capital ("Man City", "Brighton & Hove Albion"), then at least two figures to the line's
 * end. A line of prose ("Arsenal won 3-1, their 24th win") has words among its figures, or too
 * few of either.
 */
function rowOf(body: string, line: TableCell, width: number): RowShape | null {
  const words = wordsOf(body, line.start, line.end);
  let lead = 0;
  while (lead < words.length && datum(body, words[lead]!)) lead++;
  let nameEnd = lead;
  while (nameEnd < words.length && !datum(body, words[nameEnd]!)) nameEnd++;
  const figures = words.length - nameEnd;
  if (nameEnd === lead || figures < 2 || lead + 1 + figures !== width) return null;
  for (let k = nameEnd; k < words.length; k++) if (!datum(body, words[k]!)) return null;
  const name = body.slice(words[lead]!.start, words[nameEnd - 1]!.end);
  if (!/^\p{Lu}/u.test(name) || /[,;:.!?]$/.test(name)) return null;
  const cells = [
    ...words.slice(0, lead),
    { start: words[lead]!.start, end: words[nameEnd - 1]!.end },
    ...words.slice(nameEnd),
  ];
  return { row: { start: cells[0]!.start, end: cells[cells.length - 1]!.end, cells }, lead, figures };
}

function datum(body: string, word: TableCell): boolean {
  return isDatum(body.slice(word.start, word.end));
}

/** The words of body[start, end), parted by spaces and tabs. */
function wordsOf(body: string, start: number, end: number): TableCell[] {
  const words: TableCell[] = [];
  let wordStart = -1;
  for (let i = start; i <= end; i++) {
    const c = i < end ? body.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 160 || c === 13;
    if (space && wordStart >= 0) {
      words.push({ start: wordStart, end: i });
      wordStart = -1;
    } else if (!space && wordStart < 0) wordStart = i;
  }
  return words;
}

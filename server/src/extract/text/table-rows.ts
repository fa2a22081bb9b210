/**
 * Data tables in an article's body: runs of lines whose cells are set apart by "|" (a Markdown
 * table, pasted or converted, and an HTML table, which the converter writes the same way) or by
 * tabs (cells pasted from a spreadsheet). Each data row is one claim a fact-checker checks on its
 * own ("Newham | £1,650 | +8.9%"), so a table must neither run into one claim nor leave bare
 * cells; table-claims.ts words each row with its header.
 */

import { isPageCounter } from "@claimdesk/shared/page-counter";
import { isTableInterruption, labelNamingNoRows } from "@claimdesk/shared/table-section-rows";
import { isAsciiLetter, isDigit } from "./char-classes.ts";
import { areGalleryControls } from "./gallery-controls.ts";
import { holdsMenuRow, isColumnHeadingRow } from "./column-headings.ts";
import { headsBylineStrip } from "./byline-strips.ts";
import { headsRowsOfNames, setsNamesSideBySide } from "./headings-over-named-rows.ts";
import { sectionOver, type SectionLine } from "./table-section-lines.ts";
import { isTableNote } from "./table-notes.ts";
import { yearsHeadWordColumns } from "./year-column-headings.ts";
import { isYear } from "../analysis/lexicon.ts";

/** A cell's place in the body, trimmed of white space. */
export interface TableCell {
  start: number;
  end: number;
}

export interface TableRow {
  /** The row's text without the outer pipes and white space. */
  start: number;
  end: number;
  cells: TableCell[];
  /** The name of the section row over it ("North" over "Leeds"), when the table has one. */
  section?: TableCell;
}

export interface TableRun {
  /** From the first line's start to the last line's end. */
  start: number;
  end: number;
  header: TableRow | null;
  rows: TableRow[];
  /**
   * Each row sets people side by side under their headings ("Presenters | Editors" over "Jo Smith
   * | Ana Ruiz"), so its first cell is no label of the others (decision 840).
   */
  sideBySide?: boolean;
}

/** "|---|:---:|", "--- | ---": the line under a Markdown table's header. */
export const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Does body[from, to) hold the char `code`? Bounded, so a long text is never searched past `to`. */
function holds(body: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (body.charCodeAt(i) === code) return true;
  return false;
}

/**
 * Cheap test before any table is looked for: does the paragraph hold a "|" or a tab? `anyInBody`
 * is whether the body holds one at all, tested once per article, as most hold neither.
 */
export function mayHoldTable(body: string, from: number, to: number, anyInBody: boolean): boolean {
  return anyInBody && (holds(body, from, to, 124) || holds(body, from, to, 9));
}

/** Does the body hold a "|" or a tab anywhere? */
export function bodyMayHoldTable(body: string): boolean {
  return body.includes("|") || body.includes("\t");
}

/** The cells of one line, or null when it has fewer than two. */
function cellsOf(body: string, start: number, end: number): TableCell[] | null {
  const separator = holds(body, start, end, 124) ? 124 : 9;
  let a = start;
  let b = end;
  // A tab that opens the line parts off an empty first cell, the corner of a table whose header
  // heads only its figures ("\t2024\t2023\tChange" over "Revenue (£m)\t1,240\t1,100\t+13%").
  while (a < b && isSpace(body.charCodeAt(a)) && !(separator === 9 && body.charCodeAt(a) === 9)) a++;
  while (b > a && isSpace(body.charCodeAt(b - 1))) b--;
  // The outer pipes of "| Camden | £2,450 |" open and close the row; they part no cells.
  if (separator === 124 && body.charCodeAt(a) === 124) a++;
  if (separator === 124 && b > a && body.charCodeAt(b - 1) === 124 && body.charCodeAt(b - 2) !== 92) b--;
  const cells: TableCell[] = [];
  let cellStart = a;
  for (let i = a; i <= b; i++) {
    const c = i < b ? body.charCodeAt(i) : separator;
    // "\|" is a pipe inside a Markdown cell.
    if (c !== separator || (separator === 124 && i < b && body.charCodeAt(i - 1) === 92)) continue;
    let s = cellStart;
    let e = i;
    while (s < e && isSpace(body.charCodeAt(s))) s++;
    while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
    cells.push({ start: s, end: e });
    cellStart = i + 1;
  }
  // An indented line ("\tBy Jane Doe") is one cell, not an empty corner and a label.
  if (cells.length === 2 && cells[0]!.start === cells[0]!.end) return null;
  return cells.length >= 2 ? cells : null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

/** Is body[start, end) a line of two cells or more, parted by tabs or pipes? */
export function isRowLine(body: string, start: number, end: number): boolean {
  return cellsOf(body, start, end) !== null;
}

interface Line extends SectionLine {
  delimiter: boolean;
}

function linesOf(body: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  for (let start = from; start < to;) {
    let end = body.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    const delimiter = DELIMITER_ROW.test(body.slice(start, end));
    lines.push({ start, end, delimiter, cells: delimiter ? null : cellsOf(body, start, end) });
    start = end + 1;
  }
  return lines;
}

function rowOf(line: SectionLine): TableRow {
  const cells = line.cells!;
  return { start: cells[0]!.start, end: cells[cells.length - 1]!.end, cells };
}

/**
 * A page's counter, an advert's slot, a desk's name or a headline among the rows ("Page 2 of 5",
 * "| Advertisement |", "World News", "Markets Rally As Inflation Cools"): no row, and no section.
 * The rows under it keep the table's header; a next table's title or a body's name ends the table.
 */
function isPassedOver(body: string, line: SectionLine): boolean {
  if (line.cells !== null) return false;
  const text = body
    .slice(line.start, line.end)
    .trim()
    .replace(/^\|\s*|\s*\|$/g, "");
  return isPageCounter(text) || isTableInterruption(text) || labelNamingNoRows(text) === "intrusion";
}

/** A line of no cells that notes the table's figures ("Figures are provisional and may change"). */
function isNoteLine(body: string, line: SectionLine): boolean {
  return line.cells === null && isTableNote(body.slice(line.start, line.end).trim());
}

/**
 * A line of no cells inside a table: a page's counter, an advert's slot, a desk or a headline,
 * passed over (isPassedOver), or a section row; null when it is neither and so ends the table.
 */
function interludeKind(body: string, line: Line): "passed over" | "section" | null {
  if (line.cells !== null || line.delimiter) return null;
  if (isPassedOver(body, line)) return "passed over";
  return sectionOver(body, line) !== null ? "section" : null;
}

/** The rows of a run's lines, each under a section row given that section; section rows are no rows. */
function sectioned(body: string, lines: readonly SectionLine[]): TableRow[] {
  const rows: TableRow[] = [];
  let section: TableCell | undefined;
  for (const line of lines) {
    const name = sectionOver(body, line);
    if (name !== null && rows.length > 0) section = name;
    else if (line.cells !== null) rows.push(section ? { ...rowOf(line), section } : rowOf(line));
  }
  return rows;
}

/**
 * A cell that holds a sentence, not a datum or a label: it ends as a sentence does ("Turnout fell
 * to 33%, the council said.", "Smith said crime rose 20% last year."), names a speaker ("The
 * council says the scheme will cost £12m") or runs to ten words. A table with such a cell is read
 * as prose, each line with its own speaker. A long label ("Share of adults who smoke daily") is
 * no sentence.
 */
export function isProseCell(text: string): boolean {
  if (/[.!?][”"’')]?$/.test(text) && /\p{L}{2,}\s+\p{L}/u.test(text)) return true;
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) words++;
  return words >= 10 || (words >= 4 && SPEAKS.test(text));
}

const SPEAKS = /\b(?:says?|said|told|according to|claims?|claimed)\b/i;

/** "£2,450", "+7.1%", "412", "-251", "n/a", "–": a cell that is a datum alone, not a label. */
const DATUM_CELL = /^(?:[-+−±~≈]?\s?[$€£¥]?\s?\d[\d,.]*\s?(?:%|[kKmM]|bn|m|pts?)?|n\/a|N\/A|—|–|-)$/;

export function isDatum(text: string): boolean {
  return DATUM_CELL.test(text) && !isYear(text);
}

/**
 * Does the first row head the others? None of its cells is a datum (a year may head a column:
 * "Borough | 2024 | 2025"; "Top 10 finishes" is a label), and a row under it holds one.
 * "Reform | 5 | n/a" above "Labour | 412 | +211" is a row of data, not a header.
 */
function headsTable(body: string, rows: readonly TableRow[]): boolean {
  const datum = (c: TableCell): boolean => isDatum(body.slice(c.start, c.end));
  return rows.length > 1 && !rows[0]!.cells.some(datum) && rows.slice(1).some((r) => r.cells.some(datum));
}

/**
 * A first row of joined headings, written so by an HTML header of two rows ("Ward | Winner 2022: |
 * Winner 2026:", decision 745): it heads rows of words too, where headsTable waits for a datum.
 * The label's cell has no colon and a later cell is two names and a colon; a pasted row of labels
 * ("Home: | Away:") is not taken. A cell's last character is asked first.
 */
function headsWithJoinedNames(body: string, rows: readonly TableRow[]): boolean {
  const head = rows[0]!.cells;
  const colon = (c: TableCell): boolean => c.end > c.start && body.charCodeAt(c.end - 1) === 58;
  if (rows.length < 2 || colon(head[0]!)) return false;
  if (!head.some((c, k) => k > 0 && colon(c) && body.lastIndexOf(" ", c.end) > c.start)) return false;
  return !head.some((c) => isDatum(body.slice(c.start, c.end)));
}

/**
 * The tables in body[from, to): runs of at least two lines with the same number of cells (a
 * Markdown delimiter line may stand among them) and no sentence in a cell. The first line heads
 * the table when a delimiter line follows it, or when it has no datum and a row under it has
 * (headsTable).
 */
export function findTableRuns(body: string, from: number, to: number): TableRun[] {
  // The paragraph's first sentence starts after the tabs that open its line: they are the table's.
  while (from > 0 && body.charCodeAt(from - 1) === 9) from--;
  const lines = linesOf(body, from, to);
  const runs: TableRun[] = [];
  // Where the last table ended (the line that ended it) and its width, for a lone row under that line.
  let endedAt = -1;
  let endedWidth = 0;
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (first.cells === null) {
      i++;
      continue;
    }
    const width = first.cells.length;
    let j = i + 1;
    // A section row ("North" alone) or a page's counter ("Page 2 of 5") between two rows is the
    // table's: the rows go on under it. Not over a line of no figure, which may head a table of
    // its own ("Sales" over "Borough | Price | Change", a header the next page repeats).
    const goesOn = (k: number): boolean => lines[k]!.delimiter || lines[k]!.cells?.length === width;
    const rowUnder = (k: number): boolean =>
      k < lines.length &&
      lines[k]!.cells?.length === width &&
      lines[k]!.cells!.some((c) => isDatum(body.slice(c.start, c.end)));
    // The lines passed over are kept as the run is walked, so isPassedOver reads each line once.
    const passedOver: Line[] = [];
    for (; j < lines.length; j++) {
      if (goesOn(j)) continue;
      const kind = rowUnder(j + 1) ? interludeKind(body, lines[j]!) : null;
      if (kind === null) break;
      if (kind === "passed over") passedOver.push(lines[j]!);
    }
    const rows = sectioned(
      body,
      lines.slice(i, j).filter((l) => !l.delimiter && !passedOver.includes(l)),
    );
    // One row under the line that ended a table of its width (a body's name or a next table's
    // title between "Leeds" and "Hull", an HTML table's spanning row) is that grid's row, not a
    // line of bars: it reads as a table of one row with no header.
    const loneRowUnder =
      rows.length === 1 &&
      i === endedAt + 1 &&
      width === endedWidth &&
      first.cells.some((c) => isDatum(body.slice(c.start, c.end)));
    if (rows.length >= 2 || (rows.length === 1 && j > i + 1) || loneRowUnder) {
      const all = rows;
      // A first row of column headings ("Name | Role | Team") heads the table as a delimiter line
      // under it does (decision 675); asked only of a run with no delimiter line, and only a run
      // with no figure is changed by it (a run with figures is read as before), and not over a row
      // of a site's sections ("News | Sport | Weather"), a menu's (decision 675's review).
      const figures = all.some((r) => /\d/.test(body.slice(r.start, r.end)));
      // Headings outside that list head rows that each open with a person's name ("Member |
      // Committee" over "Jo Smith | Treasury", decision 745).
      const underlined =
        lines[i + 1]?.delimiter === true ||
        (!figures && (isColumnHeadingRow(body, all[0]!) || headsRowsOfNames(body, all)) && !holdsMenuRow(body, all));
      // Years over cells of words ("Ward | 2022 | 2026" over "Hyde Park | Labour | Green") head
      // their columns though no row holds a datum (decision 745).
      const headed =
        underlined || headsTable(body, all) || yearsHeadWordColumns(body, all) || headsWithJoinedNames(body, all);
      // Lines of words that happen to hold a pipe or a tab each ("By Jane Doe | Reuters") are a
      // table only when set as one (underlined) or when their rows hold figures; lines whose
      // cells hold sentences ("POLITICS | The council voted …, the mayor said.") are prose.
      const prose = all.some((r) => r.cells.some((c) => isProseCell(body.slice(c.start, c.end))));
      // A gallery's controls ("Previous | 1 of 12 | Next") hold numbers that only count its pictures.
      const gallery = areGalleryControls(all.flatMap((r) => r.cells.map((c) => body.slice(c.start, c.end))));
      if (prose || gallery || (!underlined && !figures)) {
        i = j;
        continue;
      }
      // A desk or a headline the page set as the table's last line ("World News", "Markets Rally As
      // Inflation Cools" with no row under it) breaks into the table as it does between rows: the
      // table takes it in, and it is no claim. Only the paragraph's last line: a line of prose
      // under it may be the story's own subheading; so may a line that names one of the rows
      // ("Hull Had The Highest Rate" under "Hull"), which speaks of the table and is read.
      const dataRows = headed ? all.slice(1) : all;
      // So is a note on the table's figures ("Figures are provisional and may change").
      const tail =
        j === lines.length - 1 &&
        (isPassedOver(body, lines[j]!) || isNoteLine(body, lines[j]!)) &&
        !namesARow(body, lines[j]!, dataRows)
          ? lines[j]!
          : null;
      // A site's strip of writers and their latest headlines ("Writers | Latest") is furniture: the
      // run is taken, so its lines are no claims, and gives no rows (decision 840).
      const strip = headed && headsBylineStrip(body, all);
      runs.push({
        start: first.start,
        end: (tail ?? lines[j - 1]!).end,
        header: headed ? all[0]! : null,
        rows: strip ? [] : dataRows,
        // A strip gives no rows, so how its rows would read is not asked.
        sideBySide: !strip && headed && !figures && setsNamesSideBySide(body, all),
      });
      if (tail !== null) j++;
      endedAt = j;
      endedWidth = width;
    }
    i = Math.max(j, i + 1);
  }
  return runs;
}

/**
 * Does the line name one of the rows by its label, as a word of its own ("Leeds Fell Behind Hull"
 * under the rows "Leeds" and "Hull")? A next story's headline names none of them.
 */
function namesARow(body: string, line: SectionLine, rows: readonly TableRow[]): boolean {
  const text = body.slice(line.start, line.end);
  return rows.some((row) => {
    const cell = row.cells[0];
    if (cell === undefined || cell.end - cell.start < 2) return false;
    const label = body.slice(cell.start, cell.end);
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
      if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + label.length))) return true;
    }
    return false;
  });
}

/** A letter or a digit (NaN, off the text's ends, is neither). */
function isWordChar(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c) || c > 127;
}

/** A stretch of the body that sentences leave out: a table, or the source line under one. */
export interface Span {
  start: number;
  end: number;
}

/** The part of a sentence outside the spans, and the part after a span it ran past (null if none). */
export interface OutsidePart extends Span {
  rest: Span | null;
}

/**
 * The parts of a paragraph's sentences that lie outside its tables (and their source lines), asked
 * in the order of the sentences: a cursor skips the spans already passed, so a long paragraph of
 * many small tables stays linear.
 */
export class TableCursor {
  private next = 0;
  /** `spans` in the order they stand in the body. */
  constructor(private readonly spans: readonly Span[]) {}

  /**
   * The part of body[start, end) before the first table it meets, with what follows that table as
   * `rest`, to be asked for next ("Rents rose most in\n<rows>\nwhich the mayor called too steep."
   * keeps both its parts); null when it lies inside a table.
   */
  outside(body: string, start: number, end: number): OutsidePart | null {
    for (;;) {
      while (this.next < this.spans.length && this.spans[this.next]!.end <= start) this.next++;
      let rest: Span | null = null;
      let before = end;
      for (let k = this.next; k < this.spans.length && this.spans[k]!.start < end; k++) {
        const t = this.spans[k]!;
        if (start >= t.start && end <= t.end) return null;
        if (start >= t.start) {
          start = t.end;
          continue;
        }
        before = t.start;
        if (end > t.end) rest = { start: t.end, end };
        break;
      }
      let a = start;
      let b = before;
      // A Markdown line of one cell among the tables ("| Top Scorers |") is read without its bars.
      while (a < b && isBarOrWhiteSpace(body.charCodeAt(a))) a++;
      while (b > a && isBarOrWhiteSpace(body.charCodeAt(b - 1))) b--;
      if (b > a) return { start: a, end: b, rest };
      // Nothing but white space before the table: the sentence is what follows it.
      if (rest === null) return null;
      start = rest.start;
    }
  }
}

function isBarOrWhiteSpace(c: number): boolean {
  return c === 124 || c === 10 || isSpace(c);
}

/**
 * An HTML table's header of two rows: a heading across two rows (`rowspan="2"`) beside one across
 * columns (`colspan`), whose columns the second row names.
 *
 *     <tr><th rowspan="2">City</th><th colspan="2">2024</th><th colspan="2">2025</th></tr>
 *     <tr><th>Men</th><th>Women</th><th>Men</th><th>Women</th></tr>
 *
 * A cell across rows made the table a layout's (html-data-table.ts), so each cell was a paragraph
 * and the rows read as strings of tags. Decision 745 joins the two rows into one line of headings,
 * a column's heading its two names ("2024 Men"), so the rows under it read as any table's:
 * "Leeds: 2024 Men: 40; 2024 Women: 38; …". A joined name is written with a colon after it: a
 * figure after two names runs into them ("2024 Men 40"), where a reader says "2024, men: 40".
 * A header of `<th>` cells, two rows deep, is read so, and one of `<td>` cells with short cells over
 * a row of figures (decision 785); a cell across rows of the body is a layout's still. A heading's footnote mark is left out of its name (decision 785).
 */

import { rowHoldsFigures } from "./html-figure-row.ts";
import { headingText } from "./html-heading-text.ts";

const ROW_OR_CELL = /<(\/?)(tr|td|th|table)\b([^>]*)>/gi;
const ROW_SPAN = /\browspan\s*=\s*["']?\s*(\d{1,2})/i;
const COL_SPAN = /\bcolspan\s*=\s*["']?\s*(\d{1,2})/i;

/** How far past the table's opening tag a header's first row's cell across rows is looked for. */
const HEAD_WINDOW = 2048;

interface HeaderCell {
  text: string;
  rows: number;
  columns: number;
}

export interface TwoRowHeader {
  /** Each column's heading, joined names ending with a colon: "City", "2024 Men:". */
  names: string[];
  /** Where, in the page, the row after the header opens. */
  end: number;
}

/** A span attribute's count, 1 without one. */
function spanOf(tag: string, attribute: RegExp): number {
  const m = attribute.exec(tag);
  return m === null ? 1 : Math.max(1, Number(m[1]));
}

/**
 * The header's two rows of cells, where the third row opens, and whether a cell is a `<td>`; null
 * at a nested table.
 */
function headerRows(
  raw: string,
  start: number,
  end: number,
): { rows: HeaderCell[][]; end: number; plain: boolean } | null {
  const rows: HeaderCell[][] = [];
  let plain = false;
  let cellStart = -1;
  let open: HeaderCell | null = null;
  ROW_OR_CELL.lastIndex = start;
  for (let m = ROW_OR_CELL.exec(raw); m !== null && m.index < end; m = ROW_OR_CELL.exec(raw)) {
    const name = m[2]!.toLowerCase();
    if (open !== null) {
      open.text = headingText(raw.slice(cellStart, m.index));
      open = null;
    }
    if (m[1] === "/") continue;
    if (name === "table") {
      if (m.index > start) return null;
      continue;
    }
    if (name === "tr") {
      if (rows.length === 2) return { rows, end: m.index, plain };
      rows.push([]);
      continue;
    }
    if (rows.length === 0) return null;
    if (name === "td") plain = true;
    open = { text: "", rows: spanOf(m[3]!, ROW_SPAN), columns: spanOf(m[3]!, COL_SPAN) };
    rows[rows.length - 1]!.push(open);
    cellStart = m.index + m[0].length;
  }
  return null;
}

/**
 * The two-row header of the `<table>` element raw[start, end), joined into one line's headings;
 * null when the table has none.
 */
export function twoRowHeader(raw: string, start: number, end: number): TwoRowHeader | null {
  // Cheap first: a header of two rows holds a cell across them in its first row, near the table's
  // opening tag; the search is bounded, as it is asked of every data table of the page.
  if (!raw.slice(start, Math.min(end, start + HEAD_WINDOW)).includes("rowspan")) return null;
  const read = headerRows(raw, start, end);
  if (read === null) return null;
  const [top, under] = read.rows as [HeaderCell[], HeaderCell[]];
  const names: string[] = [];
  let k = 0;
  let acrossRows = 0;
  for (const cell of top) {
    if (cell.rows > 2) return null;
    if (cell.rows === 2) {
      // A heading across both rows names its column; a picture there ("<img>", no text) is a
      // layout's, an infobox's or a profile's (decision 745's review).
      if (cell.columns !== 1 || cell.text === "") return null;
      acrossRows++;
      names.push(cell.text);
      continue;
    }
    // The cells of the row under this one's columns, each named with it: "2024" over "Men".
    for (let c = 0; c < cell.columns; c++) {
      const below = under[k++];
      if (below === undefined || below.rows !== 1 || below.columns !== 1) return null;
      // A heading that ends with its own colon ("Rate:") keeps only the joined name's.
      const over = cell.text.endsWith(":") ? cell.text.slice(0, -1) : cell.text;
      names.push(over === "" ? below.text : `${over} ${below.text}:`);
    }
  }
  if (acrossRows === 0 || k !== under.length || names.length < 2) return null;
  return !read.plain || readsAsPlainHeader(raw, read, end) ? { names, end: read.end } : null;
}

/** Most characters a heading of a plain header holds: "Population", "2024", "Women", "Held by". */
const PLAIN_HEADING_LENGTH = 24;
const YEAR = /^(?:19|20)\d\d$/;

/** A plain header's heading: short, and no figure in it but a year ("Men", "2024", "Held by"). */
function isPlainHeading(text: string): boolean {
  return text.length <= PLAIN_HEADING_LENGTH && (!/\d/.test(text) || YEAR.test(text));
}

/**
 * Does a header with `<td>` cells (a pasted page bolds its header by style) head the rows under
 * it? Only when a heading stands over two columns or more, its cells are short headings, and the
 * row under it holds figures (decision 785): a layout's two rows of cells (a photo beside its
 * caption and credit, a teaser across columns, a profile's name beside "Born" over "12 May 1970")
 * set words, dates or pictures there, and `<th>` cells alone said "header" before.
 */
function readsAsPlainHeader(raw: string, read: { rows: HeaderCell[][]; end: number }, end: number): boolean {
  if (!read.rows[0]!.some((c) => c.columns > 1)) return false;
  if (!read.rows.every((r) => r.every((c) => isPlainHeading(c.text)))) return false;
  return rowHoldsFigures(raw, read.end, end);
}

import { cellText } from "./html-cell-text.ts";
import { twoRowHeader } from "./html-two-row-header.ts";
import { elementEnd } from "./html-page.ts";
import { areGalleryControls } from "../text/gallery-controls.ts";
import { rowLabel } from "@claimdesk/shared/table-section-rows";
import { isProseCell } from "../text/table-rows.ts";

const ROW_OR_CELL = /<(\/?)(tr|td|th|table|tfoot)\b([^>]*)>/gi;
const SPAN_ATTRIBUTE = /\b(?:colspan|rowspan)\s*=\s*["']?\s*(?:[2-9]|\d\d)/i;
const ROW_SPAN = /\browspan\s*=\s*["']?\s*(?:[2-9]|\d\d)/i;
const COL_SPAN = /\bcolspan\s*=\s*["']?\s*(\d{1,2})/i;

/**
 * How many of the grid's columns a cell's tag spans: its `colspan` (1 without one). The converter
 * writes a cell across two columns or more with an empty cell after it for each column it takes
 * beyond its first, so its row keeps the grid's columns (html-to-text.ts).
 */
export function columnsSpanned(tag: string): number {
  if (!tag.includes("colspan")) return 1;
  const m = COL_SPAN.exec(tag);
  return m === null ? 1 : Math.max(1, Number(m[1]));
}

/** A row as isDataTable counts it: its cells, and whether it stands in the table's `<tfoot>`. */
interface CountedRow {
  cells: number;
  /** The grid's columns its cells take, each as many as it spans. */
  columns: number;
  /** Whether a cell of it spans rows under it (a layout's). */
  rowSpans: boolean;
  /** Whether a cell of it across columns holds more than a short label (a caption, a teaser). */
  wideText?: boolean;
  inFoot: boolean;
  spans: boolean;
  /** The text of its first cell. */
  first?: string;
}

/**
 * Is the `<table>` element raw[start, end) a grid of data, to be written a row a line? At least
 * two rows that take the same number of columns (two or more), no cell spanning rows, no table inside
 * it and no cell that holds a sentence. A layout table (a photo beside its caption, a heading
 * across a row, "What was said | The facts" with a sentence in each cell) keeps its cells as
 * paragraphs, so each is read as prose with its own speaker. A footer's rows of one cell at the
 * table's end ("<tfoot><tr><td colspan=3>Source: Eurostat</td></tr></tfoot>") are a note under the
 * grid, not a row of it: the note is written as a line under the rows, where a source line is read.
 */
export function isDataTable(raw: string, start: number, end: number): boolean {
  const html = raw.slice(start, end);
  const rows: CountedRow[] = [];
  let cellStart = -1;
  // Whether the open cell spans columns (its text is read when the next tag ends it).
  let cellSpansColumns = false;
  let tables = 0;
  let inFoot = false;
  // Whether a cell of the grid (not its footer) holds a figure.
  let figures = false;
  // The grid's cells, to tell a gallery's controls ("Previous", "1 of 12", "Next") from data.
  const texts: string[] = [];
  // A cell of the grid that holds a sentence makes it a layout table.
  const gridCellReads = (text: string): boolean => {
    if (!figures && /\d/.test(text)) figures = true;
    texts.push(text);
    return !isProseCell(text);
  };
  ROW_OR_CELL.lastIndex = 0;
  for (let m = ROW_OR_CELL.exec(html); m !== null; m = ROW_OR_CELL.exec(html)) {
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    if (name === "table") {
      if (!closing && ++tables > 1) return false;
      continue;
    }
    // A cell ends at the next row or cell tag, opening or closing; a footer's note may be a sentence.
    if (cellStart >= 0) {
      const text = cellText(html.slice(cellStart, m.index));
      if (!inFoot && !gridCellReads(text)) return false;
      const row = rows[rows.length - 1]!;
      if (cellSpansColumns && isWideText(text)) row.wideText = true;
      if (row.cells === 1) row.first = text;
      cellStart = -1;
    }
    if (name === "tfoot") {
      inFoot = !closing;
      continue;
    }
    if (closing) continue;
    if (name === "tr") {
      rows.push({ cells: 0, columns: 0, rowSpans: false, inFoot, spans: false });
      continue;
    }
    if (rows.length === 0) rows.push({ cells: 0, columns: 0, rowSpans: false, inFoot, spans: false });
    const row = rows[rows.length - 1]!;
    row.cells++;
    const columns = columnsSpanned(m[3]!);
    row.columns += columns;
    cellSpansColumns = columns > 1;
    if (SPAN_ATTRIBUTE.test(m[3]!)) {
      row.spans = true;
      if (ROW_SPAN.test(m[3]!)) row.rowSpans = true;
    }
    cellStart = m.index + m[0].length;
  }
  if (cellStart >= 0 && !inFoot) {
    const text = cellText(html.slice(cellStart));
    if (!gridCellReads(text)) return false;
    if (cellSpansColumns && isWideText(text) && rows.length > 0) rows[rows.length - 1]!.wideText = true;
  }
  // The footer's notes: rows of one cell in the <tfoot> that ends the table.
  let gridEnd = rows.length;
  while (gridEnd > 0 && rows[gridEnd - 1]!.inFoot && rows[gridEnd - 1]!.cells === 1) gridEnd--;
  const grid = rows.slice(0, gridEnd);
  // A footer before the body (HTML 4 allowed it) would stand between the header and the rows.
  if (gridEnd < rows.length && grid.some((r) => r.inFoot)) return false;
  // A footer's note under cells of words alone ("Home | News" over "© Daily News") is a layout
  // table's last row, as before: only a grid of figures has its notes set apart.
  if (gridEnd < rows.length && !figures) return false;
  // A gallery's buttons and counter set in a table are a layout: each cell stays a paragraph.
  if (areGalleryControls(texts)) return false;
  // A header of two rows ("City" across both beside "2024" over "Men | Women") heads the rows
  // under it, which are read as the grid's (decision 745); asked only when the first row spans rows.
  const header = grid[0]?.rowSpans === true ? twoRowHeader(raw, start, end) : null;
  const read = header === null ? grid : grid.slice(2);
  const width = header === null ? (grid[0]?.columns ?? 0) : header.names.length;
  return (
    read.length >= (header === null ? 2 : 1) &&
    width >= 2 &&
    read.every(
      (r, k) =>
        (r.columns === width && !r.rowSpans && fillsRow(r, width, figures)) || (figures && isSectionRow(read, k)),
    )
  );
}

/**
 * Does a row of the grid's width read as a row? A row of as many cells as columns does; so, in a
 * grid of figures, does one of two cells or more with a cell across columns: a header's "Seats"
 * over two columns of figures, a "Total" across two columns before its figure. A row of one cell
 * across the grid is a section's name or a layout's heading (isSectionRow).
 */
function fillsRow(row: CountedRow, width: number, figures: boolean): boolean {
  return row.cells === width || (figures && row.cells >= 2 && row.wideText !== true);
}

/**
 * More words than a column's or a row's label ("Seats", "Total", "not collected"): a cell across
 * columns beside others that runs to five words or more is a layout's caption or teaser ("Residents
 * gather outside the town hall on Monday", "Get our newsletter for £1 a week"), no grid's cell.
 */
function isWideText(text: string): boolean {
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && ++words > 4) return true;
  return false;
}

/**
 * A row of one cell across the grid between two of its rows that reads as a section's name
 * ("<td colspan="3">North</td>"): it names the rows under it, as "North" alone on its line does
 * in pasted text (table-section-lines.ts), where it is written as a line of its own. Only in a
 * grid of figures: a menu's table of words ("Home | News" over "Latest") stays a layout.
 */
function isSectionRow(grid: readonly CountedRow[], k: number): boolean {
  const row = grid[k]!;
  return (
    k > 0 &&
    k < grid.length - 1 &&
    row.cells === 1 &&
    row.spans &&
    row.first !== undefined &&
    !row.inFoot &&
    rowLabel(row.first) !== null
  );
}

/**
 * Does the `<figure>` element raw[start, end) hold a grid of data? Such a figure is the article's
 * table with its caption ("<figcaption>Source: Eurostat</figcaption>"), not page chrome like a
 * photo and its credit.
 */
export function figureHoldsDataTable(raw: string, start: number, end: number): boolean {
  const figure = raw.slice(start, end);
  // A photo, video or chart in the figure makes it the picture's, its caption a credit
  // ("Photographs: Reuters"), even when a table sets the photos side by side or stands beside it.
  if (FIGURE_MEDIA.test(figure)) return false;
  const table = figure.search(/<table\b/i);
  if (table < 0) return false;
  return isDataTable(raw, start + table, elementEnd(raw, start + table, "table"));
}

/** What a figure holds when it is a picture, not a table: an image, a video, a chart, an embed. */
const FIGURE_MEDIA = /<(?:img|picture|video|audio|iframe|svg|canvas|object|embed)\b/i;

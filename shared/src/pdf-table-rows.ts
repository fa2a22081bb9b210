// A table in a PDF is runs of text placed in columns: the text layer has no cells, and runs on one
// baseline read as one line ("Camden £2,450 +7.1%"), so the rows of a table ran together into one
// paragraph. This finds the lines that stand in a grid of figures and writes each as one line with
// its cells set apart by tabs, as cells pasted from a spreadsheet are, so the extractor reads the
// table row by row (server/src/extract/text/table-rows.ts).

import { sameSize, type Line, type LinePart } from "./pdf-lines.ts";
import { foldSectionRows } from "./pdf-section-rows.ts";
import { joinWrappedLabels } from "./pdf-wrapped-labels.ts";

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
export function pdfTables(pageLines: readonly Line[]): PdfTable[] {
  // A row label that wraps onto a second line is one line here; the table found is mapped back
  // to the page's lines it stands on.
  // A section row between two rows ("Inner London") is set aside and written back over its row.
  const joined = foldSectionRows(joinWrappedLabels(pageLines));
  const lines = joined.lines;
  const followsInGrid = (prev: Line, line: Line): boolean => nextInGrid(prev, line, joined.top.get(line) ?? line.y);
  const tables: PdfTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.parts.length < 2) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && followsInGrid(lines[j - 1]!, lines[j]!)) j++;
    const table =
      j - i >= MIN_LINES
        ? (gridOf(lines, i, j) ??
          gridWithoutTextAround(lines, i, j) ??
          (j - i > MIN_LINES ? gridOf(lines, i + 1, j, lines[i]) : null))
        : null;
    if (table !== null)
      tables.push({
        text: withSections(table.text, lines.slice(0, table.end), joined.sections),
        first: joined.from[table.first]!,
        end: joined.to[table.end - 1]!,
      });
    i = j;
  }
  return tables;
}

/** The table's text with each section's name on a line of its own over its row; `lines` end with the table's. */
function withSections(text: string, lines: readonly Line[], sections: ReadonlyMap<Line, string>): string {
  if (sections.size === 0) return text;
  const rows = text.split("\n");
  const base = lines.length - rows.length;
  return rows
    .map((row, r) => (sections.has(lines[base + r]!) ? `${sections.get(lines[base + r]!)}\n${row}` : row))
    .join("\n");
}

/**
 * The grid of lines[first, end) without a line of text set in runs that joined it: a lead-in on
 * top ("Figures from the **ONS** show:"), a source line or a sentence under it ("**Source:** ONS",
 * the label in bold, is two runs in one type size, as a row is). Each is left out only when the
 * lines with it make no grid, and only when enough lines are left.
 */
function gridWithoutTextAround(lines: readonly Line[], first: number, end: number): PdfTable | null {
  const top = end - first > MIN_LINES && readsAsOneStretch(lines[first]!);
  const bottom = end - first > MIN_LINES && closesTable(lines[end - 1]!);
  return (
    (top ? gridOf(lines, first + 1, end) : null) ??
    (bottom ? gridOf(lines, first, end - 1) : null) ??
    (top && bottom && end - first > MIN_LINES + 1 ? gridOf(lines, first + 1, end - 1) : null)
  );
}

/** "Source: ONS", "Note: …" or a sentence, set as one stretch of text: a line under a table, no row of it. */
function closesTable(line: Line): boolean {
  return (SOURCE_LABEL.test(line.text) || ENDS_LEAD_IN.test(line.text)) && readsAsOneStretch(line);
}

/** What opens a table's source line or note. */
const SOURCE_LABEL = /^(?:Sources?|Data|Figures|Notes?)\b/;

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

/** The next line of a grid: two runs or more, the same type size, right below (its top at `top`). */
function nextInGrid(prev: Line, line: Line, top: number): boolean {
  const drop = prev.y - top;
  return line.parts.length >= 2 && sameSize(prev, line) && drop > 0 && drop < 2.5 * line.fontSize;
}

interface Column {
  x: number;
  endX: number;
}

/**
 * The table of lines[first, end), or null when they make none. `groups` is the line right above
 * them when it is tried as a group header over the header's cells ("2024" over "Q1" "Q2"); the
 * table then starts with it, and its labels open the header cells under them ("2024 Q1").
 */
function gridOf(lines: readonly Line[], first: number, end: number, groups?: Line): PdfTable | null {
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
  const placedRuns: LinePart[][][] = block.map((line, i) => {
    const header = i === 0 ? headerCells(line, keep.length) : null;
    if (header !== null) return header;
    const out: LinePart[][] = keep.map(() => []);
    for (const p of line.parts) {
      const c = columns.findIndex((col) => inColumn(p, col));
      out[owner[c]!]!.push(p);
    }
    return out;
  });
  const cells: string[][] = placedRuns.map((row) => row.map(cellText));
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
  const top = groups === undefined ? first : first - 1;
  if (strayAbove(lines, top, columns) || strayBelow(lines, end, columns)) return null;
  if (groups !== undefined) {
    const labels = groupLabels(groups, cellExtents(placedRuns));
    if (labels === null) return null;
    cells[0] = cells[0]!.map((cell, k) => (k === 0 ? cell : `${labels[k - 1]} ${cell}`.trim()));
  }
  return { first: top, end, text: cells.map((row) => row.join("\t")).join("\n") };
}

/** The stretch of page each of the table's columns covers: its cells' runs, the header's with the rows'. */
function cellExtents(placedRuns: readonly LinePart[][][]): Column[] {
  return placedRuns[0]!.map((_, k) => {
    const parts = placedRuns.flatMap((row) => row[k]!);
    return { x: Math.min(...parts.map((p) => p.x)), endX: Math.max(...parts.map((p) => p.endX)) };
  });
}

/**
 * A group header's label for each column after the first, when it is one and unambiguous: two or
 * more labels ("2024" "2025"), none over the first column, each centred over as many columns as
 * the others (two or more), in order ("2024" over "Q1" "Q2", "2025" over the next two). A label
 * that stands over one column of its block (a header cell's wrapped first line, "Average" over
 * "rent") is not centred over the block, and groups of unequal size leave it unclear which
 * columns a label covers: the lines then stay text.
 */
function groupLabels(line: Line, columns: readonly Column[]): string[] | null {
  if (columns.length < 3) return null;
  const labels = runsAWordApart(line);
  const span = columns.length - 1;
  if (labels.length < 2 || span % labels.length !== 0 || span / labels.length < 2) return null;
  const width = span / labels.length;
  const out: string[] = [];
  for (let g = 0; g < labels.length; g++) {
    const parts = labels[g]!;
    const x = Math.min(...parts.map((p) => p.x));
    const endX = Math.max(...parts.map((p) => p.endX));
    const from = columns[1 + g * width]!;
    const to = columns[g * width + width]!;
    const centre = (x + endX) / 2;
    const blockCentre = (from.x + to.endX) / 2;
    // Centred over its block, and clear of the columns of the blocks beside it.
    if (Math.abs(centre - blockCentre) > GROUP_CENTRING * (to.endX - from.x)) return null;
    if (x <= columns[g * width]!.endX || (columns[1 + (g + 1) * width] && endX >= columns[1 + (g + 1) * width]!.x))
      return null;
    out.push(...Array<string>(width).fill(cellText(parts)));
  }
  return out;
}

/** How far (a share of its block's width) a group label's centre may lie from its block's. */
const GROUP_CENTRING = 0.15;

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
  if (line.parts.length !== 1 || ENDS_LEAD_IN.test(line.text) || SOURCE_LABEL.test(line.text)) return false;
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
  if (line.parts.length === count) return [...line.parts].sort((a, b) => a.x - b.x).map((p) => [p]);
  const cells = runsAWordApart(line);
  return cells.length === count ? cells : null;
}

/** The line's runs left to right, those a word space apart taken together ("Average" "rent"). */
function runsAWordApart(line: Line): LinePart[][] {
  const cells: LinePart[][] = [];
  for (const p of [...line.parts].sort((a, b) => a.x - b.x)) {
    const last = cells.at(-1);
    if (last && p.x - last.at(-1)!.endX < WORD_GAP * line.fontSize) last.push(p);
    else cells.push([p]);
  }
  return cells;
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
  // A section row's line ("Inner London", no tab) stands among the rows and counts no columns.
  const lines = table.split("\n").filter((line) => line.includes("\t"));
  const nextLines = next.split("\n").filter((line) => line.includes("\t"));
  const heads = (line: string): boolean => !line.split("\t").some((cell) => FIGURE_CELL.test(cell));
  return (
    lines.length > 1 &&
    nextLines.length > 1 &&
    [...lines, ...nextLines].every((line) => width(line) === width(lines[0]!)) &&
    heads(lines[0]!) &&
    !heads(nextLines[0]!)
  );
}

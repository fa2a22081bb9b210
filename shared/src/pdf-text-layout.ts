// A PDF holds positioned runs of text, not paragraphs. This rebuilds the article's paragraphs from
// the runs' positions the way a reader sees them: runs on one baseline form a line, a wider gap or
// a change of type size starts a paragraph, words hyphenated at a line's end are joined again, and
// the running header, footer and page numbers that repeat on every page are dropped, so that no
// claim is made of "Springfield Gazette — Page 3" and no sentence is cut at a page break.

/** One run of text as the PDF places it (PDF units, y measured up from the page's bottom). */
export interface PdfTextRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPageRuns {
  runs: PdfTextRun[];
}

interface Line {
  text: string;
  x: number;
  y: number;
  endX: number;
  fontSize: number;
  /** Left and right edges of the column the line stands in (set by `placeInColumns`). */
  columnLeft: number;
  columnRight: number;
  columnLines: number;
  /** Most lines of the column end at its right margin: justified text. */
  columnJustified: boolean;
}

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
      const goesOn = !endsSentence(last) || (carried.lastLineFull && !page.firstLineIndented);
      if (goesOn) page.paragraphs[0] = joinLines(last, page.paragraphs[0]!);
      else paragraphs.push(last);
    }
    paragraphs.push(...page.paragraphs.slice(0, -1));
    carried = page;
  }
  if (carried) paragraphs.push(carried.paragraphs.at(-1)!);
  return paragraphs.filter((p) => p.length > 0).join("\n\n");
}

/** Runs on (nearly) one baseline, in the order the PDF gives them, make a line. */
function linesOf(runs: readonly PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const run of runs) {
    if (run.text.trim() === "" && run.width === 0) continue;
    const size = Math.max(run.fontSize, 1);
    if (line && Math.abs(run.y - line.y) <= 0.4 * Math.max(size, line.fontSize) && run.x >= line.x - size) {
      const gap = run.x - line.endX;
      const spaced = /\s$/.test(line.text) || /^\s/.test(run.text);
      line.text += !spaced && gap > 0.15 * size ? ` ${run.text}` : run.text;
      line.endX = Math.max(line.endX, run.x + run.width);
      line.fontSize = Math.max(line.fontSize, size);
      continue;
    }
    if (line) lines.push(line);
    line = {
      text: run.text,
      x: run.x,
      y: run.y,
      endX: run.x + run.width,
      fontSize: size,
      columnLeft: 0,
      columnRight: 0,
      columnLines: 0,
      columnJustified: false,
    };
  }
  if (line) lines.push(line);
  for (const l of lines) l.text = l.text.replace(/\s+/g, " ").trim();
  return lines.filter((l) => l.text.length > 0);
}

/** How many lines at the top and the bottom of a page may be a running header or footer. */
const EDGE_LINES = 2;

const furnitureKey = (text: string): string => text.toLowerCase().replace(/\d+/g, "#");

/**
 * Texts that stand apart at the top or bottom of most pages (numbers aside: "Page 3 of 9"): of at
 * least half the pages of a long document, of every page of a two-page one.
 */
function runningFurniture(pageLines: readonly Line[][]): Set<string> {
  const found = new Set<string>();
  if (pageLines.length < 2) return found;
  const needed = pageLines.length === 2 ? 2 : Math.ceil(pageLines.length / 2);
  const pagesWith = new Map<string, number>();
  for (const lines of pageLines) {
    const keys = new Set(setApartEdgeLines(lines).map((i) => furnitureKey(lines[i]!.text)));
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  for (const [key, count] of pagesWith) if (count >= needed) found.add(key);
  return found;
}

/**
 * Indices of the lines at a page's top or bottom that are set apart from the text beside them by
 * a wider gap or another type size, as running heads and footers are. A body line that happens to
 * repeat (a refrain, a table row) sits at the body's spacing and is not one of them.
 */
function setApartEdgeLines(lines: readonly Line[]): number[] {
  const spacing = usualLineSpacing(lines);
  // Running heads are often only a point larger or smaller than the text (12 against 11), or
  // aligned elsewhere (centred, flush right).
  const apart = (a: Line, b: Line): boolean =>
    Math.abs(a.fontSize - b.fontSize) > 0.05 * Math.max(a.fontSize, b.fontSize) ||
    Math.abs(a.x - b.x) > a.fontSize ||
    Math.abs(a.y - b.y) > paragraphGap(spacing, a);
  const found: number[] = [];
  for (let i = 0; i < Math.min(EDGE_LINES, lines.length - 1); i++) {
    if (!apart(lines[i]!, lines[i + 1]!)) break;
    found.push(i);
  }
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - EDGE_LINES); i--) {
    if (!apart(lines[i]!, lines[i - 1]!)) break;
    found.push(i);
  }
  return found;
}

// "7", "- 7 -", "Page 7", "7 of 12", "7/12".
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
// A short line that names its page: "Springfield Gazette | Page 7 of 12".
const NAMES_PAGE = /\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b/i;

/** A page's lines without its running header, footer and page number. */
function withoutFurniture(lines: readonly Line[], furniture: Set<string>): Line[] {
  const drop = new Set<number>();
  const top = topLine(lines);
  const bodySize = bodyFontSize(lines);
  for (const i of setApartEdgeLines(lines)) {
    const text = lines[i]!.text;
    const namesPage = text.length <= 80 && NAMES_PAGE.test(text) && !endsSentence(text);
    // The page's topmost line in smaller type than the text, not a sentence: a running head, even
    // on a one-page document where it cannot be seen to repeat ("Ministry of Ports — Press release").
    const smallHead = i === top && lines[i]!.fontSize < 0.95 * bodySize && text.length <= 100 && !endsSentence(text);
    if (PAGE_NUMBER.test(text) || namesPage || smallHead || furniture.has(furnitureKey(text))) drop.add(i);
  }
  return lines.filter((_, i) => !drop.has(i));
}

/** Index of the line highest on the page (PDFs need not write a running head first). */
function topLine(lines: readonly Line[]): number {
  let top = -1;
  for (let i = 0; i < lines.length; i++) if (top < 0 || lines[i]!.y > lines[top]!.y) top = i;
  return top;
}

/** The type size most of the page's text is set in. */
function bodyFontSize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.fontSize, (chars.get(l.fontSize) ?? 0) + l.text.length);
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) {
    if (count > most) [best, most] = [size, count];
  }
  return best;
}

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
  const paragraphs: string[] = [];
  let current = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    if (prev && !startsParagraph(prev, line, spacing)) {
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

/**
 * The distance between consecutive baselines of a paragraph's lines: the lower median of the
 * page's gaps between lines of one type size, and never more than 1.6 em (a page of a few lines
 * has too few gaps to tell line spacing from paragraph spacing).
 */
function usualLineSpacing(lines: readonly Line[]): number {
  const gaps: number[] = [];
  let size = 0;
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0 && sameSize(lines[i - 1]!, lines[i]!)) gaps.push(gap);
    size = Math.max(size, lines[i]!.fontSize);
  }
  if (gaps.length === 0) return 0;
  gaps.sort((a, b) => a - b);
  return Math.min(gaps[Math.floor((gaps.length - 1) / 2)]!, 1.6 * size);
}

const sameSize = (a: Line, b: Line): boolean =>
  Math.abs(a.fontSize - b.fontSize) <= 0.15 * Math.max(a.fontSize, b.fontSize);

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
 * A gap between baselines wider than this starts a paragraph: a fifth more than the page's usual
 * line spacing, or than a large type's own line height (a headline set on two lines). Word
 * processors put 7 to 8 points after an 11-point paragraph: about 1.5 times the line spacing.
 */
const paragraphGap = (spacing: number, line: Line): number => 1.2 * Math.max(spacing, 1.15 * line.fontSize);

const SENTENCE_END = /[.!?…:;][)\]"'”’»]*$/;
const endsSentence = (text: string): boolean => SENTENCE_END.test(text);

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

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
}

/** Paragraphs separated by blank lines, ready to be imported as plain text. */
export function layoutPdfText(pages: readonly PdfPageRuns[]): string {
  const pageLines = pages.map((page) => linesOf(page.runs));
  const furniture = runningFurniture(pageLines);
  const paragraphs: string[] = [];
  let carried: string | null = null;
  for (const lines of pageLines) {
    const pageParagraphs = paragraphsOf(withoutFurniture(lines, furniture));
    if (carried !== null && pageParagraphs.length > 0) {
      // A sentence cut by the page break goes on at the top of the next page.
      pageParagraphs[0] = joinLines(carried, pageParagraphs[0]!);
    } else if (carried !== null) {
      paragraphs.push(carried);
    }
    carried = null;
    const last = pageParagraphs.pop();
    paragraphs.push(...pageParagraphs);
    if (last === undefined) continue;
    if (endsSentence(last)) paragraphs.push(last);
    else carried = last;
  }
  if (carried !== null) paragraphs.push(carried);
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
    line = { text: run.text, x: run.x, y: run.y, endX: run.x + run.width, fontSize: size };
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
  const apart = (a: Line, b: Line): boolean =>
    !sameSize(a, b) || Math.abs(a.y - b.y) > 1.5 * (spacing > 0 ? spacing : 1.2 * a.fontSize);
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
  for (const i of setApartEdgeLines(lines)) {
    const text = lines[i]!.text;
    const namesPage = text.length <= 80 && NAMES_PAGE.test(text) && !endsSentence(text);
    if (PAGE_NUMBER.test(text) || namesPage || furniture.has(furnitureKey(text))) drop.add(i);
  }
  return lines.filter((_, i) => !drop.has(i));
}

/** A page's lines grouped into paragraphs, each one line of text. */
function paragraphsOf(lines: readonly Line[]): string[] {
  const spacing = usualLineSpacing(lines);
  const rightEdge = Math.max(0, ...lines.map((l) => l.endX));
  const leftEdge = Math.min(...lines.map((l) => l.x));
  const paragraphs: string[] = [];
  let current = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    if (prev && !startsParagraph(prev, line, spacing, leftEdge, rightEdge)) {
      current = joinLines(current, line.text);
      continue;
    }
    if (current) paragraphs.push(current);
    current = line.text;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

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

function startsParagraph(prev: Line, line: Line, spacing: number, leftEdge: number, rightEdge: number): boolean {
  const gap = prev.y - line.y;
  // Moving up the page: a new column or a block placed out of order.
  if (gap <= 0) return true;
  // A headline, a subheading or a caption in another type size.
  if (!sameSize(prev, line)) return true;
  const usual = spacing > 0 ? spacing : 1.2 * line.fontSize;
  if (gap > 1.5 * usual) return true;
  // No space between paragraphs: a short line ending a sentence, or an indented first line.
  const width = rightEdge - leftEdge;
  const shortLine = width > 0 && prev.endX - leftEdge < 0.7 * width;
  if (endsSentence(prev.text) && (shortLine || line.x > leftEdge + line.fontSize)) return true;
  return false;
}

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

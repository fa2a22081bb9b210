// A PDF holds positioned runs of text, not lines. Runs on one baseline make a line; the measures
// here (type size, line spacing, the gap that starts a paragraph, a sentence's end) are what both
// the page furniture and the paragraph layout read lines by.

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

/** A run's text and where it stands on its line: a table's cells are told apart by these. */
export interface LinePart {
  text: string;
  x: number;
  endX: number;
}

export interface Line {
  text: string;
  /** The line's runs that hold more than white space, in the order the PDF gives them. */
  parts: LinePart[];
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

/** Runs on (nearly) one baseline, in the order the PDF gives them, make a line. */
export function linesOf(runs: readonly PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const run of runs) {
    if (run.text.trim() === "" && run.width === 0) continue;
    const size = Math.max(run.fontSize, 1);
    if (line && Math.abs(run.y - line.y) <= 0.4 * Math.max(size, line.fontSize) && run.x >= line.x - size) {
      const gap = run.x - line.endX;
      const spaced = /\s$/.test(line.text) || /^\s/.test(run.text);
      line.text += !spaced && gap > 0.15 * size ? ` ${run.text}` : run.text;
      if (run.text.trim() !== "") line.parts.push({ text: run.text, x: run.x, endX: run.x + run.width });
      line.endX = Math.max(line.endX, run.x + run.width);
      line.fontSize = Math.max(line.fontSize, size);
      continue;
    }
    if (line) lines.push(line);
    line = {
      text: run.text,
      parts: run.text.trim() === "" ? [] : [{ text: run.text, x: run.x, endX: run.x + run.width }],
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

/**
 * The distance between consecutive baselines of a paragraph's lines: the lower median of the
 * page's gaps between lines of one type size, and never more than 1.6 em (a page of a few lines
 * has too few gaps to tell line spacing from paragraph spacing).
 */
export function usualLineSpacing(lines: readonly Line[]): number {
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

export const sameSize = (a: Line, b: Line): boolean =>
  Math.abs(a.fontSize - b.fontSize) <= 0.15 * Math.max(a.fontSize, b.fontSize);

/**
 * A gap between baselines wider than this starts a paragraph: a fifth more than the page's usual
 * line spacing, or than a large type's own line height (a headline set on two lines). Word
 * processors put 7 to 8 points after an 11-point paragraph: about 1.5 times the line spacing.
 */
export const paragraphGap = (spacing: number, line: Line): number => 1.2 * Math.max(spacing, 1.15 * line.fontSize);

const SENTENCE_END = /[.!?…:;][)\]"'”’»]*$/;
export const endsSentence = (text: string): boolean => SENTENCE_END.test(text);

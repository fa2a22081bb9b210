// Running heads, footers and page numbers: text a PDF repeats on its pages that is no part of the
// article, so that no claim is made of "Springfield Gazette — Page 3".
import { isPageCounter } from "./page-counter.ts";
import { endsSentence, paragraphGap, usualLineSpacing, type Line } from "./pdf-lines.ts";

/** How many lines at the top and the bottom of a page may be a running header or footer. */
const EDGE_LINES = 2;

const furnitureKey = (text: string): string => text.toLowerCase().replace(/\d+/g, "#");

/**
 * Texts that stand apart at the top or bottom of most pages (numbers aside: "Page 3 of 9"): of at
 * least half the pages of a long document, of every page of a two-page one.
 */
export function runningFurniture(pageLines: readonly Line[][]): Set<string> {
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

// A short line that names its page: "Springfield Gazette | Page 7 of 12".
const NAMES_PAGE = /\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b/i;

/** A page's lines without its running header, footer and page number. */
export function withoutFurniture(lines: readonly Line[], furniture: Set<string>): Line[] {
  const drop = new Set<number>();
  const top = topLine(lines);
  const bodySize = bodyFontSize(lines);
  for (const i of setApartEdgeLines(lines)) {
    const text = lines[i]!.text;
    const namesPage = text.length <= 80 && NAMES_PAGE.test(text) && !endsSentence(text);
    // The page's topmost line in smaller type than the text, not a sentence: a running head, even
    // on a one-page document where it cannot be seen to repeat ("Ministry of Ports — Press release").
    const smallHead = i === top && lines[i]!.fontSize < 0.95 * bodySize && text.length <= 100 && !endsSentence(text);
    if (isPageCounter(text, "pdf margin") || namesPage || smallHead || furniture.has(furnitureKey(text))) drop.add(i);
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

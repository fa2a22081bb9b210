import { decodeEntityAt } from "./html-entities.ts";
import { isProseCell } from "../text/table-rows.ts";

const ROW_OR_CELL = /<(\/?)(tr|td|th|table)\b([^>]*)>/gi;
const SPAN_ATTRIBUTE = /\b(?:colspan|rowspan)\s*=\s*["']?\s*(?:[2-9]|\d\d)/i;

/** A cell's text: tags dropped, entities decoded, white space folded. */
function cellText(html: string): string {
  let text = "";
  for (let i = 0; i < html.length; i++) {
    const c = html[i]!;
    if (c === "<") {
      const close = html.indexOf(">", i);
      if (close < 0) break;
      i = close;
      text += " ";
      continue;
    }
    if (c === "&") {
      const entity = decodeEntityAt(html, i);
      if (entity) {
        text += entity.text;
        i += entity.length - 1;
        continue;
      }
    }
    text += c;
  }
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Is the `<table>` element raw[start, end) a grid of data, to be written a row a line? At least
 * two rows with the same number of cells (two or more), no cell spanning others, no table inside
 * it and no cell that holds a sentence. A layout table (a photo beside its caption, a heading
 * across a row, "What was said | The facts" with a sentence in each cell) keeps its cells as
 * paragraphs, so each is read as prose with its own speaker.
 */
export function isDataTable(raw: string, start: number, end: number): boolean {
  const html = raw.slice(start, end);
  // Cells per row, in order; a cell before any <tr> opens a row of its own.
  const widths: number[] = [];
  let cellStart = -1;
  let tables = 0;
  ROW_OR_CELL.lastIndex = 0;
  for (let m = ROW_OR_CELL.exec(html); m !== null; m = ROW_OR_CELL.exec(html)) {
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    if (name === "table") {
      if (!closing && ++tables > 1) return false;
      continue;
    }
    // A cell ends at the next row or cell tag, opening or closing.
    if (cellStart >= 0) {
      if (isProseCell(cellText(html.slice(cellStart, m.index)))) return false;
      cellStart = -1;
    }
    if (closing) continue;
    if (name === "tr") {
      widths.push(0);
      continue;
    }
    if (SPAN_ATTRIBUTE.test(m[3]!)) return false;
    if (widths.length === 0) widths.push(0);
    widths[widths.length - 1]!++;
    cellStart = m.index + m[0].length;
  }
  if (cellStart >= 0 && isProseCell(cellText(html.slice(cellStart)))) return false;
  return widths.length >= 2 && widths[0]! >= 2 && widths.every((w) => w === widths[0]);
}

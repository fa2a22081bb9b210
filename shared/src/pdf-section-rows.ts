// A section row in a PDF table: a label alone on its line between two rows ("Inner London" over
// "Camden £2,450 +7.1%"), naming the rows under it. As a line of one run it broke the grid, and the
// whole table stayed text. It is now set aside before the grid is looked for, and written back as
// a line of its own over its row, which the extractor reads as a section row
// (server/src/extract/text/table-section-lines.ts). A page's counter left between two rows
// ("Page 2 of 5") is set aside the same way and dropped.

import { isPageCounter } from "./page-counter.ts";
import { sameSize, type Line } from "./pdf-lines.ts";
import type { JoinedLines } from "./pdf-wrapped-labels.ts";
import { isTableInterruption, rowLabel } from "./table-section-rows.ts";

export interface SectionedLines extends JoinedLines {
  /** The section row's name over a row, by the row's line. */
  sections: Map<Line, string>;
}

/** The lines with each section row (and counter) between two rows folded into the row under it. */
export function foldSectionRows(joined: JoinedLines): SectionedLines {
  const out: SectionedLines = { lines: [], from: [], to: [], top: new Map(), sections: new Map() };
  const { lines } = joined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const prev = out.lines.at(-1);
    const next = lines[k + 1];
    const kind = prev && next ? betweenRows(prev, line, next, joined.top.get(next) ?? next.y) : null;
    if (kind === null) {
      out.lines.push(line);
      out.from.push(joined.from[k]!);
      out.to.push(joined.to[k]!);
      const top = joined.top.get(line);
      if (top !== undefined) out.top.set(line, top);
      continue;
    }
    // The row stands where it did; the row above drops to the section's line.
    out.lines.push(next!);
    out.from.push(joined.from[k]!);
    out.to.push(joined.to[k + 1]!);
    out.top.set(next!, line.y);
    if (kind !== COUNTER) out.sections.set(next!, kind);
    k++;
  }
  return out;
}

const COUNTER = "";

/**
 * The section's name when `line` is a lone run between two rows of a grid (two runs or more each,
 * in one type size, a row's spacing apart), set under the first cell of the row below it and
 * clear of its next cell; COUNTER for a page's counter there; null for anything else.
 */
function betweenRows(prev: Line, line: Line, next: Line, nextTop: number): string | null {
  if (line.parts.length !== 1 || prev.parts.length < 2 || next.parts.length < 2) return null;
  if (!sameSize(prev, line) || !sameSize(line, next)) return null;
  const above = prev.y - line.y;
  const below = line.y - nextTop;
  if (above <= 0 || above >= 2.5 * line.fontSize || below <= 0 || below >= 2.5 * line.fontSize) return null;
  const text = line.text.trim();
  // An advert's slot there ("Advertisement") is set aside and dropped as a counter is.
  if (isPageCounter(text) || isTableInterruption(text)) return COUNTER;
  const cells = [...next.parts].sort((a, b) => a.x - b.x);
  const run = line.parts[0]!;
  if (Math.abs(run.x - cells[0]!.x) > line.fontSize || run.endX >= cells[1]!.x) return null;
  // A label that names no rows ("Office for National Statistics", "Top Scorers") is set apart too:
  // the text's reading ends the table there, as in a paste, where the grid would stay text.
  return rowLabel(text) === null ? null : text;
}

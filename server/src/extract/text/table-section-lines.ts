/**
 * A section row among a table's rows in the body: a label alone on its line ("North", "| Inner
 * London |", "Region: North", a PDF's lone label as the layout writes it), or a Markdown row whose
 * only cell is its first, set in bold or keyed ("| **North** | | |", "| Region: South | | |"). It names the rows under it, which go
 * on as the table's (table-rows.ts), each worded with the name first ("North: Leeds: Rate 4.1%").
 * A full row with empty cells and no bold is a row with no figures ("| Reform | | |"), as before.
 */

import { sectionRowName } from "@claimdesk/shared/table-section-rows";
import type { TableCell } from "./table-rows.ts";

/** A line of a table's paragraph: its cells, or null when it holds fewer than two. */
export interface SectionLine {
  start: number;
  end: number;
  cells: TableCell[] | null;
}

/** Markdown's bold around a whole cell: "**North**", "__North__". */
const BOLD = /^(\*\*|__)(.+)\1$/;

/** The section's name in the body when the line is a section row, else null. */
export function sectionOver(body: string, line: SectionLine): TableCell | null {
  let a = line.start;
  let b = line.end;
  if (line.cells !== null) {
    // "| **North** | | |": its first cell in bold, the rest empty.
    if (line.cells.slice(1).some((c) => c.end > c.start)) return null;
    a = line.cells[0]!.start;
    b = line.cells[0]!.end;
    // "| Region: South | | |" names its section as plainly as the bold does.
    const first = body.slice(a, b);
    if (!BOLD.test(first) && !first.includes(": ")) return null;
  }
  // Cheap first: a section's name is short.
  if (b - a > 64) return null;
  const trimmed = trimLine(body, a, b);
  if (trimmed === null) return null;
  const name = sectionRowName(body.slice(trimmed.start, trimmed.end));
  return name === null ? null : { start: trimmed.start + name.from, end: trimmed.start + name.to };
}

/** The line's text without white space, outer pipes and bold markers; null if nothing is left. */
function trimLine(body: string, a: number, b: number): TableCell | null {
  const text = body.slice(a, b);
  const m = /^[\s|]*(\*\*|__)?(.*?)\1?[\s|]*$/.exec(text);
  if (m === null || m[2]!.trim() === "") return null;
  const inner = m[2]!;
  const lead = inner.length - inner.trimStart().length;
  const start = a + text.indexOf(inner) + lead;
  return { start, end: start + inner.trim().length };
}

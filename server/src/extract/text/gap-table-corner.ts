/**
 * A gap-aligned table whose header leaves its corner empty: the names stand over the figures only,
 * the line set in by the label column's width ("          2024    2025    Change" over "Leeds     310
 * 350     +13%"). The header had one name fewer than its rows, so gap-aligned-tables.ts read no
 * table: the header was a claim of its own ("2024 2025 Change") and each row bare figures. A
 * header set in by a gap of two spaces or more is read with an empty first cell, the rows' labels
 * under it, as a tabbed table's "\t2024\t2025" is (table-rows.ts). A line set flush with the
 * rows' labels keeps its first name for theirs, as before.
 */

import { isAsciiLower, isSpace } from "./char-classes.ts";
import type { TableRow } from "./table-rows.ts";

/**
 * The gap-parted line `row` with an empty corner cell before its names, when the line is set in
 * by a gap (two blanks right before its first name); null otherwise. The caller asks the names to
 * be a header's; here only that none is words opening in lower case: a column's name of words opens
 * with a capital ("Cases", "Goal Diff"), and a line set in whose second part does not ("        The
 * council said   it would appeal") is a sentence parted by a gap, over figures that are not its.
 */
export function withEmptyCorner(body: string, row: TableRow): TableRow | null {
  const first = row.cells[0]!.start;
  // Back over the blanks before the first name (the line's indent, bounded by it) to the line's start.
  let k = first;
  while (k > 0 && body.charCodeAt(k - 1) !== 10 && isSpace(body.charCodeAt(k - 1))) k--;
  if (first - k < 2 || (k > 0 && body.charCodeAt(k - 1) !== 10)) return null;
  for (const c of row.cells) if (isAsciiLower(body.charCodeAt(c.start)) && lowerWords(body, c)) return null;
  return { start: row.start, end: row.end, cells: [{ start: first, end: first }, ...row.cells] };
}

/** Does the cell hold more than one word ("it would appeal", not "deaths")? */
function lowerWords(body: string, c: { start: number; end: number }): boolean {
  const space = body.indexOf(" ", c.start);
  return space >= 0 && space < c.end;
}

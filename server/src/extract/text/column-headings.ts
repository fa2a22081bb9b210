import type { TableRow } from "./table-rows.ts";

/**
 * A table's header row of column headings (decision 675): "Name | Role | Team" over "Jo Smith |
 * Captain | Bath". A table without figures and without a Markdown delimiter line was read as lines
 * of words holding a bar (a site's menu, "Home | News | Sport" over "Weather | iPlayer | Sounds",
 * has the same shape), and its rows were dropped as topic links. A first row whose every cell is a
 * column's heading no menu holds heads a table, as a delimiter line under it does.
 */
const COLUMN_HEADINGS = new Set(
  "name names party seat constituency ward candidate candidates role position post job title office portfolio department team club country nation region county city town area council school player opponent venue winner award category sector company firm status result outcome reason notes type".split(
    " ",
  ),
);

/** Is every cell of the row (two or more) a column's heading ("Name", "Party", "Role")? */
export function isColumnHeadingRow(body: string, row: TableRow): boolean {
  if (row.cells.length < 2) return false;
  return row.cells.every((c) => c.end - c.start <= 14 && COLUMN_HEADINGS.has(body.slice(c.start, c.end).toLowerCase()));
}

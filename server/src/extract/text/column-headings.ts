import type { TableRow } from "./table-rows.ts";

/**
 * A table's header row of column headings (decision 675): "Name | Role | Team" over "Jo Smith |
 * Captain | Bath". A table without figures and without a Markdown delimiter line was read as lines
 * of words holding a bar (a site's menu, "Home | News | Sport" over "Weather | iPlayer | Sounds",
 * has the same shape), and its rows were dropped as topic links. A first row whose every cell is a
 * column's heading no menu holds heads a table, as a delimiter line under it does. A squad's and a
 * club's headings ("Player | Shirt | Position", "Club | Manager | Sponsor", "Name | Nationality |
 * Age") were added by decision 715: no site's menu names its sections so.
 */
const COLUMN_HEADINGS = new Set(
  "name names party seat constituency ward candidate candidates role position post job title office portfolio department team club country nation region county city town area council school player opponent venue winner award category sector company firm status result outcome reason notes type shirt nationality age manager coach sponsor".split(
    " ",
  ),
);

/**
 * A site's sections, as its menu lists them ("Home | News | Sport", "Weather | Travel | Business"):
 * a row of nothing else under a row of headings is a menu's, not a table's (decision 675's review).
 * A club's site lists its own ("Club | Team | Manager" over "Fixtures | Results | Tickets", "Shop |
 * History | Contact", "Sign up | Log in"), added when decision 715's headings let "Manager" and
 * "Coach" head a table (its review).
 */
const SITE_SECTIONS = new Set([
  ..."home news sport sports weather business politics travel culture opinion lifestyle world uk money health science tech technology video videos podcasts sounds iplayer entertainment arts football cricket rugby tennis golf food fashion style books music film tv radio live latest more menu search".split(
    " ",
  ),
  ..."fixtures results tickets shop store contact about history squad membership help account login".split(" "),
  "contact us",
  "about us",
  "sign up",
  "sign in",
  "log in",
]);

/** Is every cell of the row (two or more) a column's heading ("Name", "Party", "Role")? */
export function isColumnHeadingRow(body: string, row: TableRow): boolean {
  if (row.cells.length < 2) return false;
  return row.cells.every((c) => c.end - c.start <= 14 && COLUMN_HEADINGS.has(body.slice(c.start, c.end).toLowerCase()));
}

/**
 * Is some row under the headings a site's menu, every cell a section ("Team | Club | Country" over
 * "News | Sport | Weather")? Such rows were dropped as topic links and are not read as a table's.
 */
export function holdsMenuRow(body: string, rows: readonly TableRow[]): boolean {
  return rows.some(
    (r, k) =>
      k > 0 &&
      r.cells.every((c) => c.end - c.start <= 13 && SITE_SECTIONS.has(body.slice(c.start, c.end).toLowerCase())),
  );
}

/**
 * A header row of headings outside `COLUMN_HEADINGS` (column-headings.ts) that the rows under it
 * confirm: "Member | Committee" over "Jo Smith | Treasury", "Player | Squad number | Position" over
 * "Jo Smith | Nine | Striker". Decision 675 read a table of word rows with no delimiter line only
 * under headings it knew, and a longer list of them would never be long enough ("Apps", "Caps",
 * "Squad number", "Committee"): the rows were dropped as topic links, or read line by line with
 * the header a claim of its own. A site's menu has the same shape, but its rows name sections, not
 * people; here every row opens with a person's name ("Jo Smith", "Ana Ruiz"), and every cell of the
 * first row is a heading (one or two words, capitalised, the second in lowercase, no figure). So a
 * page's credit line ("By Jane Doe | Reuters") heads nothing, and a menu's rows ("News | Sport")
 * open with no name (decision 745).
 */

import { mayBeGivenName } from "../analysis/person-titles.ts";
import { isAsciiLower, isAsciiUpper } from "./char-classes.ts";
import { namesPeople, namesPersonsRelation, namesRelation } from "./people-headings.ts";
import type { TableCell, TableRow } from "./table-rows.ts";

/** "Apps", "Committee", "Squad number": a capitalised word, and at most one more in lowercase. */
function isHeading(body: string, cell: TableCell): boolean {
  if (cell.end - cell.start < 3 || cell.end - cell.start > 16 || !isAsciiUpper(body.charCodeAt(cell.start)))
    return false;
  const space = body.indexOf(" ", cell.start);
  if (space < 0 || space >= cell.end) return true;
  // One more word, in lowercase: "Squad number", not a name ("Jane Doe") or three words.
  const second = body.indexOf(" ", space + 1);
  return isAsciiLower(body.charCodeAt(space + 1)) && (second < 0 || second >= cell.end);
}

/** The words of `text` when there are two to `most` of them and the first may be a given name; else null. */
function givenNameFirst(text: string, most: number): string[] | null {
  const words = text.split(" ");
  return words.length < 2 || words.length > most || !mayBeGivenName(words[0]!) ? null : words;
}

/** A capitalised word of two letters or more, as a name's other words are: "Smith", "Ruiz". */
const isNameWord = (w: string): boolean => w.length > 1 && isAsciiUpper(w.charCodeAt(0));

/** A person's name of two or three words, the first a given name: "Jo Smith", "Ana María Ruiz". */
function isPersonsName(text: string): boolean {
  const words = givenNameFirst(text, 3);
  return words !== null && words.every((w, k) => k === 0 || (isNameWord(w) && !/\d/.test(w)));
}

/** A cell that names a person as a row's other cells do: "Alisson Becker", "Virgil van Dijk". */
function namesPerson(text: string): boolean {
  const words = givenNameFirst(text, 4);
  return words !== null && isNameWord(words[words.length - 1]!);
}

/**
 * Is the first row a header of headings, confirmed by a person's name opening every row under it?
 * The heading over the names must name people ("Member", "Player", "Name"): a site's staff listing,
 * related topics, a podcast strip or a row of bylines sets names under a section ("Analysis |
 * Opinion" over "Jo Smith | Political editor", "Topics | Related" over "Rachel Reeves | Budget")
 * and is no table (decision 785). When every cell of every row names a person, the other headings
 * must name the other person's part too ("Winner | Runner-up", "Minister | Replaced by"): a team
 * sheet ("Everton | Liverpool"), a credit ("Words | Pictures"), a rota or a columnists' menu
 * ("Columnists | Opinion") sets one name beside another that is no attribute of it (decision 745's
 * review).
 */
export function headsRowsOfNames(body: string, rows: readonly TableRow[]): boolean {
  if (rows.length < 2 || !rows[0]!.cells.every((c) => isHeading(body, c))) return false;
  if (!rows.every((r, k) => k === 0 || isPersonsName(body.slice(r.cells[0]!.start, r.cells[0]!.end)))) return false;
  const headings = rows[0]!.cells.map((c) => body.slice(c.start, c.end));
  if (!namesPeople(headings[0]!)) return false;
  return !namesBesideNames(body, rows) || headings.every((h, k) => k === 0 || namesPersonsRelation(h));
}

/** Does every cell of every row under the first name a person ("Jo Smith | Ana Ruiz")? */
function namesBesideNames(body: string, rows: readonly TableRow[]): boolean {
  return rows.every((r, k) => k === 0 || r.cells.every((c) => namesPerson(body.slice(c.start, c.end))));
}

/**
 * Does a header of people's headings set two people side by side in each row, neither the other's
 * part: "Presenters | Editors" over "Jo Smith | Ana Ruiz", a rota's or a programme's two sides
 * (decision 840)? Such a row reads each name under its own heading ("Presenters: Jo Smith; Editors:
 * Ana Ruiz"), not the second as the first's ("Jo Smith: Editors: Ana Ruiz"). A heading of where one
 * stands to the other ("Runner-up", "Mentor", "Replaced by") keeps the first name the row's label
 * (decision 785). Asked only of a headed table with no figure.
 */
export function setsNamesSideBySide(body: string, rows: readonly TableRow[]): boolean {
  if (rows.length < 2) return false;
  const header = rows[0]!.cells.map((c) => body.slice(c.start, c.end));
  if (!header.every((h) => namesPeople(h)) || header.some((h) => namesRelation(h))) return false;
  return namesBesideNames(body, rows);
}

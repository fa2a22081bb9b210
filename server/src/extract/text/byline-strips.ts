/**
 * A site's strip of its writers, each beside their latest headline: "Writers | Latest" over "Jo
 * Smith | Leeds man jailed for fraud" (decision 840). The first heading names people, so decision
 * 785 read the strip as a table of them ("Jo Smith: Latest: Leeds man jailed for fraud"), and
 * before it each line was a claim; it is furniture, another page's headlines under their bylines.
 *
 * The first heading must name those who write (not any people: "Player | Latest" over "Jo Smith |
 * Doubtful" is a squad's team news), and every other heading a strip's "Latest" or "Most recent".
 * A story's table of journalists and what befell them ("Journalist | Latest" over "Jo Smith |
 * Sentenced to six years", "Ana Ruiz | Case dropped") is no strip: a row's cell that opens with a
 * participle or holds at most two words says where the person stands, not another page's headline
 * (decision 840's review).
 */

import { lastWord, singular } from "./people-headings.ts";
import type { TableRow } from "./table-rows.ts";

/** Who a site's strip of bylines lists, singular (a plural's "-s" is taken off before the lookup). */
const WRITERS = new Set([
  "writer",
  "reporter",
  "columnist",
  "author",
  "correspondent",
  "contributor",
  "journalist",
  "critic",
  "blogger",
  "commentator",
]);

/** A strip's heading over the headlines: "Latest", "Latest stories", "Most recent", "Recent articles". */
const LATEST =
  /^(?:Latest|Most recent|Recent)(?: (?:stories|story|articles|article|columns|column|headlines|posts|pieces))?$/;

/** "Sentenced to six years", "Expelled from Moscow": a status's opening participle, not "Revealed: …". */
const OPENS_ON_A_PARTICIPLE = /^\p{Lu}\p{Ll}+ed(?![:\p{L}])/u;

/** Does the cell say where the row's person stands ("Arrested at a protest", "Case dropped", "Missing")? */
function readsAsAStatus(cell: string): boolean {
  return OPENS_ON_A_PARTICIPLE.test(cell) || cell.split(" ").length <= 2;
}

/** Do the header (the first row) and the rows under it make a strip of writers and their latest headlines? */
export function headsBylineStrip(body: string, rows: readonly TableRow[]): boolean {
  const header = rows[0]!;
  // Cheap first: the second heading opens with "L", "M" or "R".
  const second = header.cells[1];
  if (second === undefined) return false;
  const opening = body.charCodeAt(second.start);
  if (opening !== 76 && opening !== 77 && opening !== 82) return false;
  const first = header.cells[0]!;
  // "Writers", "Our columnists", "Staff writer".
  if (!WRITERS.has(singular(lastWord(body.slice(first.start, first.end))))) return false;
  if (!header.cells.every((c, k) => k === 0 || LATEST.test(body.slice(c.start, c.end)))) return false;
  return !rows.some((r, j) => j > 0 && r.cells.some((c, k) => k > 0 && readsAsAStatus(body.slice(c.start, c.end))));
}

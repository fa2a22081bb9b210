/**
 * A site's strip of its writers, each beside their latest headline: "Writers | Latest" over "Jo
 * Smith | Leeds man jailed for fraud" (decision 840). The first heading names people, so decision
 * 785 read the strip as a table of them ("Jo Smith: Latest: Leeds man jailed for fraud"), and
 * before it each line was a claim; it is furniture, another page's headlines under their bylines.
 *
 * The first heading must name those who write (not any people: "Player | Latest" over "Jo Smith |
 * Doubtful" is a squad's team news), and every other heading a strip's "Latest" or "Most recent".
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

/** Does the header row head a strip of writers and their latest headlines? */
export function headsBylineStrip(body: string, header: TableRow): boolean {
  // Cheap first: the second heading opens with "L", "M" or "R".
  const second = header.cells[1];
  if (second === undefined) return false;
  const opening = body.charCodeAt(second.start);
  if (opening !== 76 && opening !== 77 && opening !== 82) return false;
  const first = header.cells[0]!;
  // "Writers", "Our columnists", "Staff writer".
  if (!WRITERS.has(singular(lastWord(body.slice(first.start, first.end))))) return false;
  return header.cells.every((c, k) => k === 0 || LATEST.test(body.slice(c.start, c.end)));
}

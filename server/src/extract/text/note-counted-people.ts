/**
 * A count of people or events in a line under a table ("Figures exclude 40 people in prison",
 * "Totals include 12 deaths at sea"): the line says how many were left out or counted in, a
 * figure a fact-checker checks, so it is news on the figures and no note on how they are made
 * (table-notes.ts). A count of three digits or more was refused already; this takes the ones of
 * one or two digits, which a note's own words also hold ("people aged 16 to 64", "the 12 months
 * to March", "for 2 regions"), so only before a noun that counts people or deaths, with one word
 * at most between ("40 more people", "12 Covid deaths").
 *
 * A number that sizes a household or bounds an age is a note's too: after "for", "with", "on",
 * "per", "aged", "under", "over" or "households of" / "family of" (while "deaths of 12 prisoners"
 * counts), and a second count joined to such a one by "and" ("Figures are for 2 adults and 2
 * children", "households of 4 people", "couples with 2 children", "based on 2 adults sharing");
 * before "and", "or" or "to" ("men aged 16-64 and women aged 16-59", "children under 16 and
 * adults"); or before a possessive ("the 2 children's hospitals").
 */

import { isDigit } from "./char-classes.ts";

const COUNTED_PEOPLE =
  /(?<![\d.,])(?<!\b(?:for|with|on|per|aged|under|over|(?:households?|famil(?:y|ies)|couples?)\s+of)\s+(?:\d{1,2}\s+\p{L}+\s+(?:and|or)\s+)?)\b\d{1,2}\s+(?:(?!(?:and|or|to)\s)[\p{L}-]+\s+)?(?:people|persons|patients|prisoners|inmates|children|adults|pupils|students|deaths|victims|residents|households|families|staff|workers|employees|migrants|refugees|men|women)\b(?!['’])/u;

/** Does the line (a candidate note) count people or deaths with a small number? */
export function countsPeople(text: string): boolean {
  // Cheap first: no digit, no count.
  let digit = false;
  for (let i = 0; i < text.length && !digit; i++) digit = isDigit(text.charCodeAt(i));
  return digit && COUNTED_PEOPLE.test(text);
}

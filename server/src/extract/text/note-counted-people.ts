/**
 * A count of people or events in a line under a table ("Figures exclude 40 people in prison",
 * "Totals include 12 deaths at sea"): the line says how many were left out or counted in, a
 * figure a fact-checker checks, so it is news on the figures and no note on how they are made
 * (table-notes.ts). A count of three digits or more was refused already; this takes the ones of
 * one or two digits, which a note's own words also hold ("people aged 16 to 64", "the 12 months
 * to March", "for 2 regions"), so only before a noun that counts people or deaths, with one word
 * at most between ("40 more people", "12 Covid deaths").
 */

const COUNTED_PEOPLE =
  /(?<![\d.,])\b\d{1,2}\s+(?:[\p{L}-]+\s+)?(?:people|persons|patients|prisoners|inmates|children|adults|pupils|students|deaths|victims|residents|households|families|staff|workers|employees|migrants|refugees|men|women)\b/u;

/** Does the line (a candidate note) count people or deaths with a small number? */
export function countsPeople(text: string): boolean {
  return COUNTED_PEOPLE.test(text);
}

import { isLetterUnit } from "./char-classes.ts";

/**
 * A column's name that ends with a word leading into its cell ("Signed from", "Moved to",
 * "Replaced by", "Born in", "Standing for", "Held by", "Works at"): the name and the cell read as
 * one phrase ("Signed from Bath", "Held by Labour"), and a colon between them would part a
 * preposition from its object (decision 715's review).
 */
const LEADS_INTO_CELL = new Set(
  "from to by in for at of on with into onto under over against via since after before as v vs".split(" "),
);

/**
 * A table cell worded under its column's name. A figure reads after the name with a space, as a
 * reader says it ("Rate 4.1%", "Change +0.2", "2024 310"); a cell of words run on after a name of
 * words reads into it ("Role Next mayor", "Team Bath"), so a colon parts them ("Role: Next mayor",
 * "Team: Bath"). Only a cell that opens with a letter under a name that ends with one takes the
 * colon: a year over words ("2024 Labour") and a name over a figure keep the space (decision 715),
 * as does a name that ends with a preposition ("Signed from Bath", "Held by Labour").
 */
export function headedCell(name: string, value: string): string {
  // Cheap first: two code-unit tests, no regex; the name's last word is looked up only for a cell of words.
  const wordsOverWords = isLetterUnit(value.charCodeAt(0)) && isLetterUnit(name.charCodeAt(name.length - 1));
  if (!wordsOverWords || LEADS_INTO_CELL.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase()))
    return `${name} ${value}`;
  return `${name}: ${value}`;
}

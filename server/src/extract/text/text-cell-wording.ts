import { isLetterUnit } from "./char-classes.ts";

/**
 * A table cell worded under its column's name. A figure reads after the name with a space, as a
 * reader says it ("Rate 4.1%", "Change +0.2", "2024 310"); a cell of words run on after a name of
 * words reads into it ("Role Next mayor", "Team Bath"), so a colon parts them ("Role: Next mayor",
 * "Team: Bath"). Only a cell that opens with a letter under a name that ends with one takes the
 * colon: a year over words ("2024 Labour") and a name over a figure keep the space (decision 715).
 */
export function headedCell(name: string, value: string): string {
  // Cheap first: two code-unit tests, no regex.
  const wordsOverWords = isLetterUnit(value.charCodeAt(0)) && isLetterUnit(name.charCodeAt(name.length - 1));
  return wordsOverWords ? `${name}: ${value}` : `${name} ${value}`;
}

/**
 * A note on a table's figures set as its last line ("Figures are provisional and may change",
 * "Percentages may not add up to 100 due to rounding", "Data exclude Scotland"): it describes the
 * table, as a source line credits it, and says nothing a fact-checker checks apart from the rows.
 * Read as a sentence it was a claim of kind `other`. A note that names a row ("Figures for Hull
 * are provisional") is read as before (table-rows.ts asks namesARow first).
 */

import { isAsciiLetter } from "./char-classes.ts";
import { countsPeople } from "./note-counted-people.ts";

/** A line longer than this is prose under the table, not its note. */
const MAX_NOTE_LENGTH = 120;

const TABLE_NOTE = new RegExp(
  "^(?:notes?:\\s*)?(?:all\\s+)?(?:the\\s+)?(?:figures|data|totals|numbers|percentages|rates)\\s+(?:" +
    // "are provisional", "are rounded", "are for England only", "are in £m"
    "(?:are|is|were)\\s+(?:(?:all|only)\\s+)?(?:provisional|estimates?|estimated|rounded|unaudited|subject to|seasonally|not seasonally|based on|for|in|correct|as at|as of|up to)\\b" +
    // "may not add up", "do not include", "exclude Scotland", "have been rounded"
    "|(?:may|might|do|does)\\s+not\\s+(?:add|sum|include|total)\\b|(?:may|might)\\s+(?:change|be revised)\\b" +
    "|(?:exclude|excludes|include|includes|cover|covers|relate to|refer to)\\s" +
    "|(?:have|has) been (?:rounded|revised|adjusted)\\b)",
  "i",
);

/**
 * What a note does not hold: a count, a sum or a share of its own ("Figures include 1,200 deaths
 * in care homes", "Totals include £3m", "Data cover 1.2 million patients", "… show a 12% rise";
 * "add up to 100%", a year and "in £000s" are a note's), or a clause after a comma ("Figures are
 * estimates, but the ONS said …", "Data exclude Scotland, where the rate fell to 3.9%"). Such a
 * line is news on the figures and is read as a sentence.
 */
const NEWS_IN_NOTE =
  /\d,\d{3}|\d\.\d|[£$€]\s?[1-9]|\b(?!100\b)\d+\s?(?:%|per\s?cent)|(?<![\d,£$€])(?!100\b|(?:19|20)\d\d\b)\d{3,}(?![\d,])|,\s+(?:but|when|where|which|while|although|though|as|and|after|because|with)\b|\bshow(?:s|ed)?\b/i;

/** Is the line (trimmed) a note on the table's figures? */
export function isTableNote(text: string): boolean {
  if (text.length > MAX_NOTE_LENGTH || text.length < 12) return false;
  const c = text.charCodeAt(0);
  // Only a line that opens with a letter: "F", "D", "T", "N", "P", "R", "A" in either case.
  if (!isAsciiLetter(c)) return false;
  return TABLE_NOTE.test(text) && !NEWS_IN_NOTE.test(text) && !countsPeople(text);
}

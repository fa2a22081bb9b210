/**
 * A header cell's text without its footnote mark: "Population<sup>1</sup>" and "Population¹" read
 * "Population". Decision 745 joins a two-row header's names into one heading ("Population
 * Capacity:"), and a mark left in it ran into the next name ("Population 1 Capacity: 669"), as if
 * the figure were part of the heading (decision 785). A figure written in the cell's own text
 * ("Phase 2") is the heading's and is kept, and so is a unit's power ("Area km²", "Area ft²") and
 * the star of a grade or a rating ("A*", "5*").
 */

import { cellText } from "./html-cell-text.ts";

/** A mark set in <sup> as the cell's last text: "1", "a", "*", "12". */
const SUP_AT_END = /<sup\b[^>]*>\s*[^<\s]{1,3}\s*<\/sup>\s*$/i;
/** Marks a heading closes with: superscript figures (¹ ² ³, ⁰ to ⁹), an asterisk, a dagger. */
const TRAILING_MARKS = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079*\u2020\u2021]+$/u;
/** A unit a superscript figure raises to a power ("m²", "km²", "cm³", "ft²", "mi²", "m/s²"). */
const UNIT_BEFORE_POWER = /(?:^|[^\p{L}])(?:[kcdm]?m|ft|in|yd|mi)$|\/s$/u;
/** One letter or figure standing alone: a grade, a rating or a symbol ("A*", "5*", "R²"). */
const ONE_CHARACTER = /(?:^|\s)[\p{L}\p{N}]$/u;
/** A superscript figure, in <sup> or as a character: a power, as a footnote's mark may be. */
const POWER = /^(?:\d|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079])+$/u;

/**
 * Does the mark belong to the text before it? A power after a unit does, and a star or a power
 * after one letter or figure ("A*", "5*", "R²"); a dagger is always a footnote's.
 */
function markBelongs(before: string, mark: string): boolean {
  const power = POWER.test(mark);
  return (power && UNIT_BEFORE_POWER.test(before)) || ((power || mark === "*") && ONE_CHARACTER.test(before));
}

/** Is the code unit a mark TRAILING_MARKS takes? A cheap test before the pattern. */
function isMark(code: number): boolean {
  return (
    code === 0x2a ||
    code === 0xb9 ||
    code === 0xb2 ||
    code === 0xb3 ||
    (code >= 0x2070 && code <= 0x2079) ||
    code === 0x2020 ||
    code === 0x2021
  );
}

/** The header cell html's text, a footnote mark after it left out. */
export function headingText(html: string): string {
  if (html.includes("<sup") || html.includes("<SUP")) {
    const mark = SUP_AT_END.exec(html);
    const before = mark === null ? "" : cellText(html.slice(0, mark.index));
    return before !== "" && !markBelongs(before, cellText(mark![0])) ? before : cellText(html);
  }
  const text = cellText(html);
  if (text === "" || !isMark(text.charCodeAt(text.length - 1))) return text;
  const marks = TRAILING_MARKS.exec(text);
  const before = marks === null ? text : text.slice(0, marks.index).trimEnd();
  return before !== "" && (marks === null || !markBelongs(before, marks[0])) ? before : text;
}

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
/**
 * A unit a superscript raises to a power ("m²", "km²", "cm³", "ft²", "mi²", "m/s²"), or a grade, a
 * rating or a symbol of one letter or figure that a mark belongs to ("A*", "5*", "R²"): such a mark
 * is no footnote's.
 */
const MARK_BELONGS = /(?:^|[^\p{L}])(?:[kcdm]?m|ft|in|yd|mi)$|\/s$|(?:^|\s)[\p{L}\p{N}]$/u;

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
    return before !== "" && !MARK_BELONGS.test(before) ? before : cellText(html);
  }
  const text = cellText(html);
  if (text === "" || !isMark(text.charCodeAt(text.length - 1))) return text;
  const before = text.replace(TRAILING_MARKS, "").trimEnd();
  return before !== "" && !MARK_BELONGS.test(before) ? before : text;
}

/**
 * A standfirst set on two lines under its headline, its second line over the story's first
 * ("The scheme will bring 400 homes …" / "and create 200 jobs, the council says" / "The council
 * voted 30 to 12 …"; decision 670). The splitter ends an unpunctuated line over a new unit ("The"
 * before a lowercase word, a byline) only when the unit began on that line (decision 550), so a
 * two-line standfirst ran on into the story. Its second line goes on the first in lowercase, and
 * the first began the unit at its own start: the pair is one unit as a one-line standfirst is.
 */

import { isLowerLetter } from "./char-classes.ts";

/**
 * Is the line from `first` (its first char, past `line`'s white space) the second line of a unit
 * that began at the start of the line over it (`start`), going on it in lowercase? A char test
 * first, then one `lastIndexOf` for the line over's start.
 */
export function secondLineOfUnit(text: string, line: number, first: number, start: number): boolean {
  if (start >= line || !isLowerLetter(text[first] ?? "")) return false;
  return (line < 2 ? 0 : text.lastIndexOf("\n", line - 2) + 1) === start;
}

/**
 * A wrapped sentence cut inside a club's two-word name, over a credit line: "… after Sunday's 2-0
 * win over Manchester" over "City at Anfield, where Mohamed Salah scored twice" over "Photograph:
 * …" (decision 780). The second line has a caption's shape (one short sentence, no figure, no
 * "said"), so it was broken off and dropped as the picture's words. A caption opens with a club's
 * second word too ("City fans celebrate at the Etihad"), but goes on with a noun or a verb; a name
 * cut at the line goes on with a preposition or a comma, as a sentence names a club and where it
 * played.
 */

import { CLUB_SECOND_WORDS } from "../analysis/club-name-second-words.ts";
import { isAsciiUpper, letterRunStart } from "./char-classes.ts";
import { lineEndFrom } from "./lines.ts";

/** What follows the name in a sentence: where or when it played, or another clause. */
const AFTER_THE_NAME = /^(?:at|in|on|against|and|for|to|by|with|after|before|since|from)\b/;
/** The longest club's second word, with its comma: "Wanderers,". */
const WORD_MAX = 10;

/**
 * Does the line that ends at `lineEnd` on a capitalised word go on to a line from `next` that opens
 * with a club's second word and a preposition or a comma? Asked only of a line over a caption's
 * credit line: a char test on the line's last word, one `indexOf` and a set lookup before the
 * regex, which runs on eight chars.
 */
export function clubNameCutAtLineEnd(text: string, lineEnd: number, next: number): boolean {
  if (!isAsciiUpper(text.charCodeAt(letterRunStart(text, lineEnd)))) return false;
  const space = text.indexOf(" ", next);
  if (space < 0 || space - next > WORD_MAX) return false;
  const word = text.slice(next, space);
  if (word.endsWith(",")) return CLUB_SECOND_WORDS.has(word.slice(0, -1));
  if (!CLUB_SECOND_WORDS.has(word) || !AFTER_THE_NAME.test(text.slice(space + 1, space + 9))) return false;
  return !captionsTheClub(text, space + 1);
}

/**
 * Does the line under, from the word after the club's, read as a caption of the club's players: "in
 * action" ("Rangers in action against Celtic on Sunday"), or a label before a colon ("City on the
 * march: Erling Haaland celebrates …", "Town in front: Liam Delap scores …")? A sentence that goes
 * on the name has neither (review of decision 780). A compare and an `indexOf` up to the line's end.
 */
function captionsTheClub(text: string, after: number): boolean {
  if (text.startsWith("in action", after)) return true;
  const colon = text.indexOf(":", after);
  return colon >= 0 && colon < lineEndFrom(text, after);
}

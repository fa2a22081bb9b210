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
import { isAsciiUpper, isLetterUnit, letterRunStart } from "./char-classes.ts";
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
export function clubNameCutAtLineEnd(text: string, lineStart: number, lineEnd: number, next: number): boolean {
  if (!isAsciiUpper(text.charCodeAt(letterRunStart(text, lineEnd)))) return false;
  const space = text.indexOf(" ", next);
  if (space < 0 || space - next > WORD_MAX) return false;
  const word = text.slice(next, space);
  if (word.endsWith(",")) return CLUB_SECOND_WORDS.has(word.slice(0, -1));
  if (!CLUB_SECOND_WORDS.has(word) || !AFTER_THE_NAME.test(text.slice(space + 1, space + 9))) return false;
  if (captionsTheClub(text, space + 1)) return false;
  return !(endsOnANamedPlace(text, lineStart, lineEnd) && clubNamedInFullAbove(text, lineStart, lineEnd, word));
}

/**
 * Does the line end on a place of two words, a capitalised one or "the" before its last ("… at Old
 * Trafford", "… at the Etihad", "… at Villa Park")? A club's first word cut at the line follows a
 * lowercase word alone ("… defeat by Manchester", "… lost 2-0 at home to Aston"). Two char tests.
 */
function endsOnANamedPlace(text: string, lineStart: number, lineEnd: number): boolean {
  const last = letterRunStart(text, lineEnd);
  if (last - 1 <= lineStart || text.charCodeAt(last - 1) !== 32) return false;
  const before = letterRunStart(text, last - 1);
  return isAsciiUpper(text.charCodeAt(before)) || text.startsWith("the ", before);
}

/**
 * Does the line above already name the club in full, a capitalised word before its second word
 * ("… held to a 1-1 draw by Manchester United at Old Trafford" over "United against Newcastle at
 * Old Trafford on Sunday")? Then the line under speaks of a club the story has named: a caption,
 * not the rest of a name cut at the line, which is the name's first mention (decision 805). An
 * `indexOf` per mention of the word in the line and a char test before each.
 */
function clubNamedInFullAbove(text: string, lineStart: number, lineEnd: number, word: string): boolean {
  for (let at = text.indexOf(` ${word}`, lineStart); at >= 0 && at < lineEnd; at = text.indexOf(` ${word}`, at + 1)) {
    const after = text.charCodeAt(at + 1 + word.length);
    // "United," or "United at", not "Unitedly" or "City's", which reads a different word.
    if (isLetterUnit(after) || after === 39 || after === 0x2019) continue;
    if (at > lineStart && isAsciiUpper(text.charCodeAt(letterRunStart(text, at)))) return true;
  }
  return false;
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

/**
 * A short line cut where its verb still wants its object (decision 735): "The plan, officials said,
 * would cost" over "Westfield residents about 40 pounds a year on their council tax bills." The
 * splitter stands a short unpunctuated line alone as a headline (decision 630's 60-char rule) unless
 * it ends on a linking word; "cost" is none, so the sentence was cut in two, the figure given to no
 * one. A headline ends on such a verb as often ("What it would cost", "The price we will pay"), so
 * the verb alone does not tell: the line must also hold a speaker's aside set off by two commas
 * (", officials said,"), which a sentence carries and a headline does not, and no wh-word that makes
 * the verb's clause a complete one.
 */

import { isAsciiLower, isAsciiUpper } from "./char-classes.ts";

/** A modal and a verb that takes its object after it, at the line's end: "would cost", "will hit". */
const MODAL_AND_VERB_AT_END =
  /(?:^|\s)(?:would|will|could|might|may|should|must|can)\s+(?:cost|pay|take|need|require|mean|leave|give|bring|save|raise|charge|hit|affect|force|see)$/;
/**
 * A speaker's aside between two commas before the modal: ", officials said,", ", the council
 * says,". One to four words and a verb of saying.
 */
const SPEAKERS_ASIDE =
  /, (?:[\p{L}'’-]+ ){1,4}(?:said|says|say|warned|warn|added|claimed|claim|believe|believes|estimated|estimate),/u;
/** A wh-word whose clause the verb ends: "What it would cost", "Here is how much it will cost". */
const WH_WORD = /(?:^|\s)(?:what|how|why|who|where|when|which)\s/i;
/** How much of the line's end MODAL_AND_VERB_AT_END reads: the modal and the verb. */
const MODAL_TAIL = 16;

/**
 * Does the short line [line, lineEnd) end on a modal and a verb that wants its object, with a
 * speaker's aside before them, over a capitalised line from `next`? Asked only of a short line
 * (under 60 chars). Char tests on each side of the break and two `indexOf` calls on the line for
 * the aside's commas come before any regex.
 */
export function verbWantsObjectAfterAside(text: string, line: number, lineEnd: number, next: number): boolean {
  if (!isAsciiLower(text.charCodeAt(lineEnd - 1)) || !isAsciiUpper(text.charCodeAt(next))) return false;
  const words = text.slice(line, lineEnd);
  const comma = words.indexOf(", ");
  if (comma < 0 || words.indexOf(",", comma + 2) < 0) return false;
  if (!MODAL_AND_VERB_AT_END.test(words.slice(-MODAL_TAIL))) return false;
  return SPEAKERS_ASIDE.test(words) && !WH_WORD.test(words);
}

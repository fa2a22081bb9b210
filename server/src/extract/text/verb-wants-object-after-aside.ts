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

import { AUXILIARIES, IRREGULAR_PAST } from "../analysis/lexicon.ts";
import { isAsciiLower, isAsciiUpper } from "./char-classes.ts";
import { lineEndFrom } from "./lines.ts";

/** A modal as a word of its own, which both tests below read before their verb. */
const MODAL_WORD = "(?:^|\\s)(?:would|will|could|might|may|should|must|can)";
/**
 * A modal and a verb that takes its object after it, at the line's end: "would cost", "will hit".
 * Not "pay", which ends a headline with no object as often ("Polluters, campaigners say, must
 * pay"; review of decision 735), but for MODAL_AND_PAY_AT_END below (decision 780).
 */
const MODAL_AND_VERB_AT_END = new RegExp(
  `${MODAL_WORD}\\s+(?:cost|take|need|require|mean|leave|give|bring|save|raise|charge|hit|affect|force|see)$`,
);
/**
 * A speaker's aside between two commas before the modal: ", officials said,", ", the council
 * says,". One to four words and a verb of saying.
 */
const SPEAKERS_ASIDE =
  /, (?:[\p{L}'’-]+ ){1,4}(?:said|says|say|warned|warn|added|claimed|claim|believe|believes|estimated|estimate),/u;
/**
 * The line under's own speaker after a comma (", the IFS said", ", figures show", ", a survey
 * found"): a sentence of its own, under a headline that carries an aside ("Tax rises, experts say,
 * will hit"); a sentence with the aside has its speaker already (review of decision 735). Read too
 * under a line that ends on a verb of knowing and a time phrase (speaker-opens-next-line.ts).
 */
export const OWN_SPEAKER =
  /, (?:[\p{L}'’-]+ ){1,4}(?:said|says|say|told|warned|added|show|shows|showed|found|suggested|suggests)\b/u;
/**
 * A modal and "pay" at the line's end, which MODAL_AND_VERB_AT_END leaves out: it runs on only with
 * an aside in the past and an amount opening the line under (decision 780).
 */
const MODAL_AND_PAY_AT_END = new RegExp(`${MODAL_WORD}\\s+pay$`);
/**
 * A speaker's aside in the past: ", officials said,". A headline speaks in the present
 * ("Polluters, campaigners say, must pay"), a sentence in the past.
 */
const PAST_ASIDE = /, (?:[\p{L}'’-]+ ){1,4}(?:said|warned|added|claimed|estimated),/u;
/**
 * An amount opening the line under, the object "pay" wants: "About 40 pounds a year more …", "An
 * extra £40 …". The line under opens with a capital (the char test above), so with a word.
 */
const AMOUNT_OPENS_LINE =
  /^(?:About|Around|Nearly|Almost|Roughly|Some|Up to|More than|Over|Just|An extra|An average of|As much as) [£$€]?\d/;
/**
 * The amount is money or a share, what a payer pays: "£40", "40 pounds", "25 billion pounds", "10
 * per cent", "20 pence". A count of people or things opens a sentence of its own ("Nearly 3 million
 * households face higher bills …", "Up to 2 million drivers use the road …"), whose verb in the
 * present hasOwnVerb does not read (review of decision 780). Asked of the first 48 chars only after
 * AMOUNT_OPENS_LINE matched.
 */
const SUM_OR_SHARE =
  /^[\p{L} ]+ (?:[£$€]\d|\d[\d,.]*(?:%|p\b| (?:(?:million|billion|m|bn) )?(?:pounds|pence|dollars|euros|per cent|percent)\b))/u;
/** A wh-word whose clause the verb ends: "What it would cost", "Here is how much it will cost". */
const WH_WORD = /(?:^|\s)(?:what|how|why|who|where|when|which)\s/i;
/** A word's closing punctuation: "year.", "said,". */
const TRAILING_MARKS = /[.,;:!?]+$/;
/** How much of the line's end MODAL_AND_VERB_AT_END reads: the modal and the verb. */
const MODAL_TAIL = 16;

/**
 * Does the short line [line, lineEnd) end on a modal and a verb that wants its object, with a
 * speaker's aside before them, over a capitalised line from `next`? Asked only of a short line
 * (under 60 chars). Char tests on each side of the break and two `indexOf` calls on the line for
 * the aside's commas come before any regex; the line under is read for a speaker of its own last.
 */
export function verbWantsObjectAfterAside(text: string, line: number, lineEnd: number, next: number): boolean {
  if (!isAsciiLower(text.charCodeAt(lineEnd - 1)) || !isAsciiUpper(text.charCodeAt(next))) return false;
  const words = text.slice(line, lineEnd);
  const comma = words.indexOf(", ");
  if (comma < 0 || words.indexOf(",", comma + 2) < 0) return false;
  const end = words.slice(-MODAL_TAIL);
  if (!MODAL_AND_VERB_AT_END.test(end))
    return end.endsWith(" pay") && MODAL_AND_PAY_AT_END.test(end) && paysAmountUnder(text, words, next);
  if (!SPEAKERS_ASIDE.test(words) || WH_WORD.test(words)) return false;
  const under = text.slice(next, lineEndFrom(text, next));
  return under.indexOf(", ") < 0 || !OWN_SPEAKER.test(under);
}

/**
 * Does a short line ending "… will pay" go on to the amount it pays? Only when its aside is in the
 * past ("Residents, officials said, will pay") and the line under opens with a sum or a share ("About
 * 40 pounds a year more …"; decision 780): "Polluters, campaigners say, must pay" over "Water companies
 * paid out …" is a headline over its story (review of decision 735). The aside's regex runs on the
 * line (under 60 chars), the amount's on the line under's first 24 chars, after the modal's.
 */
function paysAmountUnder(text: string, words: string, next: number): boolean {
  if (!PAST_ASIDE.test(words) || WH_WORD.test(words) || !AMOUNT_OPENS_LINE.test(text.slice(next, next + 24)))
    return false;
  if (!SUM_OR_SHARE.test(text.slice(next, next + 48))) return false;
  return !hasOwnVerb(text.slice(next, lineEndFrom(text, next)));
}

/**
 * Does the line under hold a verb of its own: an auxiliary, an irregular past or a past in "-ed"
 * ("About 1.2 billion pounds was paid out …", "Some 2 billion pounds went …")? Then it is a
 * sentence under a headline, not the amount the line over pays (review of decision 780). A walk
 * over the line's words, asked only after the amount matched.
 */
export function hasOwnVerb(under: string): boolean {
  for (const word of under.split(" ")) {
    const w = word.toLowerCase().replace(TRAILING_MARKS, "");
    if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || (w.length > 3 && w.endsWith("ed"))) return true;
  }
  return false;
}

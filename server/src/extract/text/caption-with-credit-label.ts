/**
 * A photo's caption set with its credit label at the line's end, as the Guardian and the BBC print
 * one under a standfirst: "Residents protest outside the town hall on Tuesday. Photograph: Jane
 * Smith/PA" (decision 670). The standfirst over it ends with no final mark and the credit ends with
 * none, so the splitter ran the standfirst into the caption and the credit into the story's first
 * line ("Photograph: Jane Smith/PA The council voted …"). The label after a sentence's mark tells
 * the line is a caption: the line over it ends where the caption begins, and the credit ends where
 * the next line begins.
 */

import { isAsciiUpper, isLetterUnit } from "./char-classes.ts";
import { isCaptionOverCreditLine } from "./caption-over-credit-line.ts";
import { lineEndFrom } from "./lines.ts";
import { PHOTO_CREDIT } from "./photo-credits.ts";

/** The longest caption line read: a sentence or two and the credit. */
const CAPTION_LINE_MAX = 200;
/** The longest credit after its label's colon: "Stefan Rousseau/PA Wire", "Getty Images". */
const CREDIT_MAX = 50;
/** A sentence's mark, then the label and its colon, at the end of a slice that ends at the colon. */
const LABEL_AFTER_SENTENCE = /[.!?]["'’”]?\s+(?:Photograph|Photo|Picture|Image|Illustration)s?\s*$/;
/**
 * A caption's credit in brackets at its line's end (decision 735): a photo credit as the furniture
 * reads one after a caption ("(AP Photo/Jane Smith)", "(Reuters/Jonathan Drake)"), or a wire's or
 * an agency's name alone ("(Reuters)", "(PA)", "(Getty Images)"), as a pasted picture's line ends.
 */
const BRACKET_CREDIT = new RegExp(
  `(?:${PHOTO_CREDIT}|\\((?:Reuters|PA|PA Wire|PA Media|AP|AFP|EPA|EPA-EFE|Getty Images|Bloomberg|Shutterstock|Alamy)\\))$`,
  "u",
);
/** The longest bracket BRACKET_CREDIT reads: "(" and a photo word with 40 chars each side. */
const BRACKET_CREDIT_MAX = 90;

/**
 * Do the words before `open` spell the initials in the bracket from it ("the Press Association
 * (PA)", "the Associated Press (AP)")? Then the bracket names what they stand for, no credit.
 */
function spelledOutBefore(text: string, from: number, open: number, close: number): boolean {
  let w = open - 1;
  for (let k = close - 1; k > open; k--) {
    while (w > from && text.charCodeAt(w) === 32) w--;
    while (w > from && isLetterUnit(text.charCodeAt(w - 1))) w--;
    if (text.charCodeAt(w) !== text.charCodeAt(k)) return false;
    w--;
  }
  return true;
}

/**
 * Does the line body[next, close] end with a caption's credit in brackets ("… on Tuesday.
 * (Reuters)", "… on Tuesday (PA)"), not initials of the words before it? Asked when the line ends
 * on ")": one `lastIndexOf` for the bracket, then the regex on at most 90 chars.
 */
function endsOnBracketCredit(text: string, next: number, close: number): boolean {
  const open = text.lastIndexOf("(", close);
  if (open <= next || close - open > BRACKET_CREDIT_MAX) return false;
  if (!BRACKET_CREDIT.test(text.slice(open, close + 1))) return false;
  return close - open > 6 || !isAsciiUpper(text.charCodeAt(close - 1)) || !spelledOutBefore(text, next, open, close);
}

/** The label at a sentence's start: what the splitter cut after the caption's mark. */
const LABEL_AT_START = /^(?:Photograph|Photo|Picture|Image|Illustration)s?\s*:\s*\S/;

/**
 * Does the line from `next` end with a credit label after a caption's sentence ("… on Tuesday.
 * Photograph: Jane Smith"), or with its credit in brackets (endsOnBracketCredit; decision 735)?
 * Asked of the line under a long unpunctuated one about to run into it: one `indexOf` for the
 * line's end, one `lastIndexOf` for its colon, then a regex on the 20 chars before the colon.
 */
export function captionWithCreditLabelAt(text: string, next: number): boolean {
  const lineEnd = lineEndFrom(text, next);
  if (lineEnd - next > CAPTION_LINE_MAX) return false;
  let end = lineEnd;
  while (end > next && text.charCodeAt(end - 1) <= 32) end--;
  if (text.charCodeAt(end - 1) === 41) return endsOnBracketCredit(text, next, end - 1);
  const colon = text.lastIndexOf(":", end);
  if (colon < next || end - colon > CREDIT_MAX) return false;
  return LABEL_AFTER_SENTENCE.test(text.slice(Math.max(next, colon - 20), colon));
}

/**
 * Is the line from `next` a caption alone over its credit on the line under ("… on Tuesday" over
 * "Photograph: Jane Smith/PA"; decision 735), by isCaptionOverCreditLine, the test extractClaims
 * drops such a caption with? One `indexOf` for the line's end, then that test's char test ("P" or
 * "I" opening the line after). The caller makes sure the line over it closes where a caption may
 * open: a wrapped sentence's second line over a credit ("… on the plans for" over "Westfield Park
 * in a meeting …") is no caption (review of decision 735).
 */
export function captionOverCreditLineAt(text: string, next: number): boolean {
  const lineEnd = lineEndFrom(text, next);
  return lineEnd - next <= CAPTION_LINE_MAX && lineEnd < text.length && isCaptionOverCreditLine(text, next, lineEnd);
}

/**
 * Does the sentence from `start`, after the caption's mark on its line (`start` past `line`), open
 * with a credit label ("Photograph: Jane Smith/PA")? Then it ends at the line's end: the credit
 * runs into no story. A char test ("P" or "I") before the regex.
 */
export function opensCreditAfterCaption(text: string, line: number, start: number): boolean {
  if (start <= line) return false;
  const first = text.charCodeAt(start);
  if (first !== 80 && first !== 73) return false;
  return LABEL_AT_START.test(text.slice(start, start + 16));
}

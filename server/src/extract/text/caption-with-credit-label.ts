/**
 * A photo's caption set with its credit label at the line's end, as the Guardian and the BBC print
 * one under a standfirst: "Residents protest outside the town hall on Tuesday. Photograph: Jane
 * Smith/PA" (decision 670). The standfirst over it ends with no final mark and the credit ends with
 * none, so the splitter ran the standfirst into the caption and the credit into the story's first
 * line ("Photograph: Jane Smith/PA The council voted …"). The label after a sentence's mark tells
 * the line is a caption: the line over it ends where the caption begins, and the credit ends where
 * the next line begins.
 */

import { lineEndFrom } from "./lines.ts";

/** The longest caption line read: a sentence or two and the credit. */
const CAPTION_LINE_MAX = 200;
/** The longest credit after its label's colon: "Stefan Rousseau/PA Wire", "Getty Images". */
const CREDIT_MAX = 50;
/** A sentence's mark, then the label and its colon, at the end of a slice that ends at the colon. */
const LABEL_AFTER_SENTENCE = /[.!?]["'’”]?\s+(?:Photograph|Photo|Picture|Image|Illustration)s?\s*$/;
/** The label at a sentence's start: what the splitter cut after the caption's mark. */
const LABEL_AT_START = /^(?:Photograph|Photo|Picture|Image|Illustration)s?\s*:\s*\S/;

/**
 * Does the line from `next` end with a credit label after a caption's sentence ("… on Tuesday.
 * Photograph: Jane Smith")? Asked of the line under a long unpunctuated one about to run into it:
 * one `indexOf` for the line's end, one `lastIndexOf` for its colon, then a regex on the 20 chars
 * before the colon.
 */
export function captionWithCreditLabelAt(text: string, next: number): boolean {
  const end = lineEndFrom(text, next);
  if (end - next > CAPTION_LINE_MAX) return false;
  const colon = text.lastIndexOf(":", end);
  if (colon < next || end - colon > CREDIT_MAX) return false;
  return LABEL_AFTER_SENTENCE.test(text.slice(Math.max(next, colon - 20), colon));
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

/** The longest caption read over a credit on the next line: a sentence, not a paragraph. */
const CAPTION_MAX = 160;
/** A bare credit alone on its line: "Photo: U.S. Consumer Product Safety Commission". */
const CREDIT_LINE = /^(?:Photo(?:graph)?|Picture|Image)s?\s*:\s*[^\n!?]{2,80}$/;
/** A full stop inside the line: a second sentence, so the line is prose, not a caption. */
const INNER_STOP = /[.!?]\s/;
/**
 * A figure or a source's word: a one-sentence paragraph of news over the credit of the picture
 * below it ("Unemployment rose to 5.2% …", "Police said 40 people were arrested …"), not a caption.
 */
const NEWS_NOT_CAPTION = /\d|\b(?:said|says|warned|told)\b/;

/**
 * Is the line body[start, end) a caption set over its credit on the next line ("Consumers should
 * stop using the heaters immediately.\nPhoto: U.S. Consumer Product Safety Commission")? The
 * credit tells that the line above it is the picture's words. One short sentence only: a
 * paragraph over the credit of a picture below it is read.
 */
export function isCaptionOverCreditLine(body: string, start: number, end: number): boolean {
  // Cheap first: the next line opens with "P" or "I".
  const first = body.charCodeAt(end + 1);
  if ((first !== 80 && first !== 73) || end - start > CAPTION_MAX) return false;
  const next = body.indexOf("\n", end + 1);
  if (!CREDIT_LINE.test(body.slice(end + 1, next < 0 ? body.length : next).trimEnd())) return false;
  const line = body.slice(start, end);
  return !INNER_STOP.test(line) && !NEWS_NOT_CAPTION.test(line);
}

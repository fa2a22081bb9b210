// The top of a letters page (decision 690): its heading ("Letters to the Editor", "Readers'
// letters") and, over the first of the Guardian's unsalutated letters, a headline or a standfirst
// ("Rail fares are too high!", "Readers respond to our report on …"). They name the page and what
// its letters answer; they are no claim of the page's and no part of the first writer's letter.

import { isAsciiUpper } from "./char-classes.ts";
import { lineEndFrom } from "./lines.ts";

/**
 * The heading a letters page opens with: a short line that ends with "letters" ("Letters",
 * "Guardian letters", "Rail fares are too high | Letters", "Letters to the Editor") or that word
 * before a colon ("Letters: the NHS"); not the word in a headline or a sentence ("Letters of support
 * pour in for …", "HMRC has sent letters to …"; decision 650's review).
 */
export const LETTERS_HEADING = /(?:^|\n)[^\n]{0,40}\b[Ll]etters(?: to the [Ee]ditor)?[ \t]*(?::[^\n]*)?(?:\n|$)/;
const HEADING_LINE_MAX = 60;

/**
 * Is the line body[start, lineEnd) a letters page's heading ("Letters to the Editor")? The caller
 * asks only for a sentence that is its whole line, and still asks whether the body is a letters page.
 */
export function isLettersHeadingLine(body: string, start: number, lineEnd: number): boolean {
  // Cheap first: short, and a capital ("Letters", "Readers' letters", "Your letters").
  if (lineEnd - start > HEADING_LINE_MAX || !isAsciiUpper(body.charCodeAt(start))) return false;
  return LETTERS_HEADING.test(body.slice(start, lineEnd));
}

/** A letter's prose line is this long at least; a headline over the page is shorter. */
const HEADLINE_MAX = 40;
/**
 * A standfirst over the letters: "Readers respond to our report …", "Anne Holloway and others react
 * to …"; not a letter's own "I wish to respond to …" (a writer opens with "I", "We", "As" or "My").
 */
const STANDFIRST =
  /^(?:(?:Our|Guardian|Observer|Times|Telegraph) )?[Rr]eaders (?:respond|react|reply|share|give|have|on)\b|^(?!(?:I|We|As|My|Our|This|In)\b)[^\n]{0,160}\b(?:respond|responds|react|reacts|reply|replies) to\b/;
/** How many paragraphs a page's top takes at most (a heading, a headline, a standfirst). */
const TOP_PARAGRAPHS = 3;

/**
 * Where the first letter on a page of unsalutated letters opens, from `opening` (the first of the
 * paragraphs above its signature at `signatureStart` that end a sentence): past whole paragraphs that
 * are the page's top, each of lines that are a heading, a short headline or a standfirst. A letter's
 * first line run on in its paragraph ("Well said!" over the rest of the letter) is kept, and so is
 * the paragraph right over the signature.
 */
export function firstLetterPastPageTop(body: string, opening: number, signatureStart: number): number {
  let start = opening;
  for (let k = 0; k < TOP_PARAGRAPHS; k++) {
    const paragraphEnd = body.indexOf("\n\n", start);
    if (paragraphEnd < 0 || paragraphEnd + 2 >= signatureStart || !isPageTop(body, start, paragraphEnd)) break;
    start = paragraphEnd + 2;
    while (body.charCodeAt(start) === 10) start++;
  }
  return start;
}

/** Is every line of the paragraph body[from, to) a heading, a headline or a standfirst? */
function isPageTop(body: string, from: number, to: number): boolean {
  for (let at = from; at < to;) {
    const end = Math.min(lineEndFrom(body, at), to);
    const line = body.slice(at, end).trim();
    if (line.length > HEADLINE_MAX && !LETTERS_HEADING.test(line) && !STANDFIRST.test(line)) return false;
    at = end + 1;
  }
  return true;
}

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
 * A line that ends with "letters" but is a sentence, not a heading: a verb or a determiner before
 * the word ("HMRC has sent 2 million letters", "They never answered our letters"), or a figure in
 * a headline after "Letters:" ("Letters: Council tax rose 9% in Leeds"; decision 690's review).
 */
const SENTENCE_NOT_HEADING =
  /\d|\b(?:our|the|their|his|her|my|these|those|has|have|had|sent|wrote|answered|received|ignored)\s+(?:[\w'’-]+\s+)?letters\b/;

/**
 * Is the line body[start, lineEnd) a letters page's heading ("Letters to the Editor")? The caller
 * asks only for a sentence that is its whole line, and still asks whether the body is a letters page.
 */
export function isLettersHeadingLine(body: string, start: number, lineEnd: number): boolean {
  // Cheap first: short, and a capital ("Letters", "Readers' letters", "Your letters").
  if (lineEnd - start > HEADING_LINE_MAX || !isAsciiUpper(body.charCodeAt(start))) return false;
  const line = body.slice(start, lineEnd);
  return LETTERS_HEADING.test(line) && !SENTENCE_NOT_HEADING.test(line);
}

/** A letter's prose line is this long at least; a headline over the page is shorter. */
export const HEADLINE_MAX = 40;
/**
 * A standfirst over the letters: "Readers respond to our report …", "Anne Holloway and others react
 * to Polly Toynbee's column …"; not a letter's own "I wish to respond to …" (a writer opens with
 * "I", "We", "As" or "My"), nor a letter's "The council has failed to respond to 4,000 objections"
 * (what a standfirst answers is a report, a column, a letter; decision 690's review).
 */
const STANDFIRST =
  /^(?:(?:Our|Guardian|Observer|Times|Telegraph) )?[Rr]eaders (?:respond|react|reply|share|give|have|on)\b|^(?!(?:I|We|As|My|Our|This|In)\b)[^\n]{0,160}\b(?:respond|responds|react|reacts|reply|replies) to (?:our|your|the|this|last \w+['’]s|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}['’]s) (?:[\w'’-]+ ){0,3}?(?:report|article|column|editorial|piece|letter|leader|interview|obituary|story|coverage|analysis|review)s?\b/u;
/** A writer's "I", "I'm", "I've" opening a line: no headline speaks so. */
const WRITERS_I = /^I(?:['’][a-z]{1,2})? /;
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
  // A letter above, signed with no place ("Anne Holloway" alone), makes this one no page's first.
  if (holdsLetterLine(body, opening)) return opening;
  let start = opening;
  for (let k = 0; k < TOP_PARAGRAPHS; k++) {
    const paragraphEnd = body.indexOf("\n\n", start);
    if (paragraphEnd < 0 || paragraphEnd + 2 >= signatureStart || !isPageTop(body, start, paragraphEnd)) break;
    start = paragraphEnd + 2;
    while (body.charCodeAt(start) === 10) start++;
  }
  return start;
}

/** A letter's prose line: this long at least (a caption's or a list's is not), ending a sentence. */
export const LETTER_LINE_MIN = 40;
export const ENDS_SENTENCE = /[.!?"”’)]\s*$/;

/**
 * Is there a letter's prose line in body[0, to): a letter signed with no place above the first
 * placed signature's (decision 690's review)? A page's heading and headline are shorter, and a
 * standfirst that ends a sentence is in the first letter's opening, at or after `to`.
 */
function holdsLetterLine(body: string, to: number): boolean {
  for (let at = 0; at < to;) {
    const end = Math.min(lineEndFrom(body, at), to);
    if (end - at >= LETTER_LINE_MIN && ENDS_SENTENCE.test(body.slice(at, end))) return true;
    at = end + 1;
  }
  return false;
}

/** Is every line of the paragraph body[from, to) a heading, a headline or a standfirst? */
function isPageTop(body: string, from: number, to: number): boolean {
  for (let at = from; at < to;) {
    const end = Math.min(lineEndFrom(body, at), to);
    const line = body.slice(at, end).trim();
    // A headline ends with no full stop: a short line that does ("I agree.", "Fares rose 5% in
    // 2025.", a quotation's '"Buses are a lifeline."') is the first letter's own sentence (decision
    // 690's review).
    // So is one that opens with the writer's "I" ("I agree!", "I'm with Polly!"; decision 755).
    const sentence = line.length > HEADLINE_MAX || endsWithFullStop(line) || WRITERS_I.test(line);
    if (sentence && !LETTERS_HEADING.test(line) && !STANDFIRST.test(line)) return false;
    at = end + 1;
  }
  return true;
}

/** Does the line end with a full stop, or one inside a closing quotation mark? */
function endsWithFullStop(line: string): boolean {
  let last = line.length - 1;
  const c = line.charCodeAt(last);
  // '"', '”' and '’' close a quotation.
  if (c === 34 || c === 0x201d || c === 0x2019) last--;
  return line.charCodeAt(last) === 46;
}

// A newspaper's letters page (decision 565): each letter opens "Sir," (or "Madam,", "Dear
// Editor,"), sits under a topic in capitals and is signed with the writer's name and a line or two
// of where they live or what they do. The topic and the signature label the letter and assert
// nothing; a signature also ends one writer's text, so a "he" in the next letter is nobody named
// before it.

import { findQuantities } from "../analysis/quantities.ts";
import { isAsciiUpper } from "./char-classes.ts";
import { lineEndFrom } from "./lines.ts";
import {
  ENDS_SENTENCE,
  firstLetterPastPageTop,
  HEADLINE_MAX,
  LETTER_LINE_MIN,
  LETTERS_HEADING,
} from "./letters-page-top.ts";

/**
 * A letter's first line opens with its salutation: "Sir, Your report …", "Madam, …", "Dear Editor,
 * …"; the Telegraph sets its "SIR – " in capitals, always with a dash (decision 650): "SIR, YES SIR!"
 * shouted on parade is no letter (decision 650's review).
 */
const SALUTATION = /^(?:(?:Sir|Madam|Dear (?:Sir|Madam|Editor))\s*[,—–-]|(?:SIR|MADAM)\s*[—–-])\s*/;
/** How far back a letter's opening is looked for from its signature. */
const LETTER_LOOK_BACK = 3000;
/**
 * A writer's name alone on its line, with a title or a peer's "of": "Dr Anne Holloway", "Martin
 * Lowe", "Lord Tyler of Linkinhorne"; a bishop's "The Rt Rev Anne Smith", initials for the first
 * names ("J. R. Hartley") and the town after a comma ("J. R. Hartley, Sheffield"; decision 610); a
 * peer in capitals, "LORD TYLER OF LINKINHORNE" (decision 690).
 */
const SIGNATURE_NAME =
  /^(?:(?:The\s+)?(?:Rt|Very|Most)\.?\s+(?:Hon|Rev|Revd|Reverend)\.?\s+)?(?:(?:Dr|Lord|Lady|Baroness|Baron|Sir|Dame|Professor|Prof|Rev|Revd|Canon|Cllr|Councillor|Mr|Mrs|Ms|Miss)\.?\s+)?(?:(?:\p{Lu}\.\s*){1,3}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+(?:of|OF)\s+\p{Lu}[\p{L}'’-]+)?(?:,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?\s*$/u;
const SIGNATURE_NAME_MAX = 50;
/**
 * A heading or a page's button a blank line sets apart as a signature is (decision 610's review):
 * "The End", "More Letters", "Read More, Letters", "Share This"; not a bishop's "The Rt Rev …".
 */
const NOT_A_SIGNATURE =
  /^(?:The(?!\s+(?:Rt|Very|Most)\b)|More|Read|Share|Related|Letters|Next|Previous|Latest|Top|Follow|Comments|Sign)\b/;
/** The lines under the name: "Retired GP, Wiveliscombe, Somerset", "House of Lords". */
const SIGNATURE_LINES = 2;
const SIGNATURE_LINE_MAX = 60;
/**
 * A money or percentage sign: a place or a job under a name holds none, a headline or a report
 * run on under the signature does ("Somerset to axe 38 bus routes to save £2.4m").
 */
const HOLDS_FIGURE = /[£$€%]/;
/** A topic over a letter: "RURAL BUSES", "THE GREAT OAK". Capitals, no figure. */
const TOPIC_IN_CAPITALS = /^[A-Z][A-Z'’&,-]*(?: [A-Z'’&,-]+){0,5}\s*$/;
const TOPIC_MAX = 40;

/**
 * How long the salutation that opens a letter on the line at `from` is ("Sir, " in "Sir, The
 * council …"), else 0: it addresses the editor and is no part of the letter's first claim
 * (decision 610).
 */
export function letterSalutationLength(body: string, from: number): number {
  const c = body.charCodeAt(from);
  // Cheap first: "S", "M" or "D".
  if (c !== 83 && c !== 77 && c !== 68) return 0;
  return SALUTATION.exec(body.slice(from, from + 16))?.[0].length ?? 0;
}

/** Does body[from…] hold a letter's opening on the line that starts at `from`? */
function opensLetter(body: string, from: number): boolean {
  return letterSalutationLength(body, from) > 0;
}

/** Where the last letter's opening is on a line that starts in body[from, to), or -1. */
function letterOpeningBetween(body: string, from: number, to: number): number {
  for (let at = body.lastIndexOf("\n", to - 1); at >= from - 1; at = at > 0 ? body.lastIndexOf("\n", at - 1) : -2) {
    if (opensLetter(body, at + 1)) return at + 1;
    if (at < 0) break;
  }
  return -1;
}

/**
 * Where the letter signed on the line at `signatureStart` opens ("Sir, …"), looked for as the
 * signature was; on a page of letters with no salutation, its first paragraph (decision 650).
 */
export function signedLetterStart(body: string, signatureStart: number): number {
  const from = Math.max(0, signatureStart - LETTER_LOOK_BACK);
  const opening = letterOpeningBetween(body, from, signatureStart - 1);
  if (opening >= 0 || !isUnsalutatedLettersPage(body)) return opening;
  const start = unsalutatedLetterStart(body, from, signatureStart);
  // The first letter opens under the page's headline and standfirst, which are no part of it (decision 690).
  return start >= 0 && signatureStart <= askedFirstSignature
    ? firstLetterPastPageTop(body, start, signatureStart)
    : start;
}

/**
 * Is the line body[start, lineEnd) shaped as a signature under an unsalutated letter: a name, a
 * long line of prose ending a sentence above it (a blank line between allowed)?
 */
function isNameUnderLetterLine(body: string, start: number, lineEnd: number): boolean {
  if (start < 2 || lineEnd - start > SIGNATURE_NAME_MAX || lineEnd >= body.length) return false;
  const c = body.charCodeAt(start);
  // Cheap first: a capital and a space.
  if (!isAsciiUpper(c)) return false;
  const name = body.slice(start, lineEnd);
  if (!name.includes(" ") || !SIGNATURE_NAME.test(name) || NOT_A_SIGNATURE.test(name)) return false;
  const lastLine = letterLineAbove(body, start).line;
  return lastLine.length >= LETTER_LINE_MIN && ENDS_SENTENCE.test(lastLine);
}

/**
 * …with a short line of where the writer lives under it ("Anne Holloway" / "Leeds")? Under no
 * "Letters" heading, that line must be a place's name in capitalised words ("Hebden Bridge, West
 * Yorkshire"): a live blog's reporter signs over a desk ("City desk"), a story's speaker over a job
 * ("Council spokesman") or a body ("Friends of Leek Library"; decision 755).
 */
function isPlacedSignature(body: string, start: number, lineEnd: number, headed: boolean): boolean {
  if (!isNameUnderLetterLine(body, start, lineEnd)) return false;
  const next = lineEndFrom(body, lineEnd + 1);
  const place = body.slice(lineEnd + 1, next).trim();
  return (
    place !== "" &&
    next - lineEnd <= SIGNATURE_LINE_MAX &&
    !ENDS_SENTENCE.test(place) &&
    !HOLDS_FIGURE.test(place) &&
    (headed || PLACE_NAME.test(place))
  );
}

/** A place's name: capitalised words, a comma before the county ("Hebden Bridge, West Yorkshire"). */
const PLACE_NAME = /^\p{Lu}[\p{L}'’-]*(?:,? \p{Lu}[\p{L}'’-]*){0,3}$/u;

/** …or alone, a blank line under it ("Anne Holloway"; decision 755)? */
function isBareSignature(body: string, start: number, lineEnd: number): boolean {
  // Cheap first: the blank line.
  return body.charCodeAt(lineEnd + 1) === 10 && isNameUnderLetterLine(body, start, lineEnd);
}

const LETTERS_HEADING_LOOK = 300;
/** A live page's title: "Live: …", "LIVE Budget 2026", "Budget 2026 live: …", "… – as it happened". */
const LIVE_TITLE_LOOK = 200;
const LIVE_TITLE = /^live\b|\b(?:live|latest)(?::| updates| blog)|\bas it happened\b/i;
/** The last body asked whether it is a page of unsalutated letters, and the answer. */
let askedBody: string | undefined;
let askedAnswer = false;
/** …and where its first placed signature is: the letter signed there is under the page's top. */
let askedFirstSignature = -1;

/**
 * Is the body a page of letters with no salutation, as the Guardian prints them (decision 650):
 * at least two letters, each signed with a name and a place under its last sentence? Asked only once
 * a signature without a salutation above it is found, and once for each body. The page need not say
 * "Letters" near its top when two signatures over a place's name show it; under that heading, two
 * letters signed with a name alone make one too (decision 755).
 */
function isUnsalutatedLettersPage(body: string): boolean {
  if (body === askedBody) return askedAnswer;
  askedBody = body;
  askedAnswer = false;
  askedFirstSignature = -1;
  // A page that says what it is near its top ("Letters", "… | Letters", "Readers' letters") may be
  // signed with names alone; one that does not is shown by names over places.
  const headed = LETTERS_HEADING.test(body.slice(0, LETTERS_HEADING_LOOK));
  // A live blog ("Live: Budget day", "Budget 2026 live: …", "… – as it happened") signs its entries
  // with a reporter over where they are (decision 755 and its review).
  if (!headed && LIVE_TITLE.test(body.slice(0, Math.min(lineEndFrom(body, 0), LIVE_TITLE_LOOK)))) return false;
  let placed = 0;
  let bare = 0;
  for (let start = 0; start < body.length && placed < LETTERS_ON_A_PAGE && bare < LETTERS_ON_A_PAGE;) {
    const end = lineEndFrom(body, start);
    const signed = isPlacedSignature(body, start, end, headed)
      ? placed++
      : headed && isBareSignature(body, start, end)
        ? bare++
        : -1;
    if (signed >= 0 && askedFirstSignature < 0) askedFirstSignature = start;
    start = end + 1;
  }
  askedAnswer = placed >= LETTERS_ON_A_PAGE || bare >= LETTERS_ON_A_PAGE;
  return askedAnswer;
}

/**
 * Where an unsalutated letter signed at `signatureStart` opens: its paragraphs are those above the
 * signature that end a sentence; a heading ("Letters", a topic) or the signature above ends no sentence.
 */
function unsalutatedLetterStart(body: string, from: number, signatureStart: number): number {
  let start = signatureStart - 1;
  // A blank line that sets the signature apart from the letter (decision 650's review).
  if (start > from && body.charCodeAt(start - 1) === 10) start--;
  let opening = -1;
  while (start > from) {
    // The paragraph that ends at `start`, and the line it ends with.
    const paragraphBreak = body.lastIndexOf("\n\n", start - 1);
    const paragraphStart = paragraphBreak < from ? from : paragraphBreak + 2;
    const lastLineStart = body.lastIndexOf("\n", start - 1) + 1;
    const lastLine = body.slice(Math.max(lastLineStart, paragraphStart), start);
    if (!ENDS_SENTENCE.test(lastLine)) break;
    opening = paragraphStart;
    if (paragraphBreak < from) break;
    start = paragraphBreak;
  }
  return opening;
}

/**
 * Is the line body[start, lineEnd) a headline ending "!" or "?" over a page of unsalutated letters
 * ("Rail fares are too high!", "A fair price for rail?"), which the first letter's opening steps
 * past as the page's top? It names what the letters are about, as the page's heading does, and is
 * no claim (decisions 755 and 795). A first letter that opens with a question of its own ("Am I the
 * only one?") is not stepped past, so its question is not asked here.
 */
export function isLettersPageHeadline(body: string, start: number, lineEnd: number): boolean {
  // Cheap first: a short line that ends with "!" or "?".
  const last = body.charCodeAt(lineEnd - 1);
  if (lineEnd - start > HEADLINE_MAX || (last !== 33 && last !== 63)) return false;
  // The page's answer is cached per body, so it is asked before the figure tests below.
  if (!isUnsalutatedLettersPage(body) || start >= askedFirstSignature) return false;
  // A figure is a claim to check, as over a story: "Fares up 5% again!" (decision 755's review), and
  // so is one in words, "Thirty-eight routes gone!" (decision 795); not a lone "one", which a
  // headline says as often as "No one listens!" or "One for all!" as a count.
  if (HOLDS_DIGIT.test(body.slice(start, lineEnd)) || countsInWords(body, start, lineEnd)) return false;
  const from = Math.max(0, askedFirstSignature - LETTER_LOOK_BACK);
  const opening = unsalutatedLetterStart(body, from, askedFirstSignature);
  return opening >= 0 && opening <= start && start < signedLetterStart(body, askedFirstSignature);
}

const HOLDS_DIGIT = /\d/;

/** Does body[start, end) hold a figure in words other than one ("Thirty-eight routes", "Half our buses")? */
function countsInWords(body: string, start: number, end: number): boolean {
  return findQuantities(body, start, end).some((q) => q.value !== 1 && !countsNothing(q.text, q.unit));
}

/**
 * A figure in words that counts nothing a headline could be checked for: a word joined to it
 * ("Two-tier policing!", "Half-baked plans!") or a saying ("Three cheers for …!", "Two wrongs don't
 * make a right!"); such a headline is dropped as the page's (decision 795's review). "Thirty-eight"
 * is joined to a figure and still counts.
 */
function countsNothing(text: string, unit: string | null): boolean {
  return JOINED_TO_A_WORD.test(text) || (unit !== null && SAYINGS.has(unit));
}

const JOINED_TO_A_WORD = /^\p{L}+-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)\p{L}/iu;
const SAYINGS = new Set(["cheers", "wrongs"]);

/** Letters opened on a line of their own that make a page of letters, not a story quoting one. */
const LETTERS_ON_A_PAGE = 2;

/**
 * Is the body a letters page: at least two letters, each opening a line ("Sir, …")? A news story
 * that quotes one letter is not, and its claims stay the article's.
 */
export function isLettersPage(body: string): boolean {
  let found = opensLetter(body, 0) ? 1 : 0;
  for (let at = body.indexOf("\n"); at >= 0 && found < LETTERS_ON_A_PAGE; at = body.indexOf("\n", at + 1))
    if (opensLetter(body, at + 1)) found++;
  return found >= LETTERS_ON_A_PAGE || isUnsalutatedLettersPage(body);
}

/**
 * The letter's last line over a signature on the line at `start` (`start` ≥ 2), and whether a blank
 * line sets the signature apart from it (decision 610): then the letter's line is above the blank.
 */
function letterLineAbove(body: string, start: number): { line: string; apart: boolean } {
  const above = body.lastIndexOf("\n", start - 2);
  const line = body.slice(above + 1, start - 1);
  if (line.trim() !== "" || above <= 0) return { line, apart: false };
  return { line: body.slice(body.lastIndexOf("\n", above - 1) + 1, above), apart: true };
}

/**
 * When the line body[start, lineEnd) is a letter's signature (a name alone, under a line that ends
 * a sentence, with a letter's opening above it), where the signature ends: after the name and up
 * to two short lines under it that end no sentence ("Retired GP, Wiveliscombe, Somerset"). Else -1.
 * A name alone elsewhere ("Keir Starmer" over a story) is read as before.
 */
export function letterSignatureEnd(body: string, start: number, lineEnd: number): number {
  if (start < 2 || lineEnd - start > SIGNATURE_NAME_MAX) return -1;
  const name = body.slice(start, lineEnd);
  if (!name.includes(" ") || !SIGNATURE_NAME.test(name)) return -1;
  const above = letterLineAbove(body, start);
  // A page's heading set apart between letters by a blank line ("The End", "More Letters", "Share
  // This") is no name.
  if (above.apart && NOT_A_SIGNATURE.test(name)) return -1;
  if (!ENDS_SENTENCE.test(above.line)) return -1;
  if (signedLetterStart(body, start) < 0) return -1;
  let end = lineEnd;
  for (let k = 0; k < SIGNATURE_LINES && end < body.length; k++) {
    const next = lineEndFrom(body, end + 1);
    const line = body.slice(end + 1, next).trim();
    if (
      line === "" ||
      next - end > SIGNATURE_LINE_MAX ||
      ENDS_SENTENCE.test(line) ||
      HOLDS_FIGURE.test(line) ||
      opensLetter(body, end + 1)
    )
      break;
    end = next;
  }
  return end;
}

/** Is the line body[start, lineEnd) a topic in capitals over a letter ("RURAL BUSES" over "Sir, …")? */
export function isLetterTopic(body: string, start: number, lineEnd: number): boolean {
  if (lineEnd - start > TOPIC_MAX || lineEnd >= body.length) return false;
  return TOPIC_IN_CAPITALS.test(body.slice(start, lineEnd)) && opensLetter(body, lineEnd + 1);
}

/** Whole-line furniture (news-furniture.ts's LINE_FURNITURE): where to send a letter. */
export const LETTERS_PAGE_LINES = [
  /^Letters(?: to the Editor)? (?:should|may|can) be (?:sent|emailed|addressed) to \S+@\S+?\.?\s*$/i,
];

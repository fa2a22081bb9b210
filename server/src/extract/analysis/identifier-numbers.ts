import { isDigit } from "../text/char-classes.ts";

/**
 * A phone number and a recall's, case's or log's number name a line or a file; they count nothing
 * (decision 520). "Call 0800 123 4567", "toll-free at 888-555-0147", "1-800-555-0199" and "Recall
 * number: 27-041" were read as statistics with each group of digits a figure. The contact lines of
 * news-furniture.ts drop such a line when it holds nothing else; in a claim the number is skipped.
 */

/** "888-555-0147", "1-800-555-0199": the North American shape, whole, with no digit after. */
const NORTH_AMERICAN = /(?:1-)?\d{3}-\d{3}-\d{4}(?![\d-])/y;
/**
 * "0800 123 4567", "020 7946 0000", "01632 960123": a trunk "0" and groups of digits. Only with 10
 * or 11 digits in all, as a British or Irish number has, so "0 400 600" is no phone number. The
 * last group may follow a hyphen: "0800 555-0142" (decision 585).
 */
const TRUNK_ZERO = /0\d{2,4}[ \u00a0]\d{3,6}(?:[ \u00a0-]\d{3,4})?(?![\d,.]\d|[\d,-])/y;
/**
 * "+44 20 7946 0958", "+1 800 555 0199": a country code after "+" and groups of digits, 8 to 15
 * digits in all (decision 545). "+4.5%" and "+2 3" hold too few. A country code of one digit is
 * 1 or 7, and none starts with 0 or goes on after a 1, so a golf card's "+10 68 70 71 69" or
 * "+0.5 2024-2025" is no number to call (a review of decision 545).
 */
const INTERNATIONAL = /(?:[17]|[2-689]\d{1,2})(?:[ \u00a0.-]\d{1,5}){2,5}(?![\d,.]\d|\d)/y;
/** "(800) 555-0199": an area code in brackets, then the North American number's seven digits. */
const BRACKETED_AREA = /\d{3}\)[ \u00a0]?\d{3}[-. \u00a0]\d{4}(?![\d-])/y;
/**
 * "555-0142": seven digits as a local number writes them, only after what asks one to ring it
 * ("call", "phone", "text", "dial", "helpline": "or call 555-0142"), since "500-1000 people" is a
 * range of the same shape.
 */
const LOCAL_NUMBER = /\d{3}-\d{4}(?![\d-])/y;
const CALL_BEFORE =
  /\b(?:call|ring|phone|telephone|tel|dial|text|fax|hotline|helpline)(?:[ \u00a0]+(?:us|them|him|her))?(?:[ \u00a0]+(?:on|at))?[ \u00a0]*[:.]?[ \u00a0]*$/i;
/** What a labelled number names: "recall number: ", "case number ", "log number ". */
const LABEL_BEFORE =
  /\b(?:recall|case|log|crime|incident|reference|serial|batch|lot|model|part|order|claim|account|policy|ticket|tracking)[ \u00a0]+number[ \u00a0]*:?[ \u00a0]*$/i;
/**
 * The number itself: "27-041", "4521", "1,000,000" whole (its thousands too, or "000,000" was left
 * a figure); "A/12" is not read (a letter starts no quantity).
 */
const LABELLED_NUMBER = /\d+(?:(?:[-/]|,(?=\d{3}(?!\d)))\d+)*/y;

/** Where a phone number or a labelled identifier that starts at text[at] ends; 0 when none does. */
export function identifierNumberEnd(text: string, at: number): number {
  if (isDigit(text.charCodeAt(at - 1))) return 0;
  const phoneEnd = phoneNumberEnd(text, at);
  if (phoneEnd > 0) return phoneEnd;
  // "number" right before (its colon and spaces between): only then is the label looked for.
  if (!endsOnNumberWord(text, at)) return 0;
  if (!LABEL_BEFORE.test(text.slice(Math.max(0, at - 32), at))) return 0;
  return matchEnd(LABELLED_NUMBER, text, at);
}

/** The end of a phone number that starts at text[at] (a digit after a non-digit); 0 if none. */
function phoneNumberEnd(text: string, at: number): number {
  // Reads stay inside the text (-1 outside, which no test below takes): a read past either end
  // gives NaN, which deopted the compiled function (decision 760).
  let run = at;
  while (run - at < 6 && run < text.length && isDigit(text.charCodeAt(run))) run++;
  const after = run < text.length ? text.charCodeAt(run) : -1;
  const lead = at > 0 ? text.charCodeAt(at - 1) : -1;
  return lead === 43
    ? internationalEnd(text, at)
    : lead === 40 && after === 41
      ? matchEnd(BRACKETED_AREA, text, at)
      : after === 45
        ? matchEnd(NORTH_AMERICAN, text, at) || localNumberEnd(text, at)
        : (after === 32 || after === 0xa0) && text.charCodeAt(at) === 48
          ? trunkZeroEnd(text, at)
          : 0;
}

/** "+44 20 7946 0958" (at the digit after "+"): its end when it holds 8 to 15 digits; 0 otherwise. */
function internationalEnd(text: string, at: number): number {
  const end = matchEnd(INTERNATIONAL, text, at);
  const digits = text.slice(at, end).replace(/\D/g, "").length;
  return digits >= 8 && digits <= 15 ? end : 0;
}

/**
 * "call 555-0142": a local number's end, only after a word that asks for a call; 0 otherwise.
 * Round ends make a range ("Volunteers will phone 500-1000 voters", "call 200-3000 households";
 * a review of decision 545).
 */
function localNumberEnd(text: string, at: number): number {
  const end = matchEnd(LOCAL_NUMBER, text, at);
  if (end === 0 || (text.charCodeAt(at + 2) === 48 && text.endsWith("00", end))) return 0;
  return CALL_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || afterAnotherNumber(text, at) ? end : 0;
}

/**
 * "Call 0800 555-0142 or 555-0143", "call 555-0142, 555-0143 or 555-0144": a number listed after
 * another phone number is one too; the call word stands before the first only (decision 585).
 */
const NUMBER_THEN_OR = /(\d[\d \u00a0-]{5,14}\d)[ \u00a0]*(?:,|\/|or|and)[ \u00a0]*$/;

/**
 * Does a phone number end right before the "or", "and", comma or slash before text[at]? A phone
 * number only: "Case number 2024-1234 and 555-0143 cases" lists a labelled number, then a count.
 */
function afterAnotherNumber(text: string, at: number): boolean {
  const m = NUMBER_THEN_OR.exec(text.slice(Math.max(0, at - 24), at));
  if (m === null) return false;
  const numberEnd = at - m[0].length + m[1]!.length;
  // The run may start inside a longer number: try each digit that follows a non-digit.
  for (let start = numberEnd - m[1]!.length; start < numberEnd - 6; start++) {
    if (!isDigit(text.charCodeAt(start)) || isDigit(text.charCodeAt(start - 1))) continue;
    if (phoneNumberEnd(text, start) === numberEnd) return true;
  }
  return false;
}

/**
 * Cheap first for LABEL_BEFORE, read back from `at` with no slice: the spaces, a colon and the
 * spaces before it, then the "r" that ends "number". Most figures stand after another word.
 */
function endsOnNumberWord(text: string, at: number): boolean {
  let i = skipSpacesBack(text, at);
  if (text.charCodeAt(i - 1) === 58) i = skipSpacesBack(text, i - 1);
  const last = text.charCodeAt(i - 1);
  return last === 114 || last === 82;
}

/** Where the run of spaces (" ", no-break) that ends at `at` starts. */
function skipSpacesBack(text: string, at: number): number {
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 0xa0)) at--;
  return at;
}

/** "0800 123 4567": its end when the groups hold 10 or 11 digits in all; 0 otherwise. */
function trunkZeroEnd(text: string, at: number): number {
  const end = matchEnd(TRUNK_ZERO, text, at);
  const digits = text.slice(at, end).replace(/\D/g, "").length;
  return digits === 10 || digits === 11 ? end : 0;
}

function matchEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : 0;
}

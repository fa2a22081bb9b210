import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { isAsciiLetter, isDigit } from "../text/char-classes.ts";

/**
 * Ranges of two figures: "between 3 and 4 per cent", "12 to 18 inches", "1.18C to 1.52C". The low
 * end takes the high end's unit and the two are bounds (at least, at most). Each end is read by
 * the quantity reader, passed in as `matchAt` (quantities.ts), which calls these in turn.
 */

/** The quantity reader: tries a figure at `at`, adds it to `out`, returns where the search goes on. */
export type MatchAt = (text: string, start: number, at: number, out: Quantity[], nested?: boolean) => number;
/** The value of number words ("sixty", "twenty-five"), or null when they are none. */
export type NumberWordValue = (words: string) => number | null;

const TO_NEXT = /[ \u00a0]+to[ \u00a0]+/y;
const CHANGED_BEFORE =
  /\b(?:raised|lowered|cut|increased|reduced|lifted|hiked|revised|moved|changed|raising|lowering|cutting|rose|fell|climbed|jumped|dropped|grew|declined|decreased|soared|slumped|surged|plunged|rising|falling|went)\b(?:[ \u00a0]+[\p{L}’'-]+){0,4}[ \u00a0]+$/u;
/** "from 12 to 18 inches" is a change, "rose from": the words before a range that make it none. */
const FROM_BEFORE = /\b(?:from|between)[ \u00a0]+$/i;

/**
 * "12 to 18 inches of rain", "8 to 11 feet": a bare number, "to", and a figure with a unit is a
 * range, the low end taking the unit, as "between 3 and 4 per cent" is. Not "from 12 to 18
 * inches" (a change) nor "voted 7 to 2" (no unit). Returns where the search goes on, or 0.
 */
export function toRangeAt(
  text: string,
  start: number,
  at: number,
  out: Quantity[],
  matchAt: MatchAt,
  numberWordValue: NumberWordValue,
): number {
  const c = text.charCodeAt(at);
  if (c === 36 || c === 0x20ac || c === 0xa3) return moneyRangeAt(text, start, at, out, matchAt);
  if (isAsciiLetter(c)) return wordRangeAt(text, start, at, out, matchAt, numberWordValue, "to");
  if (c < 48 || c > 57) return 0;
  // Cheap first: digits (with "," or "."), at most a glued unit ("1.18C"), a space and "to " must
  // follow, which few numbers have.
  let e = at + 1;
  while (
    e < text.length &&
    (isDigitAt(text, e) || ((text.charCodeAt(e) === 44 || text.charCodeAt(e) === 46) && isDigitAt(text, e + 1)))
  )
    e++;
  for (let glued = 0; glued < 3 && isAsciiLetterAt(text, e); glued++) e++;
  if (
    text.charCodeAt(e) !== 32 ||
    text.charCodeAt(e + 1) !== 116 ||
    text.charCodeAt(e + 2) !== 111 ||
    text.charCodeAt(e + 3) !== 32
  )
    return 0;
  if (FROM_BEFORE.test(text.slice(Math.max(0, at - 9), at))) return 0;
  const lows: Quantity[] = [];
  matchAt(text, start, at, lows, true);
  if (lows.length !== 1 || lows[0]!.qualifier !== null) return 0;
  // "raised its forecast 2% to 3%": a change from one figure to the other, as "from" says.
  if (lows[0]!.unit !== null && CHANGED_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return 0;
  TO_NEXT.lastIndex = lows[0]!.end - start;
  if (!TO_NEXT.test(text) || !isDigitAt(text, TO_NEXT.lastIndex)) return 0;
  const highs: Quantity[] = [];
  const highEnd = matchAt(text, start, TO_NEXT.lastIndex, highs, true);
  const high = highs[0];
  // "passed 55 to 45 percent", "306 to 232 electoral votes": a split, not a range. The low end has
  // no unit of its own, or the high end's ("1.18C to 1.52C").
  if (highs.length !== 1 || high!.unit === null || (lows[0]!.unit !== null && lows[0]!.unit !== high!.unit)) return 0;
  // "2 to 3 million doses": the high end's scale is the low end's too; "rose 2 to 3 million" is left.
  let low = lows[0]!;
  if (MULTIPLIER_WORD.test(high!.text)) {
    const scale = borrowedScale(low, high!, numberWordValue);
    if (scale === 1 || CHANGED_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return 0;
    low = { ...low, value: scaled(low.value, scale) };
  }
  if (high!.value <= low.value) return 0;
  out.push(
    { ...low, unit: high!.unit, qualifier: "at_least" },
    high!.qualifier === null ? { ...high!, qualifier: "at_most" } : high!,
  );
  return highEnd;
}

/**
 * "Sixty to seventy percent", "two to three weeks", "between sixty and seventy percent": a number
 * word, "to" (or "and" after "between"), and a figure with a unit is a range as "60 to 70 percent"
 * is, the low end taking the unit. A number word alone counts nothing, so the low end is read
 * here: a whole number in words, not a plural scale ("hundreds to thousands") nor "half". As with
 * digits, "from nine to five" is a span, "voted seven to two" has no unit, "nine to five jobs"
 * runs down, and a scale on the high end only ("two to three million doses") is the low end's
 * too (borrowedScale). Returns where the range ends, or 0.
 */
function wordRangeAt(
  text: string,
  start: number,
  at: number,
  out: Quantity[],
  matchAt: MatchAt,
  numberWordValue: NumberWordValue,
  joinWord: "to" | "and",
): number {
  // Cheap first: a run of letters (hyphens inside: "twenty-five"), then a space and the join's first letter.
  let e = at;
  while (isAsciiLetterAt(text, e) || (text.charCodeAt(e) === 45 && isAsciiLetterAt(text, e + 1))) e++;
  if (e - at < 3 || text.charCodeAt(e) !== 32 || (text.charCodeAt(e + 1) | 32) !== joinWord.charCodeAt(0)) return 0;
  const join = joinWord === "to" ? TO_NEXT : AND_NEXT;
  const word = text.slice(at, e);
  if ((word.charCodeAt(word.length - 1) | 32) === 115) return 0;
  const low = numberWordValue(word);
  if (low === null || !Number.isInteger(low)) return 0;
  if (joinWord === "to" && changeThenLevel(text, at, e)) return 0;
  join.lastIndex = e;
  if (!join.test(text)) return 0;
  const highs: Quantity[] = [];
  const highEnd = matchAt(text, start, join.lastIndex, highs, true);
  const high = highs[0];
  if (
    highs.length !== 1 ||
    high!.start !== start + join.lastIndex ||
    high!.unit === null ||
    FRACTION_UNITS.has(high!.unit) ||
    high!.qualifier !== null
  )
    return 0;
  // "two to three million doses": the scale is the low end's too (see borrowedScale).
  const scale = SCALE_WRITTEN.test(high!.text) ? borrowedScale({ value: low }, high!, numberWordValue) : 0;
  if (scale === 1) return 0;
  const value = scale > 1 ? scaled(low, scale) : low;
  if (high!.value <= value) return 0;
  out.push(
    { text: word, start: start + at, end: start + e, value, unit: high!.unit, qualifier: "at_least" },
    { ...high!, qualifier: "at_most" },
  );
  return highEnd;
}
/** "from just two to 14 percent": "from" and a hedge before the low end, a change as "from" alone is. */
const FROM_HEDGED_BEFORE =
  /\bfrom[ \u00a0]+(?:just|only|about|around|roughly|some|nearly|almost|barely|a[ \u00a0]+mere)[ \u00a0]+$/i;
/** "by" right before the low end: "fell by three to 27 percent". */
const BY_BEFORE = /\bby[ \u00a0]+$/i;

/**
 * Is the number word at text[at, wordEnd), before "to", a change and the figure after "to" the
 * new level, not a range? "from nine to five" and "from just two to 14 percent" are a span or a
 * change; "fell by three to 27 percent" and "grew by nine to 45 countries" are a change by a
 * number in words and a level in digits, as news style writes numbers under ten and above.
 * "rose by two to three percent", both in words, stays a range of the change.
 */
function changeThenLevel(text: string, at: number, wordEnd: number): boolean {
  const before = text.slice(Math.max(0, at - 18), at);
  if (FROM_BEFORE.test(before) || FROM_HEDGED_BEFORE.test(before)) return true;
  if (!BY_BEFORE.test(before)) return false;
  TO_NEXT.lastIndex = wordEnd;
  return TO_NEXT.test(text) && isDigitAt(text, TO_NEXT.lastIndex);
}

/** "between one and two thirds": a fraction's part, not a count the low end shares. */
const FRACTION_UNITS = new Set(["half", "halves", "third", "thirds", "quarter", "quarters", "fifths", "tenths"]);
/** A scale in a range's high end, in words or glued to digits: "three million", "3m", "two hundred". */
const SCALE_WRITTEN = /(?:hundred|thousand|million|billion|trillion|dozen|crore|lakh|\d[ \u00a0]?(?:bn|tn|m|k))\b/i;

/** "gained $4.10 to $131.20", "will rise by $1.50 to $16.50 an hour": a change, then the new level. */
const MONEY_CHANGED_BEFORE =
  /\b(?:by|gained|gains|gain|lost|loses|lose|added|adds|add|shed|sheds|slipped|slips|slid|rise|rises|increase|increases|fall|falls|drop|drops|jump|jumps|climb|climbs|up|down|higher|lower)[ \u00a0]+$/i;

/**
 * "losses of $6 billion to $9 billion", "€2m to €3m": two sums in one currency, each written in
 * full, are a range's bounds; not "rose from $6 billion to $9 billion" (a change).
 */
function moneyRangeAt(text: string, start: number, at: number, out: Quantity[], matchAt: MatchAt): number {
  if (FROM_BEFORE.test(text.slice(Math.max(0, at - 9), at))) return 0;
  const lows: Quantity[] = [];
  matchAt(text, start, at, lows, true);
  const low = lows[0];
  if (lows.length !== 1 || low!.qualifier !== null || low!.unit === null) return 0;
  TO_NEXT.lastIndex = low!.end - start;
  if (!TO_NEXT.test(text) || text.charCodeAt(TO_NEXT.lastIndex) !== text.charCodeAt(at)) return 0;
  const before = text.slice(Math.max(0, at - 40), at);
  if (CHANGED_BEFORE.test(before) || MONEY_CHANGED_BEFORE.test(before)) return 0;
  const highs: Quantity[] = [];
  const highEnd = matchAt(text, start, TO_NEXT.lastIndex, highs, true);
  const high = highs[0];
  // "$5 to $10 a day": the low end takes the high end's rate.
  const sameUnit = high !== undefined && (high.unit === low!.unit || high.unit?.startsWith(`${low!.unit} per `));
  if (highs.length !== 1 || !sameUnit) return 0;
  // "$2 to $3 billion": US copy writes the scale once, for both ends.
  const scale = MULTIPLIER_WORD.test(low!.text) ? 1 : borrowedScale(low!, high!, () => null);
  const lowValue = scaled(low!.value, scale);
  if (high!.value <= lowValue) return 0;
  out.push(
    { ...low!, value: lowValue, unit: high!.unit, qualifier: "at_least" },
    high!.qualifier === null ? { ...high!, qualifier: "at_most" } : high!,
  );
  return highEnd;
}

// Past the text's end is no letter: asked before charCodeAt, whose NaN there deoptimised the
// compiled function (decision 695).
const isAsciiLetterAt = (text: string, i: number): boolean => i < text.length && isAsciiLetter(text.charCodeAt(i));
const isDigitAt = (text: string, i: number): boolean => isDigit(text.charCodeAt(i));

/** "between 3", "between -5", "between minus 5": the low end of a range starts at `at`. */
const BETWEEN_BEFORE = /\bbetween[ \u00a0]+(?:[-−]|minus[ \u00a0]+)?$/i;
// The high end starts at its digits: a sign before them ("and minus 4C", "and -2") is read back from there.
const AND_NEXT = /[ \u00a0]+and[ \u00a0]+(?:minus[ \u00a0]+(?=\d)|[-−](?=\d))?/y;
const MULTIPLIER_WORD = /\d[ \u00a0]?(?:thousand|million|billion|trillion|bn|m|k)\b/i;

/**
 * "between 3 and 4 per cent", "between 200 and 300 people": the low end takes the high end's
 * unit, and the two are bounds (at least, at most). Returns where the range ends, or 0 when none
 * starts at `at`.
 */
export function betweenRangeAt(
  text: string,
  start: number,
  at: number,
  out: Quantity[],
  matchAt: MatchAt,
  numberWordValue: NumberWordValue,
): number {
  const c = text.charCodeAt(at);
  const sign = c === 36 || c === 0x20ac || c === 0xa3; // $ € £
  const letter = isAsciiLetter(c);
  if (((c < 48 || c > 57) && !sign && !letter) || at < 8 || !BETWEEN_BEFORE.test(text.slice(Math.max(0, at - 15), at)))
    return 0;
  if (letter) return wordRangeAt(text, start, at, out, matchAt, numberWordValue, "and");
  const lows: Quantity[] = [];
  matchAt(text, start, at, lows, true);
  // The regex may have read "and" as the low end's noun and dropped it: go on from the figure's end.
  AND_NEXT.lastIndex = lows.length === 1 ? lows[0]!.end - start : 0;
  if (lows.length !== 1 || !AND_NEXT.test(text)) return 0;
  const highs: Quantity[] = [];
  const highEnd = matchAt(text, start, AND_NEXT.lastIndex, highs, true);
  if (highs.length !== 1) return 0;
  let low = lows[0]!;
  const high = highs[0]!;
  // "between 3 unions and 2 employers": two counts of different things are no range.
  if (low.unit !== null && high.unit !== null && low.unit !== high.unit && !high.unit.startsWith(`${low.unit} per `))
    return 0;
  // "between 3 and 4 million people": a multiplier on the high end only is the low end's too,
  // when the low end is below the high end's own number (see borrowedScale); else it is not read
  // onto the low one.
  const scale =
    high.unit !== null && (low.unit === null || low.unit === high.unit) && !MULTIPLIER_WORD.test(low.text)
      ? borrowedScale(low, high, numberWordValue)
      : 1;
  if (scale > 1) low = { ...low, value: scaled(low.value, scale), unit: high.unit };
  else if (
    low.unit === null &&
    high.unit !== null &&
    !(MULTIPLIER_WORD.test(high.text) && !MULTIPLIER_WORD.test(low.text))
  )
    low = { ...low, unit: high.unit };
  // "between $200 and $300 a year": the rate is the low end's too.
  else if (low.unit !== null && high.unit !== null && high.unit.startsWith(`${low.unit} per `))
    low = { ...low, unit: high.unit };
  out.push(
    low.qualifier === null ? { ...low, qualifier: "at_least" } : low,
    high.qualifier === null ? { ...high, qualifier: "at_most" } : high,
  );
  return highEnd;
}

/** The first number a range's high end writes: "3" in "$3 billion", "three" in "three hundred workers". */
const HIGH_HEAD = /^(?:[$€£¥₹₩][ \u00a0]?)?(?:(\d[\d,]*(?:\.\d+)?)|([a-z]+(?:-[a-z]+)?))/i;

/**
 * The scale a range's high end writes that is the low end's too: "2 to 3 million doses" is 2
 * million to 3 million, as "two to three hundred workers" is 200 to 300 and "$2 to $3 billion" $2
 * billion to $3 billion. Only when the low end (a bare number, no scale of its own) lies below the
 * high end's own number ("2" below "3"): "300 to 1.2 million" is no range of millions. The factor
 * (a power of ten from 100) or 1 when there is none: "two to two hundred and fifty" is no scale.
 */
export function borrowedScale(low: Pick<Quantity, "value">, high: Quantity, numberWordValue: NumberWordValue): number {
  const head = HIGH_HEAD.exec(high.text);
  if (head === null) return 1;
  const own = head[1] !== undefined ? Number(head[1].replace(/,/g, "")) : numberWordValue(head[2]!);
  if (own === null || !(own > 0) || !(low.value < own)) return 1;
  const factor = high.value / own;
  const power = 10 ** Math.round(Math.log10(factor));
  return power >= 100 && Math.abs(factor - power) <= power * 1e-9 ? power : 1;
}

/** `value` times a power of ten, without the float tail: 1.5 × 1e6 is 1,500,000. */
function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

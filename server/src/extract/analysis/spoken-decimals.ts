/**
 * Decimals said in words, as transcripts and some copy write them: "seven point nine percent" is
 * 7.9 %, "two point five million residents" 2,500,000. The quantity regex reads the tail after a
 * number word with SPOKEN_DECIMAL_TAIL; parseSpokenDecimal gives its value. Only digit words may
 * follow "point", so "a seven-point lead", "seven points" and "a ten point plan" keep their
 * reading: a count of points (or a plan's name), not a decimal.
 */

const DIGIT_WORDS: Record<string, number> = {
  zero: 0,
  oh: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const DIGIT_WORD = Object.keys(DIGIT_WORDS).join("|");

/**
 * After "one point" and its digit words, what makes "one point" a single point and the digit word
 * a count of its own: "lost by one point three times", "dropped one point two weeks ago", "at any
 * one point two or three officers". A time, "times" or "or" is what the count is of.
 */
const COUNT_AFTER_ONE_POINT = String.raw`(?:times|seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|games?|matches|rounds?|or)`;
const ONE_POINT_THEN_COUNT = String.raw`(?<=\bone)\s+point(?:\s+(?:${DIGIT_WORD}))+\s+${COUNT_AFTER_ONE_POINT}\b`;

/**
 * Regex source for " point nine", " point four five" after a number word. The digit words end at
 * a word's end and not before a hyphen: "point one-third" is no decimal. "At one point five people
 * were inside" ("at any one point") is the idiom "at one point", not 1.5; "by one point three
 * times" is one point and three times (ONE_POINT_THEN_COUNT), while "one point five percent" is 1.5.
 */
export const SPOKEN_DECIMAL_TAIL = `(?:(?<!\\bat\\s+one)(?<!\\bany\\s+one)(?!${ONE_POINT_THEN_COUNT})\\s+point\\s+(?:${DIGIT_WORD})(?:\\s+(?:${DIGIT_WORD}))*\\b(?!-))`;

/** " point " with white space either side: cheap test that a number word has a decimal tail. */
const POINT = /\spoint\s/i;

export function hasSpokenDecimal(num: string): boolean {
  return num.length > 10 && POINT.test(num);
}

/**
 * The value of "seven point nine" (7.9), with the whole part read by `wholeOf` ("twenty-three
 * point five" is 23.5), or null when a word is no number.
 */
export function parseSpokenDecimal(num: string, wholeOf: (words: string) => number | null): number | null {
  const at = num.toLowerCase().search(POINT);
  const head = num.slice(0, at);
  // "zero point five": a zero in words is a whole part here alone, no number of its own.
  const whole = DIGIT_WORDS[head.toLowerCase()] === 0 ? 0 : wholeOf(head);
  if (whole === null) return null;
  let digits = "";
  for (const word of num.slice(at).trim().split(/\s+/).slice(1)) {
    const d = DIGIT_WORDS[word.toLowerCase()];
    if (d === undefined) return null;
    digits += d;
  }
  return Number(`${whole}.${digits}`);
}

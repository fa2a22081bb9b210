/**
 * A figure below zero: "minus 4", "−0.1 per cent", "-12C". News copy writes net approval
 * ratings, contractions and winter temperatures this way; read without the sign, the value says
 * the opposite. A hyphen is a sign only where a word could start (after a space, a bracket or the
 * text's start) after a word that is neither a figure nor capitalised: "fell to -4", but "3 -4
 * percent" is a range, "Covid -19" a name and "56-44" a pair.
 */

const WORD_BEFORE = /\S+$/;
// Module-level: tsx turns a \p{…} regex literal inside a function into a `new RegExp` per call.
const FIGURE_OR_CAPITAL = /^[\p{Lu}\d]/u;
const MINUS_WORD = /(?:^|[\s(])(minus|negative)[ \u00a0]$/i;

/** Where the sign of the number at `at` starts in `text`, or -1 when it has none. */
export function negativeSignStart(text: string, at: number): number {
  if (at === 0) return -1;
  const c = text.charCodeAt(at - 1);
  // "-" (hyphen-minus) or "−" (U+2212 minus sign), standing where a word could start.
  if (c === 45 || c === 0x2212) {
    if (at === 1) return 0;
    const before = text.charCodeAt(at - 2);
    if (before === 40 || before === 10) return at - 1;
    if (before !== 32 && before !== 0xa0) return -1;
    // The word before the space: a figure or a capitalised word makes the hyphen a dash or a name's.
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at - 2));
    return word && FIGURE_OR_CAPITAL.test(word[0]) ? -1 : at - 1;
  }
  if (c !== 32 && c !== 0xa0) return -1;
  const m = MINUS_WORD.exec(text.slice(Math.max(0, at - 10), at));
  if (!m) return -1;
  const sign = at - m[1]!.length - 1;
  // "a margin of error of plus or minus 2.8 points" gives a spread, not a figure below zero.
  return /\bplus[ \u00a0]+or[ \u00a0]+$/i.test(text.slice(Math.max(0, sign - 9), sign)) ? -1 : sign;
}

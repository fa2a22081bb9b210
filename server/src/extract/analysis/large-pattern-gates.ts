// Cheap char tests asked before a large pattern (decision 695). V8 compiles a regular expression
// the first time it is run, and a pattern of many alternatives before a word boundary or a run of
// spaces compiles to tens of kilobytes of bytecode. Run on every text that reaches its rule, such
// a pattern is compiled at the first of them, among the articles the instruction tool measures,
// though almost none could match. Each test here holds for every text its pattern matches, so no
// reading changes: the pattern is run, and compiled, only for a text that could match.

import { isCloser, isSpace } from "../text/char-classes.ts";

/**
 * Could bare-figures.ts's LEVEL_BEFORE ("rose to ", "stood at ", "reached ", "totals ") match
 * `before`: a space or a no-break space ends it, and the word before the spaces ends as a level's
 * word does, on "o", "t", "d" or "s" in either case, or on "ſ", which the pattern's /iu folds to
 * "s"? "the acid test of " ends on "f" and is no level.
 */
export function mayEndOnLevelWord(before: string): boolean {
  let i = before.length - 1;
  if (i < 0 || !isSpace(before.charCodeAt(i))) return false;
  while (i >= 0 && isSpace(before.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = before.charCodeAt(i);
  if (c === 0x17f) return true;
  const lower = c | 32;
  return lower === 111 || lower === 116 || lower === 100 || lower === 115;
}

/**
 * Is there a comma, a closing quotation mark or a bracket in text[from, to): where a quotation's
 * tag can open ("“Of course,” she would reply"), which would-in-a-quote-tag.ts's TAG_BEFORE
 * needs before "would"?
 */
export function commaOrCloserWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || isCloser(c)) return true;
  }
  return false;
}

/**
 * Where a quantity can start, found with a scan of char codes so the quantity regex is tried
 * (sticky) at those places only instead of at every position of the text: its leading
 * lookbehind keeps V8 from skipping ahead on its own. A quantity starts with a digit, a
 * currency sign, or a run of letters that is a qualifier's first word ("over", "at least"),
 * "a" ("a dozen") or begins with a number word ("twenty", "tenmillion"), after a character
 * that is not a letter or digit. Runs are told apart by their first three letters, so some
 * places that cannot start a quantity are tried too; none that can is skipped.
 */
import { isAsciiLetter, isDigit } from "../text/char-classes.ts";

const KEY_SPACE = 27 * 27 * 27;
const startKeys = new Uint8Array(KEY_SPACE);

/** Key of a run's first three lowercase letters (a shorter run is padded, so it keys only itself). */
function keyOfWord(word: string): number {
  let k = 0;
  for (let i = 0; i < 3; i++) k = k * 27 + (i < word.length ? word.charCodeAt(i) - 96 : 0);
  return k;
}

/** Registers the words a quantity's first run of letters can be, or begin with. */
export function registerQuantityStartWords(words: readonly string[]): void {
  for (const w of words) startKeys[keyOfWord(w.toLowerCase())] = 1;
}

/** Could a quantity match start at `i`, a letter that starts a run (ASCII letters of `text`)? */
function runMayStart(text: string, i: number): boolean {
  let key = 0;
  for (let n = 0; n < 3; n++) {
    const c = i + n < text.length ? text.charCodeAt(i + n) : 0;
    // ſ and K match s and k in the regex (case-insensitive Unicode): anything non-ASCII is tried.
    if (c >= 128) return true;
    if (!isAsciiLetter(c)) return startKeys[key * 27 ** (3 - n)]! === 1;
    key = key * 27 + ((c | 32) - 96);
  }
  return startKeys[key]! === 1;
}

/** The first position >= from where a quantity can start, or -1. */
export function nextQuantityStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 36 || c === 0x20ac || c === 0xa3) return i; // $ € £
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (isDigit(prev) || isAsciiLetter(prev)) continue;
    if (isDigit(c)) return i;
    if ((isAsciiLetter(c) || c === 0x17f || c === 0x212a) && runMayStart(text, i)) return i;
  }
  return -1;
}

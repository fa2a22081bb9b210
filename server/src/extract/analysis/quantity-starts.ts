/**
 * Where a quantity can start, found with a scan of char codes so the quantity regex is tried
 * (sticky) at those places only instead of at every position of the text: its leading
 * lookbehind keeps V8 from skipping ahead on its own. A quantity starts, after a character that
 * is not a letter or digit, with a digit, a currency sign ($ € £ ¥ ₹ ₩), a run of letters that begins with a
 * number word ("twenty", "tenmillion"), or a run that is a qualifier's first word ("over",
 * "at least") or "a" ("a dozen") followed by white space. Some places that cannot start a
 * quantity are tried too (the regex then fails there); none that can is skipped.
 */
import { ASCII_LETTER_OR_DIGIT, isAsciiLetter, isDigit, isJsSpace } from "../text/char-classes.ts";

/** Per key of a word's first three letters: the words (lowercase) that start so, by kind. */
const numberWordsByKey = new Map<number, string[]>();
const spacedWordsByKey = new Map<number, string[]>();
/** Per key: 1 when some word of either kind starts so (most runs stop at this test). */
const anyWordKey = new Uint8Array(27 * 27 * 27);

/** Key of a word's first three lowercase letters (a shorter word is padded, so it keys only itself). */
function keyOfWord(word: string): number {
  let k = 0;
  for (let i = 0; i < 3; i++) k = k * 27 + (i < word.length ? word.charCodeAt(i) - 96 : 0);
  return k;
}

function add(byKey: Map<number, string[]>, words: readonly string[]): void {
  for (const w of words) {
    const lower = w.toLowerCase();
    if (!/^[a-z]+$/.test(lower)) throw new Error(`quantity start word must be ASCII letters: ${w}`);
    const list = byKey.get(keyOfWord(lower)) ?? [];
    if (!list.includes(lower)) list.push(lower);
    byKey.set(keyOfWord(lower), list);
    anyWordKey[keyOfWord(lower)] = 1;
  }
}

/**
 * Registers the words a quantity's first run of letters can be: `numberWords` may be glued to
 * more letters, `spacedWords` (qualifiers' first words, "a") must be followed by white space.
 */
export function registerQuantityStartWords(numberWords: readonly string[], spacedWords: readonly string[]): void {
  add(numberWordsByKey, numberWords);
  add(spacedWordsByKey, spacedWords);
}

/** Does the run of ASCII letters text[i, end) start with `word` (case-insensitive)? */
function runStartsWith(text: string, i: number, end: number, word: string): boolean {
  if (end - i < word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** Could a quantity match start at `i`, where a run of letters starts? */
function runMayStart(text: string, i: number): boolean {
  // The first three letters key the word lists; most runs stop here.
  let key = 0;
  let n = 0;
  for (; n < 3 && i + n < text.length; n++) {
    const c = text.charCodeAt(i + n);
    // ſ and K match s and k in the regex (case-insensitive Unicode): a run with anything
    // non-ASCII in its first letters is tried.
    if (c >= 128) return true;
    if (!isAsciiLetter(c)) break;
    key = key * 27 + ((c | 32) - 96);
  }
  for (let k = n; k < 3; k++) key *= 27;
  if (anyWordKey[key] === 0) return false;
  let end = i + n;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  const numbers = numberWordsByKey.get(key);
  if (numbers) for (const w of numbers) if (runStartsWith(text, i, end, w)) return true;
  const spaced = spacedWordsByKey.get(key);
  if (spaced && end < text.length && isJsSpace(text.charCodeAt(end)))
    for (const w of spaced) if (w.length === end - i && runStartsWith(text, i, end, w)) return true;
  return false;
}

/**
 * The first position in [from, to) where a quantity can start, or -1. Only the positions are
 * bounded: what comes before and after them is read from the whole text.
 */
export function nextQuantityStart(text: string, from: number, to = text.length): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128 && ASCII_LETTER_OR_DIGIT[c] === 1) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (prev >= 128 || ASCII_LETTER_OR_DIGIT[prev] === 0) {
        if (isDigit(c) || runMayStart(text, i)) return i;
      }
      // The rest of this run of ASCII letters and digits follows a letter or digit: no start.
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d >= 128 || ASCII_LETTER_OR_DIGIT[d] === 0) break;
        i++;
      }
      continue;
    }
    if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 0x20a9) return i; // $ € £ ¥ ₹ ₩
    if (c === 0x17f || c === 0x212a) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (prev >= 128 || ASCII_LETTER_OR_DIGIT[prev] === 0) return i;
    }
    i++;
  }
  return -1;
}

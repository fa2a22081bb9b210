/**
 * Cheap pre-checks for the word-list regexes of the analysis (kinds, flags, dates, quantities).
 * Any match of one of those regexes contains at least one of its trigger words at the start of
 * a run of ASCII letters (a trigger word followed by more letters is fine: only its first three
 * letters are compared). One scan of the text that looks up the first three letters of every
 * run in a table tells which regexes can match at all; only those run. A gate may pass when its regex then finds
 * nothing (two words share three letters), never the other way round, so results are unchanged.
 * Most claims mention no month, no number word and no loaded term: most regexes never run.
 */

/** Key of a word's first three lowercase ASCII letters (shorter words keep their length). */
function keyOf(word: string): number {
  let k = 0;
  for (let i = 0; i < 3; i++) {
    const c = i < word.length ? word.charCodeAt(i) | 32 : 96;
    if (c < 96 || c > 122) throw new Error(`gate word must start with ASCII letters: ${word}`);
    k = k * 27 + (c - 96);
  }
  return k;
}

const table = new Uint32Array(27 * 27 * 27);
let nextBit = 1;

/** Bit set in gateBits() results when the text contains a digit 0-9. */
export const DIGIT = 1;

/** Registers a gate from the words its regex can start with (only their first three letters count). */
export function defineGate(words: readonly string[]): number {
  if (nextBit >= 31) throw new Error("too many word gates");
  const bit = 1 << nextBit++;
  for (const w of words) table[keyOf(w)]! |= bit;
  return bit;
}

/** Every gated regex with the gates it needs, so a test can check that gates never hide a match. */
export const GATED: { re: RegExp; all: number; any: number }[] = [];

/** Records that `re` only runs when all gates of `all` and (if given) one of `any` are open. */
export function gated(re: RegExp, all: number, any = 0): void {
  GATED.push({ re, all, any });
}

/** All gates: what gateBits() returns when it cannot tell (letters that case-fold to ASCII). */
const ALL = 0x7fffffff;

/**
 * Gates opened by text[start, end): DIGIT if it holds a digit, and the bit of every gate whose
 * trigger key starts a run of ASCII letters. Regexes see text[start, end) as their whole input,
 * so a run at `start` counts as a word start.
 */
export function gateBits(text: string, start = 0, end = text.length): number {
  let bits = 0;
  let key = 0;
  let len = -1; // letters in the current run; -1 outside a run
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122 && (c <= 90 || c >= 97)) {
      if (len < 0) {
        len = 0;
        key = 0;
      }
      if (len < 3) key = key * 27 + (lower - 96);
      len++;
      continue;
    }
    if (len >= 0) {
      for (let k = len; k < 3; k++) key = key * 27;
      bits |= table[key]!;
      len = -1;
    }
    if (c >= 48 && c <= 57) bits |= DIGIT;
    // ſ and K match s and k in case-insensitive Unicode regexes: give up and open every gate.
    else if (c === 0x17f || c === 0x212a) return ALL;
  }
  if (len >= 0) {
    for (let k = len; k < 3; k++) key = key * 27;
    bits |= table[key]!;
  }
  return bits;
}

/**
 * Cheap pre-checks for the word-list regexes of the analysis (kinds, flags, dates, quantities).
 * Every match of one of those regexes contains one of its trigger words as a whole run of ASCII
 * letters (a word gate: "than" opens the record regex, "that" does not), or, for the regexes
 * that accept a word glued to more letters ("tenmillion", "3 Marching"), a run that starts with
 * the trigger word's first three letters (a prefix gate). One scan of the text tells which
 * regexes can match at all; only those run. A gate may pass when its regex then finds nothing,
 * never the other way round, so results are unchanged. Most claims mention no month, no number
 * word and no loaded term: most regexes never run.
 */

/** Key of a word's first three lowercase ASCII letters (shorter words keep their length). */
function keyOf(word: string): number {
  let k = 0;
  for (let i = 0; i < 3; i++) {
    const c = i < word.length ? word.charCodeAt(i) | 32 : 96;
    if (c < 96 || c > 122) throw new Error(`gate word must be ASCII letters: ${word}`);
    k = k * 27 + (c - 96);
  }
  return k;
}

/** Per three-letter key: the prefix gates it opens. */
const prefixGates = new Uint32Array(27 * 27 * 27);
/** Per three-letter key: 1 when some word gate's word starts so, worth a whole-word lookup. */
const wordKeys = new Uint8Array(27 * 27 * 27);

// Word gates: an open-addressing table of lowercase words, keyed by an FNV-1a hash of the
// lowercase letters, so a run of the text is looked up without building a string.
const WORD_SLOTS = 1024;
const slotWord: string[] = new Array<string>(WORD_SLOTS).fill("");
const slotHash = new Int32Array(WORD_SLOTS);
const slotGates = new Uint32Array(WORD_SLOTS);
// FNV-1a offset basis and prime, shared by every FNV-1a hash of words in the extractor. The offset
// as an int32 (the same bits `h ^ unit` reads): 0x811c9dc5 is past 2^31, a heap number, and the
// compiled tokenizer deopted ("not a Smi") at the first word that opens on a char past ASCII, where
// the hash still held it (decision 850).
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

function wordSlot(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  let p = h & (WORD_SLOTS - 1);
  while (slotWord[p] !== "" && slotWord[p] !== word) p = (p + 1) & (WORD_SLOTS - 1);
  slotWord[p] = word;
  slotHash[p] = h;
  return p;
}

let nextBit = 1;
let version = 0;

/** Bit set in gateBits() results when the text contains a digit 0-9. */
export const DIGIT = 1;
/** Bit set when the text holds a run of exactly four digits 0-9 (a year, or an ISO date's year). */
export const FOUR_DIGITS = 1 << 30;

function newBit(): number {
  if (nextBit >= 30) throw new Error("too many word gates");
  version++;
  return 1 << nextBit++;
}

/** Registers a gate opened by any of `words` standing as a whole run of letters, in any case. */
export function defineGate(words: readonly string[]): number {
  const bit = newBit();
  for (const w of words) {
    if (!/^[a-z]+$/i.test(w)) throw new Error(`gate word must be ASCII letters: ${w}`);
    const lower = w.toLowerCase();
    slotGates[wordSlot(lower)]! |= bit;
    wordKeys[keyOf(lower)] = 1;
  }
  if (words.length > WORD_SLOTS / 2) throw new Error("word gate table too small");
  return bit;
}

/** Registers a gate opened by a run that starts with one of `words`' first three letters. */
export function definePrefixGate(words: readonly string[]): number {
  const bit = newBit();
  for (const w of words) prefixGates[keyOf(w)]! |= bit;
  return bit;
}

/** Changes whenever a gate is added, so results cached per word can be dropped. */
export function gatesVersion(): number {
  return version;
}

/** Every gated regex with the gates it needs, so a test can check that gates never hide a match. */
export const GATED: { re: RegExp; all: number; any: number }[] = [];

/** Records that `re` only runs when all gates of `all` and (if given) one of `any` are open. */
export function gated(re: RegExp, all: number, any = 0): void {
  GATED.push({ re, all, any });
}

/** All gates: what gateBits() returns when it cannot tell (letters that case-fold to ASCII). */
const ALL = 0x7fffffff;

/** Gates of word gates opened by the run text[start, end) of ASCII letters with lowercase hash h. */
function wordGates(text: string, start: number, end: number, h: number): number {
  const len = end - start;
  for (let p = h & (WORD_SLOTS - 1); ; p = (p + 1) & (WORD_SLOTS - 1)) {
    const word = slotWord[p]!;
    if (word === "") return 0;
    if (slotHash[p] !== h || word.length !== len) continue;
    let same = true;
    for (let k = 0; k < len && same; k++) same = (text.charCodeAt(start + k) | 32) === word.charCodeAt(k);
    if (same) return slotGates[p]!;
  }
}

/**
 * Word gates opened by text[start, end), one whole run of ASCII letters (any case): the gates
 * whose trigger word it is. Lets a caller that has found a run look it up in place.
 */
export function wordRunGates(text: string, start: number, end: number): number {
  let key = 0;
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const lower = text.charCodeAt(i) | 32;
    if (i - start < 3) key = key * 27 + (lower - 96);
    hash = Math.imul(hash ^ lower, FNV_PRIME);
  }
  for (let k = end - start; k < 3; k++) key = key * 27;
  return wordKeys[key] === 1 ? wordGates(text, start, end, hash) : 0;
}

/**
 * Gates opened by text[start, end): DIGIT if it holds a digit, FOUR_DIGITS if a run of exactly
 * four digits (a year), and the bit of every gate whose
 * trigger word (or prefix) is a run of ASCII letters. Regexes see text[start, end) as their whole
 * input, so a run at `start` counts as a word start.
 */
export function gateBits(text: string, start = 0, end = text.length): number {
  let bits = 0;
  let key = 0;
  let hash = 0;
  let runStart = -1; // start of the current run of letters; -1 outside a run
  let digits = 0; // length of the current run of digits
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122 && (c <= 90 || c >= 97)) {
      if (runStart < 0) {
        runStart = i;
        key = 0;
        hash = FNV_OFFSET;
      }
      if (i - runStart < 3) key = key * 27 + (lower - 96);
      hash = Math.imul(hash ^ lower, FNV_PRIME);
      if (digits === 4) bits |= FOUR_DIGITS;
      digits = 0;
      continue;
    }
    if (runStart >= 0) {
      for (let k = i - runStart; k < 3; k++) key = key * 27;
      bits |= prefixGates[key]!;
      if (wordKeys[key] === 1) bits |= wordGates(text, runStart, i, hash);
      runStart = -1;
    }
    if (c >= 48 && c <= 57) {
      bits |= DIGIT;
      digits++;
      continue;
    }
    if (digits === 4) bits |= FOUR_DIGITS;
    digits = 0;
    // ſ and K match s and k in case-insensitive Unicode regexes: give up and open every gate.
    if (c === 0x17f || c === 0x212a) return ALL;
  }
  return bits;
}

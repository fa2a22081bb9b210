/**
 * Normalisation shared by the featuriser and the hand features: the sentence is lowercased, digits
 * folded to "0" and curly apostrophes to "'", into a reusable buffer of char codes padded with one
 * space each side. Words are (start, end, hash) triples over that buffer, so nothing allocates
 * substrings. The word hash is FNV-1a style over char codes, seeded with SEED_WORD.
 */
import { FNV_OFFSET, FNV_PRIME } from "../analysis/word-gates.ts";

// The word tables keep only hashes after at least one Math.imul (int32 either way), so the int32
// offset gives the same hashes as the unsigned 0x811c9dc5 did.
export const SEED_WORD = FNV_OFFSET;
export { FNV_PRIME };

/**
 * Normalised text of the latest `prepareText` call: lowercased, digits folded to "0", curly
 * apostrophes to "'", padded with one space each side (codes[0] and codes[length - 1]).
 * Words are maximal runs of [a-z0-9'] and any char above U+00BF.
 */
export const scratch = {
  codes: new Uint16Array(1024),
  /** The string the codes were read from (the text, or its lowercase when not ASCII); codes[i + 1] comes from source[i]. */
  source: "",
  /** Padded length: normalised length + 2. */
  length: 2,
  words: 0,
  wordStart: new Int32Array(256),
  wordEnd: new Int32Array(256),
  wordHash: new Int32Array(256),
};

/** Makes room for `n` words, keeping those written: a text of n chars has at most (n + 1) / 2. */
function reserveWords(n: number): void {
  if (scratch.wordStart.length >= n) return;
  const size = Math.max(n, scratch.wordStart.length * 2);
  scratch.wordStart = grown(scratch.wordStart, size);
  scratch.wordEnd = grown(scratch.wordEnd, size);
  scratch.wordHash = grown(scratch.wordHash, size);
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * Fills `scratch` for `text` in one pass that normalises and splits words at once. ASCII text
 * (the common case) needs nothing else. At the first non-ASCII char the pass goes on over the
 * native `toLowerCase` of the text, because full Unicode lowercasing can change the length
 * ("İ" → "i̇") and depends on context (final sigma); it resumes at that char, not from the start:
 * lowercasing maps the ASCII chars before it one to one, so what was written for them stands.
 */
export function prepareText(text: string): void {
  if (scratch.codes.length < text.length + 2) {
    scratch.codes = new Uint16Array(Math.max(text.length + 2, scratch.codes.length * 2));
  }
  scratch.source = text;
  resumeWords = 0;
  resumeStart = -1;
  resumeHash = SEED_WORD;
  const stop = normaliseAndSplit(text, 0, true);
  if (stop >= 0) {
    scratch.source = text.toLowerCase();
    normaliseAndSplit(scratch.source, stop, false);
  }
}

// Split state where a pass starts: the words so far and the word in progress (start, hash).
let resumeWords = 0;
let resumeStart = -1;
let resumeHash = SEED_WORD;

/**
 * Writes the normalised codes of `src` from `from` on and its words into `scratch`, starting from
 * the resume state. With `asciiOnly`, stops at the first char above U+007F and returns its index
 * (the state there saved for the pass that resumes); otherwise `src` is already lowercased.
 * Returns -1 when the text is done.
 */
function normaliseAndSplit(src: string, from: number, asciiOnly: boolean): number {
  const n = src.length;
  reserveWords((n >> 1) + 1);
  // The buffers in locals, not read from `scratch` per word: V8 cannot keep a property load out
  // of a loop that stores into typed arrays.
  const codes = scratch.codes;
  const wordStart = scratch.wordStart;
  const wordEnd = scratch.wordEnd;
  const wordHash = scratch.wordHash;
  codes[0] = 32;
  let words = resumeWords;
  let start = resumeStart;
  let h = resumeHash;
  for (let i = from; i < n; i++) {
    let c = src.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 48 && c <= 57) c = 48;
    } else if (asciiOnly) {
      resumeWords = words;
      resumeStart = start;
      resumeHash = h;
      return i;
    } else if (c === 0x2018 || c === 0x2019) c = 39;
    codes[i + 1] = c;
    if ((c >= 97 && c <= 122) || c === 48 || c === 39 || c > 191) {
      if (start < 0) {
        start = i + 1;
        h = SEED_WORD;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (start >= 0) {
      wordStart[words] = start;
      wordEnd[words] = i + 1;
      wordHash[words] = h;
      words++;
      start = -1;
    }
  }
  if (start >= 0) {
    wordStart[words] = start;
    wordEnd[words] = n + 1;
    wordHash[words] = h;
    words++;
  }
  codes[n + 1] = 32;
  scratch.length = n + 2;
  scratch.words = words;
  return -1;
}

/** Number of character 4-grams of a padded text of `length` code units. */
export function charGramCount(length: number): number {
  return Math.max(0, length - 3);
}

/**
 * The normalised word `i` of the latest `prepareText` call, as a string. Most words are already
 * normalised in the source (lowercase, no digits), so they are a slice of it; building a string
 * from char codes is the fallback.
 */
export function wordAt(i: number): string {
  const start = scratch.wordStart[i]!;
  const end = scratch.wordEnd[i]!;
  const codes = scratch.codes;
  const source = scratch.source;
  let k = start;
  while (k < end && codes[k] === source.charCodeAt(k - 1)) k++;
  if (k === end) return source.slice(start - 1, end - 1);
  let word = "";
  for (k = start; k < end; k++) word += String.fromCharCode(codes[k]!);
  return word;
}

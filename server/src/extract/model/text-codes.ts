/**
 * Normalisation shared by the featuriser and the hand features: the sentence is lowercased, digits
 * folded to "0" and curly apostrophes to "'", into a reusable buffer of char codes padded with one
 * space each side. Words are (start, end, hash) triples over that buffer, so nothing allocates
 * substrings. The word hash is FNV-1a style over char codes, seeded with SEED_WORD.
 */
export const SEED_WORD = 0x811c9dc5;
export const FNV_PRIME = 16777619;

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

function growWords(): void {
  const n = scratch.wordStart.length * 2;
  const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(n);
    b.set(a);
    return b;
  };
  scratch.wordStart = grow(scratch.wordStart);
  scratch.wordEnd = grow(scratch.wordEnd);
  scratch.wordHash = grow(scratch.wordHash);
}

/**
 * Fills `scratch` for `text` in one pass that normalises and splits words at once. ASCII text
 * (the common case) needs nothing else; at the first non-ASCII char the pass restarts on the
 * native `toLowerCase` of the text, because full Unicode lowercasing can change the length
 * ("İ" → "i̇").
 */
export function prepareText(text: string): void {
  if (scratch.codes.length < text.length + 2) {
    scratch.codes = new Uint16Array(Math.max(text.length + 2, scratch.codes.length * 2));
  }
  if (!normaliseAndSplit(text, true)) normaliseAndSplit(text.toLowerCase(), false);
}

/**
 * Writes the normalised codes of `src` and its words into `scratch`. With `asciiOnly`, gives up
 * (returns false) at the first char above U+007F; otherwise `src` is already lowercased.
 */
function normaliseAndSplit(src: string, asciiOnly: boolean): boolean {
  const n = src.length;
  const codes = scratch.codes;
  scratch.source = src;
  codes[0] = 32;
  let words = 0;
  let start = -1;
  let h = SEED_WORD;
  for (let i = 0; i < n; i++) {
    let c = src.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 48 && c <= 57) c = 48;
    } else if (asciiOnly) return false;
    else if (c === 0x2018 || c === 0x2019) c = 39;
    codes[i + 1] = c;
    if ((c >= 97 && c <= 122) || c === 48 || c === 39 || c > 191) {
      if (start < 0) {
        start = i + 1;
        h = SEED_WORD;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (start >= 0) {
      words = pushWord(words, start, i + 1, h);
      start = -1;
    }
  }
  if (start >= 0) words = pushWord(words, start, n + 1, h);
  codes[n + 1] = 32;
  scratch.length = n + 2;
  scratch.words = words;
  return true;
}

function pushWord(words: number, start: number, end: number, hash: number): number {
  if (words >= scratch.wordStart.length) growWords();
  scratch.wordStart[words] = start;
  scratch.wordEnd[words] = end;
  scratch.wordHash[words] = hash;
  return words + 1;
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

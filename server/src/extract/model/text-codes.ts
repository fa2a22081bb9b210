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

/** Fills `scratch` for `text`. Linear, one native `toLowerCase` only when the text is not ASCII. */
export function prepareText(text: string): void {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  // Full Unicode lowercasing can change the length ("İ" → "i̇"), so it needs the native call.
  const src = ascii ? text : text.toLowerCase();
  const n = src.length;
  if (scratch.codes.length < n + 2) scratch.codes = new Uint16Array(Math.max(n + 2, scratch.codes.length * 2));
  const codes = scratch.codes;
  codes[0] = 32;
  for (let i = 0; i < n; i++) {
    let c = src.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        if (ascii) c += 32;
      } else if (c >= 48 && c <= 57) c = 48;
    } else if (c === 0x2018 || c === 0x2019) c = 39;
    codes[i + 1] = c;
  }
  codes[n + 1] = 32;
  scratch.length = n + 2;
  let words = 0;
  let start = -1;
  let h = SEED_WORD;
  for (let i = 1; i <= n + 1; i++) {
    const c = codes[i]!;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c > 191) {
      if (start < 0) {
        start = i;
        h = SEED_WORD;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (start >= 0) {
      if (words >= scratch.wordStart.length) growWords();
      scratch.wordStart[words] = start;
      scratch.wordEnd[words] = i;
      scratch.wordHash[words] = h;
      words++;
      start = -1;
    }
  }
  scratch.words = words;
}

/** Number of character 4-grams of a padded text of `length` code units. */
export function charGramCount(length: number): number {
  return Math.max(0, length - 3);
}

/** The normalised word `i` of the latest `prepareText` call, as a string. */
export function wordAt(i: number): string {
  return String.fromCharCode.apply(
    null,
    scratch.codes.subarray(scratch.wordStart[i]!, scratch.wordEnd[i]!) as unknown as number[],
  );
}

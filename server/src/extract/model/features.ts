import { computeHandFeatures, HAND_FEATURE_COUNT } from "./hand-features.ts";

/**
 * Sentence featuriser shared by training and inference, so both see identical inputs.
 * Word unigrams/bigrams and character 3-5-grams are hashed into a fixed space (no vocabulary to
 * ship); hashing works on char codes directly to keep scoring allocation-light and fast.
 * Layout of the weight vector: [hashed features (HASH_SIZE)] [hand features] ; bias is separate.
 */
export const HASH_BITS = 18;
export const HASH_SIZE = 1 << HASH_BITS;
export const FEATURE_COUNT = HASH_SIZE + HAND_FEATURE_COUNT;
const MASK = HASH_SIZE - 1;

const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x01000193;
const SEED_CHAR = 0x9e3779b9;

export interface SentenceFeatures {
  /** Hashed feature indices (may repeat; repeats add up). */
  indices: Int32Array;
  values: Float32Array;
  count: number;
  /** Lowercased word tokens, digits folded to 0, kept for explanations. */
  words: string[];
  hand: Float64Array;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c > 191;
}

/** Lowercase, fold digits to "0" and curly apostrophes to "'", so "1,700" and "2,500" share features. */
export function normaliseForFeatures(text: string): string {
  return text.toLowerCase().replace(/[0-9]/g, "0").replace(/[\u2018\u2019]/g, "'");
}

function hashRange(s: string, start: number, end: number, seed: number): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ b;
}

function countCapitalisedNonInitial(text: string): number {
  let n = 0;
  let wordIndex = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
    if (letter && !inWord) {
      if (wordIndex > 0 && c >= 65 && c <= 90) n++;
      wordIndex++;
    }
    inWord = letter || c === 39 || c === 0x2019;
  }
  return n;
}

let scratchIdx = new Int32Array(4096);
let scratchVal = new Float32Array(4096);

function push(count: number, index: number, value: number): number {
  if (count >= scratchIdx.length) {
    const idx = new Int32Array(scratchIdx.length * 2);
    idx.set(scratchIdx);
    const val = new Float32Array(scratchVal.length * 2);
    val.set(scratchVal);
    scratchIdx = idx;
    scratchVal = val;
  }
  scratchIdx[count] = index;
  scratchVal[count] = value;
  return count + 1;
}

/**
 * `copy` = false returns views over shared scratch buffers (valid until the next call), which
 * is what inference wants; training copies because it keeps every sentence.
 */
export function featurise(text: string, copy = false): SentenceFeatures {
  const norm = normaliseForFeatures(text);
  const words: string[] = [];
  let count = 0;
  let prevHash = 0x12345;
  let wordStart = -1;
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? norm.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      const h = hashRange(norm, wordStart, i, SEED_WORD);
      words.push(norm.slice(wordStart, i));
      count = push(count, h & MASK, 1);
      count = push(count, mix(prevHash, h ^ SEED_BIGRAM) & MASK, 1);
      prevHash = h;
      wordStart = -1;
    }
  }
  count = push(count, mix(prevHash, 0x55 ^ SEED_BIGRAM) & MASK, 1);
  const wordFeatureCount = count;
  // Character n-grams over the padded string catch morphology and rare names.
  const padded = ` ${norm} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    let h = SEED_CHAR;
    for (let k = 0; k < 5 && i + k < padded.length; k++) {
      h = Math.imul(h ^ padded.charCodeAt(i + k), 16777619);
      if (k >= 2) count = push(count, mix(h, k) & MASK, 1);
    }
  }
  // Scale each family to unit-ish norm so long sentences do not dominate by sheer length.
  const wordScale = 1 / Math.sqrt(Math.max(1, wordFeatureCount));
  const charScale = 1 / Math.sqrt(Math.max(1, count - wordFeatureCount));
  for (let i = 0; i < count; i++) scratchVal[i] = i < wordFeatureCount ? wordScale : charScale;
  const hand = new Float64Array(HAND_FEATURE_COUNT);
  computeHandFeatures(text, words, countCapitalisedNonInitial(text), hand);
  return {
    indices: copy ? scratchIdx.slice(0, count) : scratchIdx.subarray(0, count),
    values: copy ? scratchVal.slice(0, count) : scratchVal.subarray(0, count),
    count,
    words,
    hand,
  };
}

/** Exposed so explanations can map a word or bigram back to its weight slot. */
export function wordIndex(word: string): number {
  return hashRange(word, 0, word.length, SEED_WORD) & MASK;
}
export function bigramIndex(a: string, b: string): number {
  return mix(hashRange(a, 0, a.length, SEED_WORD), hashRange(b, 0, b.length, SEED_WORD) ^ SEED_BIGRAM) & MASK;
}

import { computeHandFeatures, HAND_FEATURE_COUNT } from "./hand-features.ts";
import { charGramCount, FNV_PRIME, prepareText, scratch, SEED_WORD } from "./text-codes.ts";

export { SEED_WORD, FNV_PRIME };

/**
 * Sentence featuriser shared by training and inference, so both see identical inputs.
 * Word unigrams/bigrams and character 4-grams are hashed into a fixed space (no vocabulary to
 * ship). The text is normalised once into a reusable buffer of char codes; words are kept as
 * (start, end, hash) triples over that buffer, and every n-gram hash is computed from char codes,
 * so featurising allocates no substrings.
 * Layout of the weight vector: [hashed features (HASH_SIZE)] [hand features] ; bias is separate.
 * Feature order: per word its unigram then the bigram ending at it, the end-of-sentence bigram,
 * then character 4-grams by start position. (3- and 5-grams were dropped: by 5-fold CV on
 * crowdsourced.csv they changed F1 by less than 0.1 point while tripling the n-gram count.)
 */
export const HASH_BITS = 18;
export const HASH_SIZE = 1 << HASH_BITS;
export const FEATURE_COUNT = HASH_SIZE + HAND_FEATURE_COUNT;
export const MASK = HASH_SIZE - 1;

export const SEED_BIGRAM = 0x01000193;
export const SEED_CHAR = 0x9e3779b9;
/** Hash that stands for "no previous word" in the first bigram. */
export const START_HASH = 0x12345;
/** Hash of the end-of-sentence marker in the last bigram. */
export const END_MARK = 0x55;

export interface SentenceFeatures {
  /** Hashed feature indices (may repeat; repeats add up). */
  indices: Int32Array;
  values: Float32Array;
  count: number;
  hand: Float64Array;
}

export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ b;
}

let scratchIdx = new Int32Array(4096);
let scratchVal = new Float32Array(4096);
const scratchHand = new Float64Array(HAND_FEATURE_COUNT);

/**
 * `copy` = false returns views over shared scratch buffers (valid until the next call);
 * training copies because it keeps every sentence.
 */
export function featurise(text: string, copy = false): SentenceFeatures {
  prepareText(text);
  const L = scratch.length;
  const words = scratch.words;
  const total = 2 * words + 1 + charGramCount(L);
  if (scratchIdx.length < total) {
    scratchIdx = new Int32Array(total * 2);
    scratchVal = new Float32Array(total * 2);
  }
  const idx = scratchIdx;
  let count = 0;
  let prev = START_HASH;
  for (let w = 0; w < words; w++) {
    const h = scratch.wordHash[w]!;
    idx[count++] = h & MASK;
    idx[count++] = mix(prev, h ^ SEED_BIGRAM) & MASK;
    prev = h;
  }
  idx[count++] = mix(prev, END_MARK ^ SEED_BIGRAM) & MASK;
  const wordFeatureCount = count;
  // Character n-grams over the padded text catch morphology and rare names.
  const codes = scratch.codes;
  for (let i = 0; i + 4 <= L; i++) {
    let h = Math.imul(SEED_CHAR ^ codes[i]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 1]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 2]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 3]!, FNV_PRIME);
    idx[count++] = mix(h, 3) & MASK;
  }
  // Scale each family to unit-ish norm so long sentences do not dominate by sheer length.
  const wordScale = 1 / Math.sqrt(Math.max(1, wordFeatureCount));
  const charScale = 1 / Math.sqrt(Math.max(1, count - wordFeatureCount));
  scratchVal.fill(wordScale, 0, wordFeatureCount);
  scratchVal.fill(charScale, wordFeatureCount, count);
  const hand = copy ? new Float64Array(HAND_FEATURE_COUNT) : scratchHand;
  computeHandFeatures(text, hand);
  return {
    indices: copy ? idx.slice(0, count) : idx.subarray(0, count),
    values: copy ? scratchVal.slice(0, count) : scratchVal.subarray(0, count),
    count,
    hand,
  };
}

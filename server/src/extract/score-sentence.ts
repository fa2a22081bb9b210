import { END_MARK, MASK, mix, SEED_BIGRAM, SEED_CHAR, START_HASH } from "./model/features.ts";
import { computeHandFeatures, HAND_FEATURE_COUNT } from "./model/hand-features.ts";
import { packedWeights, type PackedWeights } from "./model/packed-weights.ts";
import {
  CHARS,
  clearReasons,
  HAND,
  namedReasons,
  offerReason,
  PHRASE,
  reasonCutoff,
  WORD,
  type ScoreReason,
} from "./model/score-reasons.ts";
import { charGramCount, FNV_PRIME, prepareText, scratch } from "./model/text-codes.ts";

export type { ScoreReason };

export interface SentenceScore {
  checkworthy: number;
  factual: number;
  reasons: { checkworthy: ScoreReason[]; factual: ScoreReason[] };
}

function probability(z: number): number {
  return Math.round((1 / (1 + Math.exp(-z))) * 10000) / 10000;
}

// Results of the latest `scoreInto` call, per head (0 = checkworthy, 1 = factual).
const logits = new Float64Array(2);
const charTotals = new Float64Array(2);
const hand = new Float64Array(HAND_FEATURE_COUNT);
let unigramSlot = new Int32Array(256);
let bigramSlot = new Int32Array(256);

/**
 * Featurises and scores `text` in one pass, with the same features, in the same order and with
 * the same float arithmetic as `logit(head, featurise(text))`, without materialising the
 * feature vector. Leaves the word slots in `unigramSlot`/`bigramSlot` for explanations.
 */
function scoreInto(text: string, m: PackedWeights): void {
  prepareText(text);
  const words = scratch.words;
  const L = scratch.length;
  if (unigramSlot.length < words + 1) {
    unigramSlot = new Int32Array(2 * (words + 1));
    bigramSlot = new Int32Array(2 * (words + 1));
  }
  const pair = m.pair;
  const s0 = m.scale[0];
  const s1 = m.scale[1];
  const vw = Math.fround(1 / Math.sqrt(2 * words + 1));
  const vc = Math.fround(1 / Math.sqrt(Math.max(1, charGramCount(L))));
  let z0 = m.bias[0];
  let z1 = m.bias[1];
  let prev = START_HASH;
  for (let w = 0; w < words; w++) {
    const h = scratch.wordHash[w]!;
    const u = h & MASK;
    const b = mix(prev, h ^ SEED_BIGRAM) & MASK;
    unigramSlot[w] = u;
    bigramSlot[w] = b;
    z0 += Math.fround(pair[2 * u]! * s0) * vw;
    z1 += Math.fround(pair[2 * u + 1]! * s1) * vw;
    z0 += Math.fround(pair[2 * b]! * s0) * vw;
    z1 += Math.fround(pair[2 * b + 1]! * s1) * vw;
    prev = h;
  }
  const end = mix(prev, END_MARK ^ SEED_BIGRAM) & MASK;
  z0 += Math.fround(pair[2 * end]! * s0) * vw;
  z1 += Math.fround(pair[2 * end + 1]! * s1) * vw;
  let c0 = 0;
  let c1 = 0;
  const codes = scratch.codes;
  for (let i = 0; i + 4 <= L; i++) {
    let h = Math.imul(SEED_CHAR ^ codes[i]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 1]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 2]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 3]!, FNV_PRIME);
    const k = (mix(h, 3) & MASK) * 2;
    const x = Math.fround(pair[k]! * s0) * vc;
    const y = Math.fround(pair[k + 1]! * s1) * vc;
    z0 += x;
    z1 += y;
    c0 += x;
    c1 += y;
  }
  computeHandFeatures(text, hand);
  const h0 = m.hand[0];
  const h1 = m.hand[1];
  for (let j = 0; j < HAND_FEATURE_COUNT; j++) {
    z0 += h0[j]! * hand[j]!;
    z1 += h1[j]! * hand[j]!;
  }
  logits[0] = z0;
  logits[1] = z1;
  charTotals[0] = c0;
  charTotals[1] = c1;
}

// Open-addressing set of word indices, keyed by word hash, for "each distinct word once".
let seenTable = new Int32Array(512);

function sameWord(a: number, b: number): boolean {
  const sa = scratch.wordStart[a]!;
  const sb = scratch.wordStart[b]!;
  const len = scratch.wordEnd[a]! - sa;
  if (scratch.wordEnd[b]! - sb !== len) return false;
  for (let k = 0; k < len; k++) if (scratch.codes[sa + k] !== scratch.codes[sb + k]) return false;
  return true;
}

/** Marks word `w` as seen; false when an equal word was seen before. */
function firstOccurrence(w: number, mask: number): boolean {
  const h = scratch.wordHash[w]!;
  for (let p = (h ^ (h >>> 16)) & mask; ; p = (p + 1) & mask) {
    const v = seenTable[p]! - 1;
    if (v < 0) {
      seenTable[p] = w + 1;
      return true;
    }
    if (scratch.wordHash[v] === h && sameWord(v, w)) return false;
  }
}

function offerHandFeatures(m: PackedWeights, head: 0 | 1): void {
  const weights = m.hand[head];
  for (let j = 0; j < HAND_FEATURE_COUNT; j++) {
    const effect = weights[j]! * hand[j]!;
    if (effect !== 0) offerReason(head, HAND, j, effect);
  }
}

/**
 * Ranks the reasons of both heads in one pass over the words of the latest `scoreInto`: named
 * hand features, each distinct word once, every word pair, and the character n-grams lumped
 * together. Each head sees its candidates in that order, as when it was explained on its own.
 */
function rankReasons(m: PackedWeights): void {
  clearReasons();
  offerHandFeatures(m, 0);
  offerHandFeatures(m, 1);
  const words = scratch.words;
  const wordScale = 1 / Math.sqrt(words * 2 + 1);
  let size = 512;
  while (size < 2 * words) size *= 2;
  if (seenTable.length < size) seenTable = new Int32Array(size);
  else seenTable.fill(0, 0, size);
  const pair = m.pair;
  const s0 = m.scale[0];
  const s1 = m.scale[1];
  for (let w = 0; w < words; w++) {
    // A word too weak for both rankings is skipped without marking it seen: a repeat of it has
    // the same effects and meets cut-offs at least as high, so it is skipped too.
    const u = 2 * unigramSlot[w]!;
    const u0 = Math.fround(pair[u]! * s0) * wordScale;
    const u1 = Math.fround(pair[u + 1]! * s1) * wordScale;
    if ((Math.abs(u0) >= reasonCutoff[0]! || Math.abs(u1) >= reasonCutoff[1]!) && firstOccurrence(w, size - 1)) {
      offerReason(0, WORD, w, u0);
      offerReason(1, WORD, w, u1);
    }
    if (w > 0) {
      const b = 2 * bigramSlot[w]!;
      const b0 = Math.fround(pair[b]! * s0) * wordScale;
      const b1 = Math.fround(pair[b + 1]! * s1) * wordScale;
      if (Math.abs(b0) >= reasonCutoff[0]!) offerReason(0, PHRASE, w, b0);
      if (Math.abs(b1) >= reasonCutoff[1]!) offerReason(1, PHRASE, w, b1);
    }
  }
  offerReason(0, CHARS, 0, charTotals[0]!);
  offerReason(1, CHARS, 0, charTotals[1]!);
}

/** Probability-like scores in 0..1 (0.5 or more means yes) for one sentence, with reasons. */
export function scoreSentence(text: string): SentenceScore {
  const m = packedWeights();
  scoreInto(text, m);
  rankReasons(m);
  return {
    checkworthy: probability(logits[0]!),
    factual: probability(logits[1]!),
    reasons: { checkworthy: namedReasons(0), factual: namedReasons(1) },
  };
}

/** Scores without explanations: what bulk scoring (the CLI `score` command, evaluation) needs. */
export function scoreSentenceFast(text: string): { checkworthy: number; factual: number } {
  scoreInto(text, packedWeights());
  return { checkworthy: probability(logits[0]!), factual: probability(logits[1]!) };
}

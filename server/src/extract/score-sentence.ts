import { END_MARK, HASH_SIZE, MASK, mix, SEED_BIGRAM, SEED_CHAR, START_HASH } from "./model/features.ts";
import { computeHandFeatures, HAND_FEATURES, HAND_FEATURE_COUNT } from "./model/hand-features.ts";
import { loadScoringModel } from "./model/load-model.ts";
import type { ScoringModel } from "./model/model-file.ts";
import { charGramCount, FNV_PRIME, prepareText, scratch, wordAt } from "./model/text-codes.ts";

/** One signal that moved a score, in the model's log-odds units (positive pushes towards yes). */
export interface ScoreReason {
  feature: string;
  effect: number;
  note: string;
}

export interface SentenceScore {
  checkworthy: number;
  factual: number;
  reasons: { checkworthy: ScoreReason[]; factual: ScoreReason[] };
}

const MAX_REASONS = 5;

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Both heads packed for scoring: weights interleaved (checkworthy, factual) per hashed slot, so
 * one memory access serves both heads. Values are the same float32 weights as the heads'.
 */
interface PackedModel {
  source: ScoringModel;
  pair: Float32Array;
  hand: [Float32Array, Float32Array];
  bias: [number, number];
}

let packed: PackedModel | undefined;

function packedModel(): PackedModel {
  const model = loadScoringModel();
  if (packed?.source === model) return packed;
  const pair = new Float32Array(2 * HASH_SIZE);
  const cw = model.checkworthy.weights;
  const fa = model.factual.weights;
  for (let i = 0; i < HASH_SIZE; i++) {
    pair[2 * i] = cw[i]!;
    pair[2 * i + 1] = fa[i]!;
  }
  packed = {
    source: model,
    pair,
    hand: [cw.slice(HASH_SIZE, HASH_SIZE + HAND_FEATURE_COUNT), fa.slice(HASH_SIZE, HASH_SIZE + HAND_FEATURE_COUNT)],
    bias: [model.checkworthy.bias, model.factual.bias],
  };
  return packed;
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
function scoreInto(text: string, m: PackedModel): void {
  prepareText(text);
  const words = scratch.words;
  const L = scratch.length;
  if (unigramSlot.length < words + 1) {
    unigramSlot = new Int32Array(2 * (words + 1));
    bigramSlot = new Int32Array(2 * (words + 1));
  }
  const pair = m.pair;
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
    z0 += pair[2 * u]! * vw;
    z1 += pair[2 * u + 1]! * vw;
    z0 += pair[2 * b]! * vw;
    z1 += pair[2 * b + 1]! * vw;
    prev = h;
  }
  const end = mix(prev, END_MARK ^ SEED_BIGRAM) & MASK;
  z0 += pair[2 * end]! * vw;
  z1 += pair[2 * end + 1]! * vw;
  let c0 = 0;
  let c1 = 0;
  const codes = scratch.codes;
  for (let i = 0; i + 4 <= L; i++) {
    let h = Math.imul(SEED_CHAR ^ codes[i]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 1]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 2]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 3]!, FNV_PRIME);
    const k = (mix(h, 3) & MASK) * 2;
    const x = pair[k]! * vc;
    const y = pair[k + 1]! * vc;
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

// Candidate reasons are (kind, index, effect) triples; names are built only for the winners
// and for exact ties, which are broken by name as a full sort would.
const HAND = 0;
const WORD = 1;
const PHRASE = 2;
const CHARS = 3;

function featureName(kind: number, i: number): string {
  if (kind === HAND) return HAND_FEATURES[i]![0];
  if (kind === WORD) return `word:${wordAt(i)}`;
  if (kind === PHRASE) return `phrase:${wordAt(i - 1)} ${wordAt(i)}`;
  return "char_ngrams";
}

function reasonOf(kind: number, i: number, effect: number): ScoreReason {
  const e = round(effect);
  if (kind === HAND) return { feature: HAND_FEATURES[i]![0], effect: e, note: HAND_FEATURES[i]![1] };
  if (kind === WORD) {
    const w = wordAt(i);
    return { feature: `word:${w}`, effect: e, note: `the word "${w}"` };
  }
  if (kind === PHRASE) {
    const a = wordAt(i - 1);
    const b = wordAt(i);
    return { feature: `phrase:${a} ${b}`, effect: e, note: `the phrase "${a} ${b}"` };
  }
  return { feature: "char_ngrams", effect: e, note: "spelling patterns (character n-grams), combined" };
}

const topKind = new Int32Array(MAX_REASONS);
const topIndex = new Int32Array(MAX_REASONS);
const topEffect = new Float64Array(MAX_REASONS);
let topSize = 0;

/** Does candidate (kind, i, e) rank before top entry t? Larger |effect| first, then by name. */
function before(kind: number, i: number, e: number, t: number): boolean {
  const d = Math.abs(e) - Math.abs(topEffect[t]!);
  if (d !== 0) return d > 0;
  return featureName(kind, i) < featureName(topKind[t]!, topIndex[t]!);
}

function offer(kind: number, i: number, e: number): void {
  if (topSize === MAX_REASONS && !before(kind, i, e, MAX_REASONS - 1)) return;
  let p = topSize < MAX_REASONS ? topSize++ : MAX_REASONS - 1;
  while (p > 0 && before(kind, i, e, p - 1)) {
    topKind[p] = topKind[p - 1]!;
    topIndex[p] = topIndex[p - 1]!;
    topEffect[p] = topEffect[p - 1]!;
    p--;
  }
  topKind[p] = kind;
  topIndex[p] = i;
  topEffect[p] = e;
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

/**
 * Explains one head's decision: named hand features, the strongest words and word pairs, and
 * the character n-grams lumped together (individually they mean nothing to a reviewer). Only the
 * top MAX_REASONS are named; the others are compared as numbers.
 */
function explain(m: PackedModel, head: 0 | 1): ScoreReason[] {
  topSize = 0;
  const handW = m.hand[head];
  for (let j = 0; j < HAND_FEATURE_COUNT; j++) {
    const effect = handW[j]! * hand[j]!;
    if (effect !== 0) offer(HAND, j, effect);
  }
  const words = scratch.words;
  const wordScale = 1 / Math.sqrt(words * 2 + 1);
  let size = 512;
  while (size < 2 * words) size *= 2;
  if (seenTable.length < size) seenTable = new Int32Array(size);
  else seenTable.fill(0, 0, size);
  const pair = m.pair;
  for (let w = 0; w < words; w++) {
    if (firstOccurrence(w, size - 1)) offer(WORD, w, pair[2 * unigramSlot[w]! + head]! * wordScale);
    if (w > 0) offer(PHRASE, w, pair[2 * bigramSlot[w]! + head]! * wordScale);
  }
  offer(CHARS, 0, charTotals[head]!);
  const out: ScoreReason[] = [];
  for (let t = 0; t < topSize; t++) out.push(reasonOf(topKind[t]!, topIndex[t]!, topEffect[t]!));
  return out;
}

/** Probability-like scores in 0..1 (0.5 or more means yes) for one sentence, with reasons. */
export function scoreSentence(text: string): SentenceScore {
  const m = packedModel();
  scoreInto(text, m);
  return {
    checkworthy: round(sigmoid(logits[0]!), 4),
    factual: round(sigmoid(logits[1]!), 4),
    reasons: { checkworthy: explain(m, 0), factual: explain(m, 1) },
  };
}

/** Scores without explanations: what bulk scoring (the CLI `score` command, evaluation) needs. */
export function scoreSentenceFast(text: string): { checkworthy: number; factual: number } {
  scoreInto(text, packedModel());
  return { checkworthy: round(sigmoid(logits[0]!), 4), factual: round(sigmoid(logits[1]!), 4) };
}

/**
 * The reasons of a score: for each head, the MAX_REASONS candidates with the largest absolute
 * effect. Candidates are (kind, index, effect) triples compared as numbers, and exact ties by
 * name as a full sort would, reading the names' chars in place; strings are built only for the
 * winners.
 */
import { HAND_FEATURES } from "./hand-features.ts";
import { scratch, wordAt } from "./text-codes.ts";

/** One signal that moved a score, in the model's log-odds units (positive pushes towards yes). */
export interface ScoreReason {
  feature: string;
  effect: number;
  note: string;
}

export const MAX_REASONS = 5;

/** Candidate kinds: a hand feature (index = feature), a word or the phrase ending at it (index = word). */
export const HAND = 0;
export const WORD = 1;
export const PHRASE = 2;
/** All character n-grams of the sentence, lumped together (one by one they mean nothing to a reviewer). */
export const CHARS = 3;

const WORD_PREFIX = "word:";
const PHRASE_PREFIX = "phrase:";
const CHARS_NAME = "char_ngrams";

function wordCode(w: number, k: number): number {
  const start = scratch.wordStart[w]!;
  return k < scratch.wordEnd[w]! - start ? scratch.codes[start + k]! : -1;
}

/**
 * Code unit `k` of a candidate's feature name ("word:…", "phrase:… …", a hand feature,
 * "char_ngrams"), or -1 past its end: names compare like strings without being built.
 */
function nameCode(kind: number, i: number, k: number): number {
  if (kind === WORD) return k < WORD_PREFIX.length ? WORD_PREFIX.charCodeAt(k) : wordCode(i, k - WORD_PREFIX.length);
  if (kind === PHRASE) {
    if (k < PHRASE_PREFIX.length) return PHRASE_PREFIX.charCodeAt(k);
    const k1 = k - PHRASE_PREFIX.length;
    const firstLength = scratch.wordEnd[i - 1]! - scratch.wordStart[i - 1]!;
    if (k1 < firstLength) return wordCode(i - 1, k1);
    if (k1 === firstLength) return 32;
    return wordCode(i, k1 - firstLength - 1);
  }
  const name = kind === HAND ? HAND_FEATURES[i]![0] : CHARS_NAME;
  return k < name.length ? name.charCodeAt(k) : -1;
}

/** Does the name of candidate a sort before that of candidate b (as JavaScript compares strings)? */
function nameBefore(kindA: number, a: number, kindB: number, b: number): boolean {
  if (kindA === kindB && a === b) return false;
  for (let k = 0; ; k++) {
    const ca = nameCode(kindA, a, k);
    const cb = nameCode(kindB, b, k);
    if (ca !== cb) return ca < cb;
    if (ca < 0) return false;
  }
}

function reasonOf(kind: number, i: number, effect: number): ScoreReason {
  const e = Math.round(effect * 1000) / 1000;
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
  return { feature: CHARS_NAME, effect: e, note: "spelling patterns (character n-grams), combined" };
}

// Head h's ranking occupies entries h * MAX_REASONS .. h * MAX_REASONS + topSize[h] - 1, best first.
const topKind = new Int32Array(2 * MAX_REASONS);
const topIndex = new Int32Array(2 * MAX_REASONS);
const topEffect = new Float64Array(2 * MAX_REASONS);
const topSize = new Int32Array(2);

/**
 * Per head, the |effect| of the last of MAX_REASONS ranked candidates, or -1 while fewer are
 * ranked. A candidate whose |effect| is below it can never be ranked: the cut-off only rises.
 */
export const reasonCutoff = new Float64Array(2);

export function clearReasons(): void {
  topSize[0] = 0;
  topSize[1] = 0;
  reasonCutoff[0] = -1;
  reasonCutoff[1] = -1;
}

/** Does candidate (kind, i, e) rank before entry t? Larger |effect| first, then by name. */
function before(kind: number, i: number, e: number, t: number): boolean {
  const d = Math.abs(e) - Math.abs(topEffect[t]!);
  if (d !== 0) return d > 0;
  return nameBefore(kind, i, topKind[t]!, topIndex[t]!);
}

export function offerReason(head: 0 | 1, kind: number, i: number, e: number): void {
  const first = head * MAX_REASONS;
  const size = topSize[head]!;
  if (size === MAX_REASONS && !before(kind, i, e, first + MAX_REASONS - 1)) return;
  let p = first + (size < MAX_REASONS ? size : MAX_REASONS - 1);
  if (size < MAX_REASONS) topSize[head] = size + 1;
  while (p > first && before(kind, i, e, p - 1)) {
    topKind[p] = topKind[p - 1]!;
    topIndex[p] = topIndex[p - 1]!;
    topEffect[p] = topEffect[p - 1]!;
    p--;
  }
  topKind[p] = kind;
  topIndex[p] = i;
  topEffect[p] = e;
  if (topSize[head] === MAX_REASONS) reasonCutoff[head] = Math.abs(topEffect[first + MAX_REASONS - 1]!);
}

/** The ranked reasons of one head, named (words are read from the latest prepareText call). */
export function namedReasons(head: 0 | 1): ScoreReason[] {
  const out: ScoreReason[] = [];
  const first = head * MAX_REASONS;
  for (let t = first; t < first + topSize[head]!; t++) out.push(reasonOf(topKind[t]!, topIndex[t]!, topEffect[t]!));
  return out;
}

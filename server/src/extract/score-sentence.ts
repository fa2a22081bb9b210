import { bigramIndex, featurise, HASH_SIZE, type SentenceFeatures } from "./model/features.ts";
import { HAND_FEATURES, HAND_FEATURE_COUNT } from "./model/hand-features.ts";
import { loadScoringModel } from "./model/load-model.ts";
import { logit, sigmoid, type LogisticHead } from "./model/logistic.ts";
import { wordIndex } from "./model/features.ts";

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

/**
 * Explains a head's decision: named hand features, the strongest words and word pairs, and
 * the character n-grams lumped together (individually they mean nothing to a reviewer).
 */
function explain(head: LogisticHead, f: SentenceFeatures, wordScale: number, charTotal: number): ScoreReason[] {
  const reasons: ScoreReason[] = [];
  for (let j = 0; j < HAND_FEATURE_COUNT; j++) {
    const effect = (head.weights[HASH_SIZE + j] ?? 0) * f.hand[j]!;
    const def = HAND_FEATURES[j]!;
    if (effect !== 0) reasons.push({ feature: def[0], effect, note: def[1] });
  }
  const seen = new Set<string>();
  for (let i = 0; i < f.words.length; i++) {
    const w = f.words[i]!;
    if (!seen.has(w)) {
      seen.add(w);
      reasons.push({ feature: `word:${w}`, effect: (head.weights[wordIndex(w)] ?? 0) * wordScale, note: `the word "${w}"` });
    }
    const prev = f.words[i - 1];
    if (prev !== undefined) {
      const effect = (head.weights[bigramIndex(prev, w)] ?? 0) * wordScale;
      reasons.push({ feature: `phrase:${prev} ${w}`, effect, note: `the phrase "${prev} ${w}"` });
    }
  }
  reasons.push({ feature: "char_ngrams", effect: charTotal, note: "spelling patterns (character n-grams), combined" });
  reasons.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || (a.feature < b.feature ? -1 : 1));
  return reasons.slice(0, MAX_REASONS).map((r) => ({ ...r, effect: round(r.effect) }));
}

function charContribution(head: LogisticHead, f: SentenceFeatures, wordFeatureCount: number): number {
  let z = 0;
  for (let i = wordFeatureCount; i < f.count; i++) z += (head.weights[f.indices[i]!] ?? 0) * f.values[i]!;
  return z;
}

/** Probability-like scores in 0..1 (0.5 or more means yes) for one sentence, with reasons. */
export function scoreSentence(text: string): SentenceScore {
  const model = loadScoringModel();
  const f = featurise(text);
  const cw = sigmoid(logit(model.checkworthy, f));
  const fa = sigmoid(logit(model.factual, f));
  // Word features come first in the layout: one unigram and one bigram per word plus the end bigram.
  const wordFeatureCount = f.words.length * 2 + 1;
  const wordScale = 1 / Math.sqrt(wordFeatureCount);
  return {
    checkworthy: round(cw, 4),
    factual: round(fa, 4),
    reasons: {
      checkworthy: explain(model.checkworthy, f, wordScale, charContribution(model.checkworthy, f, wordFeatureCount)),
      factual: explain(model.factual, f, wordScale, charContribution(model.factual, f, wordFeatureCount)),
    },
  };
}

/** Scores without explanations: what bulk scoring (the CLI `score` command, evaluation) needs. */
export function scoreSentenceFast(text: string): { checkworthy: number; factual: number } {
  const model = loadScoringModel();
  const f = featurise(text);
  return { checkworthy: round(sigmoid(logit(model.checkworthy, f)), 4), factual: round(sigmoid(logit(model.factual, f)), 4) };
}

import { FEATURE_COUNT, HASH_SIZE, type SentenceFeatures } from "./features.ts";
import { HAND_FEATURE_COUNT } from "./hand-features.ts";

/** A binary logistic-regression head over the shared feature layout. */
export interface LogisticHead {
  bias: number;
  weights: Float32Array;
}

export function logit(head: LogisticHead, f: SentenceFeatures): number {
  let z = head.bias;
  const w = head.weights;
  for (let i = 0; i < f.count; i++) z += (w[f.indices[i]!] ?? 0) * f.values[i]!;
  for (let j = 0; j < HAND_FEATURE_COUNT; j++) z += (w[HASH_SIZE + j] ?? 0) * f.hand[j]!;
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of positive examples relative to negatives, to counter class imbalance. */
  positiveWeight: number;
  seed: number;
}

/** Small deterministic PRNG so training order, and therefore the weights, are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** AdaGrad SGD on log loss with L2 applied to the touched weights (keeps updates sparse). */
export function trainLogistic(
  samples: readonly SentenceFeatures[],
  labels: readonly number[],
  opts: TrainOptions,
  afterEpoch?: (epoch: number, head: LogisticHead) => void,
): LogisticHead {
  const weights = new Float32Array(FEATURE_COUNT);
  const g2 = new Float32Array(FEATURE_COUNT).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = samples.map((_, i) => i);
  const rand = mulberry32(opts.seed);
  const head: LogisticHead = { bias, weights };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const f = samples[k]!;
      const y = labels[k]!;
      head.bias = bias;
      const p = sigmoid(logit(head, f));
      const sampleWeight = y === 1 ? opts.positiveWeight : 1;
      const err = (p - y) * sampleWeight;
      for (let i = 0; i < f.count; i++) {
        const idx = f.indices[i]!;
        const g = err * f.values[i]! + opts.l2 * weights[idx]!;
        g2[idx] = g2[idx]! + g * g;
        weights[idx] = weights[idx]! - (opts.learningRate * g) / Math.sqrt(g2[idx]!);
      }
      for (let j = 0; j < HAND_FEATURE_COUNT; j++) {
        const v = f.hand[j]!;
        if (v === 0) continue;
        const idx = HASH_SIZE + j;
        const g = err * v + opts.l2 * weights[idx]!;
        g2[idx] = g2[idx]! + g * g;
        weights[idx] = weights[idx]! - (opts.learningRate * g) / Math.sqrt(g2[idx]!);
      }
      biasG2 += err * err;
      bias -= (opts.learningRate * err) / Math.sqrt(biasG2);
    }
    // The first n epochs are exactly an n-epoch run (same shuffles), so one run can be scored
    // at several epoch counts.
    if (afterEpoch) {
      head.bias = bias;
      afterEpoch(epoch + 1, head);
    }
  }
  return { bias, weights };
}

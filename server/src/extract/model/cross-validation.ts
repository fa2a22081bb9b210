import { mulberry32 } from "./logistic.ts";
import { binaryMetrics, type BinaryMetrics } from "./metrics.ts";

export const CV_FOLDS = 5;

/**
 * Deterministic stratified folds: each verdict class is shuffled with a seeded PRNG and dealt
 * round-robin, so every fold has the same class mix. Returns the fold (0..CV_FOLDS-1) per item.
 */
export function stratifiedFolds(classes: readonly number[], seed: number, k = CV_FOLDS): Int8Array {
  const fold = new Int8Array(classes.length);
  const byClass = new Map<number, number[]>();
  classes.forEach((c, i) => {
    const list = byClass.get(c) ?? [];
    list.push(i);
    byClass.set(c, list);
  });
  for (const c of [...byClass.keys()].sort((a, b) => a - b)) {
    const idx = byClass.get(c)!;
    const rand = mulberry32(seed ^ ((c + 2) * 0x9e3779b1));
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    idx.forEach((item, n) => (fold[item] = n % k));
  }
  return fold;
}

/** Best F1 over logit cut-offs -range..range in steps of 0.05; ties keep the lowest cut. */
export function bestCut(
  scores: ArrayLike<number>,
  gold: readonly boolean[],
  range = 3,
): BinaryMetrics & { cut: number } {
  let best: BinaryMetrics & { cut: number } = { cut: 0, f1: -1, precision: 0, recall: 0 };
  const predicted = new Array<boolean>(gold.length);
  const steps = Math.round(range * 20);
  for (let step = -steps; step <= steps; step++) {
    const cut = step / 20;
    for (let i = 0; i < gold.length; i++) predicted[i] = scores[i]! >= cut;
    const m = binaryMetrics(predicted, gold);
    if (m.f1 > best.f1 + 1e-9) best = { ...m, cut };
  }
  return best;
}

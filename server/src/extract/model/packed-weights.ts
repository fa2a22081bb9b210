import { HASH_SIZE } from "./features.ts";
import { HAND_FEATURE_COUNT } from "./hand-features.ts";
import { loadScoringModel } from "./load-model.ts";
import type { QuantisedModel } from "./model-file.ts";

/**
 * Both heads laid out for scoring. The int16 weights of a hashed slot are interleaved
 * (checkworthy, factual), so one memory access serves both heads, and kept as int16: 1 MB for
 * both heads instead of 2 MB of float32, so more of it stays in cache between claims. The scorer
 * turns a value into the float32 weight training used with `Math.fround(value * scale)`.
 */
export interface PackedWeights {
  source: QuantisedModel;
  /** values[2 * slot + head] */
  pair: Int16Array;
  scale: [number, number];
  /** The float32 weights of the hand features, per head. */
  hand: [Float32Array, Float32Array];
  bias: [number, number];
}

let packed: PackedWeights | undefined;

function handWeights(values: Int16Array, scale: number): Float32Array {
  const out = new Float32Array(HAND_FEATURE_COUNT);
  for (let j = 0; j < HAND_FEATURE_COUNT; j++) out[j] = values[HASH_SIZE + j]! * scale;
  return out;
}

/** The packed form of the loaded model, built once. */
export function packedWeights(): PackedWeights {
  const model = loadScoringModel();
  if (packed?.source === model) return packed;
  const cw = model.checkworthy;
  const fa = model.factual;
  const pair = new Int16Array(2 * HASH_SIZE);
  for (let i = 0; i < HASH_SIZE; i++) {
    pair[2 * i] = cw.values[i]!;
    pair[2 * i + 1] = fa.values[i]!;
  }
  packed = {
    source: model,
    pair,
    scale: [cw.scale, fa.scale],
    hand: [handWeights(cw.values, cw.scale), handWeights(fa.values, fa.scale)],
    bias: [cw.bias, fa.bias],
  };
  return packed;
}

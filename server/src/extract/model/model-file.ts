import { FEATURE_COUNT, HASH_BITS } from "./features.ts";
import type { LogisticHead } from "./logistic.ts";

/**
 * On-disk form of the two scoring heads (format 2: character 4-grams only; format 1 had 3-5-grams).
 * Weights are quantised to int16 and base64-encoded:
 * 2 x 262k weights fit in about 1.4 MB of JSON and load synchronously in a few milliseconds.
 */
export interface ModelFile {
  format: "claimdesk-claim-scorer/2";
  hashBits: number;
  featureCount: number;
  trainedOn: string;
  hyperparameters: Record<string, unknown>;
  heads: Record<"checkworthy" | "factual", { bias: number; scale: number; weights: string }>;
}

/** Both heads as trained (float32 weights); what `encodeModel` writes. */
export interface ScoringModel {
  checkworthy: LogisticHead;
  factual: LogisticHead;
}

/** One head as stored: weight i is `Math.fround(values[i] * scale)`. */
export interface QuantisedHead {
  bias: number;
  scale: number;
  values: Int16Array;
}

/**
 * Both heads as loaded. The scorer reads the int16 values directly (half the memory of float32,
 * so more of the weights stay in cache) and multiplies by the scale itself.
 */
export interface QuantisedModel {
  checkworthy: QuantisedHead;
  factual: QuantisedHead;
}

function encodeHead(head: LogisticHead): { bias: number; scale: number; weights: string } {
  let max = 0;
  for (const w of head.weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const q = new Int16Array(head.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(head.weights[i]! / scale);
  return { bias: head.bias, scale, weights: Buffer.from(q.buffer).toString("base64") };
}

function decodeHead(h: { bias: number; scale: number; weights: string }): QuantisedHead {
  const bytes = Buffer.from(h.weights, "base64");
  // Copied so the values are aligned and do not keep Node's shared Buffer pool alive.
  const values = new Int16Array(bytes.byteLength / 2);
  new Uint8Array(values.buffer).set(bytes);
  return { bias: h.bias, scale: h.scale, values };
}

/** The float32 weights a stored head stands for, as training's `logit` sees them. */
export function dequantise(head: QuantisedHead): LogisticHead {
  const weights = new Float32Array(head.values.length);
  for (let i = 0; i < weights.length; i++) weights[i] = head.values[i]! * head.scale;
  return { bias: head.bias, weights };
}

export function encodeModel(
  model: ScoringModel,
  meta: { trainedOn: string; hyperparameters: Record<string, unknown> },
): ModelFile {
  return {
    format: "claimdesk-claim-scorer/2",
    hashBits: HASH_BITS,
    featureCount: FEATURE_COUNT,
    trainedOn: meta.trainedOn,
    hyperparameters: meta.hyperparameters,
    heads: { checkworthy: encodeHead(model.checkworthy), factual: encodeHead(model.factual) },
  };
}

export function decodeModel(file: ModelFile): QuantisedModel {
  if (
    file.format !== "claimdesk-claim-scorer/2" ||
    file.hashBits !== HASH_BITS ||
    file.featureCount !== FEATURE_COUNT
  ) {
    throw new Error("claim scorer weights do not match this featuriser; run npm run train:claims");
  }
  return { checkworthy: decodeHead(file.heads.checkworthy), factual: decodeHead(file.heads.factual) };
}

import { FEATURE_COUNT, HASH_BITS } from "./features.ts";
import type { LogisticHead } from "./logistic.ts";

/**
 * On-disk form of the two scoring heads (format 2: character 4-grams only; format 1 had 3-5-grams). Weights are quantised to int16 and base64-encoded:
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

export interface ScoringModel {
  checkworthy: LogisticHead;
  factual: LogisticHead;
}

function encodeHead(head: LogisticHead): { bias: number; scale: number; weights: string } {
  let max = 0;
  for (const w of head.weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const q = new Int16Array(head.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(head.weights[i]! / scale);
  return { bias: head.bias, scale, weights: Buffer.from(q.buffer).toString("base64") };
}

function decodeHead(h: { bias: number; scale: number; weights: string }): LogisticHead {
  const bytes = Buffer.from(h.weights, "base64");
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * h.scale;
  return { bias: h.bias, weights };
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

export function decodeModel(file: ModelFile): ScoringModel {
  if (
    file.format !== "claimdesk-claim-scorer/2" ||
    file.hashBits !== HASH_BITS ||
    file.featureCount !== FEATURE_COUNT
  ) {
    throw new Error("claim scorer weights do not match this featuriser; run npm run train:claims");
  }
  return { checkworthy: decodeHead(file.heads.checkworthy), factual: decodeHead(file.heads.factual) };
}

import { readFileSync } from "node:fs";
import { decodeModel, type ModelFile, type QuantisedModel } from "./model-file.ts";

/** Path of the committed weights, resolved next to this module so any working directory works. */
export const WEIGHTS_URL = new URL("./claim-scorer-weights.json", import.meta.url);

let cached: QuantisedModel | undefined;

/** Loads the weights synchronously once (the server calls this at start-up). */
export function loadScoringModel(): QuantisedModel {
  cached ??= decodeModel(JSON.parse(readFileSync(WEIGHTS_URL, "utf8")) as ModelFile);
  return cached;
}

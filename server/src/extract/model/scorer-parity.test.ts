import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreSentenceFast } from "../score-sentence.ts";
import { featurise } from "./features.ts";
import { loadScoringModel } from "./load-model.ts";
import { logit, sigmoid } from "./logistic.ts";
import { dequantise } from "./model-file.ts";

const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;
const article = readFileSync(new URL("../../../../samples/colombia-dhs-2025-03-28.txt", import.meta.url), "utf8");

// The one-pass scorer must give exactly what training sees: logit(head, featurise(text)) with the
// stored int16 weights turned into float32.
describe("one-pass scorer", () => {
  const texts = [
    "",
    "Hi.",
    "Unemployment fell to 4.1% in 2024, the lowest rate since 1969.",
    "I think we should thank everyone who came tonight!",
    "Will you raise taxes on the middle class?",
    "Ünïcödé naïve café — “quoted” and ‘single’ apostrophes’ test, 1,234,567 dollars.",
    "İstanbul and the \u212aelvin sign lowercase to more or fewer chars: 'Cause I'm sure, €5 or £3?",
    "a".repeat(3000),
    ...article.split(/(?<=[.!?”])\s+/),
  ];
  it("matches the featuriser and the logistic heads", () => {
    const stored = loadScoringModel();
    const model = { checkworthy: dequantise(stored.checkworthy), factual: dequantise(stored.factual) };
    for (const t of texts) {
      const fast = scoreSentenceFast(t);
      const f = featurise(t);
      expect(fast.checkworthy, t).toBe(round4(sigmoid(logit(model.checkworthy, f))));
      expect(fast.factual, t).toBe(round4(sigmoid(logit(model.factual, f))));
    }
  });
});

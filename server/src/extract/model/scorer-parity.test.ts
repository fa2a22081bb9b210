import { describe, expect, it } from "vitest";
import { scoreSentenceFast } from "../score-sentence.ts";
import { featurise } from "./features.ts";
import { loadScoringModel } from "./load-model.ts";
import { logit, sigmoid } from "./logistic.ts";

const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;

// The one-pass scorer must give what training sees: logit(head, featurise(text)).
describe("one-pass scorer", () => {
  const texts = [
    "",
    "Hi.",
    "Unemployment fell to 4.1% in 2024, the lowest rate since 1969.",
    "I think we should thank everyone who came tonight!",
    "Will you raise taxes on the middle class?",
    "Ünïcödé naïve café — “quoted” and ‘single’ apostrophes’ test, 1,234,567 dollars.",
    "a".repeat(3000),
  ];
  it("matches the featuriser and the logistic heads", () => {
    const model = loadScoringModel();
    for (const t of texts) {
      const fast = scoreSentenceFast(t);
      const f = featurise(t);
      expect(fast.checkworthy, t).toBeCloseTo(round4(sigmoid(logit(model.checkworthy, f))), 4);
      expect(fast.factual, t).toBeCloseTo(round4(sigmoid(logit(model.factual, f))), 4);
    }
  });
});

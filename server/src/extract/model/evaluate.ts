/**
 * Measures the committed scorer on ClaimBuster groundtruth.csv next to a word-n-gram naive
 * Bayes baseline trained on the same crowdsourced.csv in this same run. Run: npm run eval:claims
 */
import { scoreSentenceFast } from "../score-sentence.ts";
import { loadClaimBuster } from "./claimbuster-data.ts";
import { binaryMetrics, type BinaryMetrics } from "./metrics.ts";
import { nbProbability, trainNaiveBayes } from "./naive-bayes.ts";

type Task = "checkworthy" | "factual";
const positive: Record<Task, (v: number) => boolean> = {
  checkworthy: (v) => v === 1,
  factual: (v) => v >= 0,
};

function pct(n: number): string {
  return (n * 100).toFixed(1).padStart(5);
}

function main(): void {
  const train = loadClaimBuster("crowdsourced.csv");
  const test = loadClaimBuster("groundtruth.csv");
  const scores = test.map((s) => scoreSentenceFast(s.text));
  const rows: { task: Task; model: BinaryMetrics; baseline: BinaryMetrics }[] = [];
  for (const task of ["checkworthy", "factual"] as const) {
    const gold = test.map((s) => positive[task](s.verdict));
    const nb = trainNaiveBayes(train.map((s) => s.text), train.map((s) => (positive[task](s.verdict) ? 1 : 0)));
    const baseline = binaryMetrics(test.map((s) => nbProbability(nb, s.text) >= 0.5), gold);
    const model = binaryMetrics(scores.map((s) => s[task] >= 0.5), gold);
    rows.push({ task, model, baseline });
  }
  console.log(`ClaimBuster groundtruth.csv (${test.length} sentences); both trained on crowdsourced.csv (${train.length}); threshold 0.5`);
  console.log("");
  console.log("| task        | system                 | precision | recall |    F1 |");
  console.log("|-------------|------------------------|----------:|-------:|------:|");
  for (const r of rows) {
    console.log(`| ${r.task.padEnd(11)} | logistic (this model)  |     ${pct(r.model.precision)} |  ${pct(r.model.recall)} | ${pct(r.model.f1)} |`);
    console.log(`| ${r.task.padEnd(11)} | naive Bayes baseline   |     ${pct(r.baseline.precision)} |  ${pct(r.baseline.recall)} | ${pct(r.baseline.f1)} |`);
  }
  console.log("");
  for (const r of rows) {
    const gain = (r.model.f1 - r.baseline.f1) * 100;
    const errCut = r.baseline.f1 < 1 ? ((r.model.f1 - r.baseline.f1) / (1 - r.baseline.f1)) * 100 : 0;
    console.log(`${r.task}: F1 ${gain >= 0 ? "+" : ""}${gain.toFixed(1)} points over the baseline (${errCut.toFixed(0)}% of the remaining F1 gap closed)`);
  }
}

main();

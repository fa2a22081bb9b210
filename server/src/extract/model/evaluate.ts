/**
 * Measures the committed scorer on ClaimBuster groundtruth.csv, the held-out test set: training
 * and all tuning (hyperparameters, threshold) used crowdsourced.csv only, by cross-validation.
 * Next to it, a word-n-gram naive Bayes baseline trained on the same crowdsourced.csv in this
 * run, once at posterior 0.5 and once with its threshold tuned by the same cross-validation.
 * Run: npm run eval:claims
 */
import { readFileSync } from "node:fs";
import { scoreSentenceFast } from "../score-sentence.ts";
import { loadClaimBuster } from "./claimbuster-data.ts";
import { bestCut, CV_FOLDS, stratifiedFolds } from "./cross-validation.ts";
import { WEIGHTS_URL } from "./load-model.ts";
import { binaryMetrics, type BinaryMetrics } from "./metrics.ts";
import type { ModelFile } from "./model-file.ts";
import { nbLogOdds, nbProbability, trainNaiveBayes } from "./naive-bayes.ts";

type Task = "checkworthy" | "factual";
const positive: Record<Task, (v: number) => boolean> = {
  checkworthy: (v) => v === 1,
  factual: (v) => v >= 0,
};
const SEED = 20250328;

function pct(n: number): string {
  return (n * 100).toFixed(1).padStart(5);
}

/**
 * Naive Bayes log-odds cut-off chosen like the model's: pooled out-of-fold F1 on crowdsourced.csv.
 * Also returns the baseline's own CV F1 (at that cut and at posterior 0.5), to compare with the
 * model's CV F1 without looking at the test set.
 */
function nbCv(texts: string[], labels: number[], fold: Int8Array): { cut: number; cvF1: number; cvF1AtHalf: number } {
  const oof = new Float64Array(texts.length);
  for (let f = 0; f < CV_FOLDS; f++) {
    const tr: number[] = [];
    for (let i = 0; i < texts.length; i++) if (fold[i] !== f) tr.push(i);
    const nb = trainNaiveBayes(tr.map((i) => texts[i]!), tr.map((i) => labels[i]!));
    for (let i = 0; i < texts.length; i++) if (fold[i] === f) oof[i] = nbLogOdds(nb, texts[i]!);
  }
  const gold = labels.map((y) => y === 1);
  const best = bestCut(oof, gold, 30);
  return { cut: best.cut, cvF1: best.f1, cvF1AtHalf: binaryMetrics(Array.from(oof, (d) => d >= 0), gold).f1 };
}

function main(): void {
  const train = loadClaimBuster("crowdsourced.csv");
  const test = loadClaimBuster("groundtruth.csv");
  const meta = JSON.parse(readFileSync(WEIGHTS_URL, "utf8")) as ModelFile;
  const scores = test.map((s) => scoreSentenceFast(s.text));
  const fold = stratifiedFolds(train.map((s) => s.verdict), SEED);
  const texts = train.map((s) => s.text);
  const rows: { task: Task; model: BinaryMetrics; baseline: BinaryMetrics; tuned: BinaryMetrics; cv: number | undefined; nbCv: ReturnType<typeof nbCv> }[] = [];
  for (const task of ["checkworthy", "factual"] as const) {
    const gold = test.map((s) => positive[task](s.verdict));
    const labels = train.map((s) => (positive[task](s.verdict) ? 1 : 0));
    const nb = trainNaiveBayes(texts, labels);
    const nbScores = test.map((s) => nbLogOdds(nb, s.text));
    const nbFolds = nbCv(texts, labels, fold);
    const cut = nbFolds.cut;
    const baseline = binaryMetrics(test.map((s) => nbProbability(nb, s.text) >= 0.5), gold);
    const tuned = binaryMetrics(nbScores.map((d) => d >= cut), gold);
    const model = binaryMetrics(scores.map((s) => s[task] >= 0.5), gold);
    const cv = (meta.hyperparameters[task] as { cvF1?: number } | undefined)?.cvF1;
    rows.push({ task, model, baseline, tuned, cv, nbCv: nbFolds });
  }
  console.log(`Test: ClaimBuster groundtruth.csv (${test.length} expert-labelled sentences), used only for this report.`);
  console.log(`Training and tuning: crowdsourced.csv (${train.length}) only; thresholds from ${CV_FOLDS}-fold cross-validation on it.`);
  console.log("");
  console.log("| task        | system                           | precision | recall |    F1 |");
  console.log("|-------------|----------------------------------|----------:|-------:|------:|");
  for (const r of rows) {
    console.log(`| ${r.task.padEnd(11)} | logistic (this model), p >= 0.5  |     ${pct(r.model.precision)} |  ${pct(r.model.recall)} | ${pct(r.model.f1)} |`);
    console.log(`| ${r.task.padEnd(11)} | naive Bayes, posterior >= 0.5    |     ${pct(r.baseline.precision)} |  ${pct(r.baseline.recall)} | ${pct(r.baseline.f1)} |`);
    console.log(`| ${r.task.padEnd(11)} | naive Bayes, CV-tuned threshold  |     ${pct(r.tuned.precision)} |  ${pct(r.tuned.recall)} | ${pct(r.tuned.f1)} |`);
  }
  console.log("");
  for (const r of rows) {
    const gain = (r.model.f1 - r.baseline.f1) * 100;
    const gainTuned = (r.model.f1 - r.tuned.f1) * 100;
    const sign = (n: number): string => `${n >= 0 ? "+" : ""}${n.toFixed(1)}`;
    const nb = `naive Bayes ${pct(r.nbCv.cvF1AtHalf).trim()} at 0.5, ${pct(r.nbCv.cvF1).trim()} CV-tuned`;
    const cv = r.cv === undefined ? "" : `; ${CV_FOLDS}-fold CV F1 on crowdsourced.csv: model ${pct(r.cv).trim()}, ${nb}`;
    console.log(`${r.task}: F1 ${sign(gain)} points over naive Bayes at 0.5, ${sign(gainTuned)} over naive Bayes with a CV-tuned threshold${cv}`);
  }
}

main();

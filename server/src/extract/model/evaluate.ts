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
import { mulberry32 } from "./logistic.ts";
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
    const nb = trainNaiveBayes(
      tr.map((i) => texts[i]!),
      tr.map((i) => labels[i]!),
    );
    for (let i = 0; i < texts.length; i++) if (fold[i] === f) oof[i] = nbLogOdds(nb, texts[i]!);
  }
  const gold = labels.map((y) => y === 1);
  const best = bestCut(oof, gold, 30);
  return {
    cut: best.cut,
    cvF1: best.f1,
    cvF1AtHalf: binaryMetrics(
      Array.from(oof, (d) => d >= 0),
      gold,
    ).f1,
  };
}

const BOOTSTRAP_ROUNDS = 2000;

/**
 * Paired bootstrap of the test set: 95% interval of F1(model) - F1(baseline) over resamples of
 * the same sentences for both, so it says how much of a margin the test set's size can resolve.
 */
function f1GapInterval(a: readonly boolean[], b: readonly boolean[], gold: readonly boolean[]): [number, number] {
  const rand = mulberry32(SEED);
  const n = gold.length;
  const gaps: number[] = [];
  const pa = new Array<boolean>(n);
  const pb = new Array<boolean>(n);
  const g = new Array<boolean>(n);
  for (let r = 0; r < BOOTSTRAP_ROUNDS; r++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rand() * n);
      pa[i] = a[k]!;
      pb[i] = b[k]!;
      g[i] = gold[k]!;
    }
    gaps.push(binaryMetrics(pa, g).f1 - binaryMetrics(pb, g).f1);
  }
  gaps.sort((x, y) => x - y);
  return [gaps[Math.floor(0.025 * BOOTSTRAP_ROUNDS)]!, gaps[Math.floor(0.975 * BOOTSTRAP_ROUNDS)]!];
}

function main(): void {
  const train = loadClaimBuster("crowdsourced.csv");
  const test = loadClaimBuster("groundtruth.csv");
  const meta = JSON.parse(readFileSync(WEIGHTS_URL, "utf8")) as ModelFile;
  const scores = test.map((s) => scoreSentenceFast(s.text));
  const fold = stratifiedFolds(
    train.map((s) => s.verdict),
    SEED,
  );
  const texts = train.map((s) => s.text);
  const rows: {
    task: Task;
    model: BinaryMetrics;
    baseline: BinaryMetrics;
    tuned: BinaryMetrics;
    cv: number | undefined;
    nbCv: ReturnType<typeof nbCv>;
    gap: [number, number];
    gapTuned: [number, number];
  }[] = [];
  for (const task of ["checkworthy", "factual"] as const) {
    const gold = test.map((s) => positive[task](s.verdict));
    const labels = train.map((s) => (positive[task](s.verdict) ? 1 : 0));
    const nb = trainNaiveBayes(texts, labels);
    const nbScores = test.map((s) => nbLogOdds(nb, s.text));
    const nbFolds = nbCv(texts, labels, fold);
    const cut = nbFolds.cut;
    const baselineYes = test.map((s) => nbProbability(nb, s.text) >= 0.5);
    const tunedYes = nbScores.map((d) => d >= cut);
    const modelYes = scores.map((s) => s[task] >= 0.5);
    const baseline = binaryMetrics(baselineYes, gold);
    const tuned = binaryMetrics(tunedYes, gold);
    const model = binaryMetrics(modelYes, gold);
    const gap = f1GapInterval(modelYes, baselineYes, gold);
    const gapTuned = f1GapInterval(modelYes, tunedYes, gold);
    const cv = (meta.hyperparameters[task] as { cvF1?: number } | undefined)?.cvF1;
    rows.push({ task, model, baseline, tuned, cv, nbCv: nbFolds, gap, gapTuned });
  }
  console.log(
    `Test: ClaimBuster groundtruth.csv (${test.length} expert-labelled sentences), used only for this report.`,
  );
  console.log(
    `Training and tuning: crowdsourced.csv (${train.length}) only; thresholds from ${CV_FOLDS}-fold cross-validation on it.`,
  );
  console.log("");
  console.log("| task        | system                           | precision | recall |    F1 |");
  console.log("|-------------|----------------------------------|----------:|-------:|------:|");
  for (const r of rows) {
    console.log(
      `| ${r.task.padEnd(11)} | logistic (this model), p >= 0.5  |     ${pct(r.model.precision)} |  ${pct(r.model.recall)} | ${pct(r.model.f1)} |`,
    );
    console.log(
      `| ${r.task.padEnd(11)} | naive Bayes, posterior >= 0.5    |     ${pct(r.baseline.precision)} |  ${pct(r.baseline.recall)} | ${pct(r.baseline.f1)} |`,
    );
    console.log(
      `| ${r.task.padEnd(11)} | naive Bayes, CV-tuned threshold  |     ${pct(r.tuned.precision)} |  ${pct(r.tuned.recall)} | ${pct(r.tuned.f1)} |`,
    );
  }
  console.log("");
  for (const r of rows) {
    const gain = (r.model.f1 - r.baseline.f1) * 100;
    const gainTuned = (r.model.f1 - r.tuned.f1) * 100;
    const sign = (n: number): string => `${n >= 0 ? "+" : ""}${n.toFixed(1)}`;
    const nb = `naive Bayes ${pct(r.nbCv.cvF1AtHalf).trim()} at 0.5, ${pct(r.nbCv.cvF1).trim()} CV-tuned`;
    const cv =
      r.cv === undefined ? "" : `; ${CV_FOLDS}-fold CV F1 on crowdsourced.csv: model ${pct(r.cv).trim()}, ${nb}`;
    const ci = (g: [number, number]): string => `95% bootstrap interval ${sign(g[0] * 100)} to ${sign(g[1] * 100)}`;
    console.log(
      `${r.task}: F1 ${sign(gain)} points over naive Bayes at 0.5 (${ci(r.gap)}), ${sign(gainTuned)} over naive Bayes with a CV-tuned threshold (${ci(r.gapTuned)})${cv}`,
    );
  }
}

main();

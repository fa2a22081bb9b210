/**
 * Trains the two scoring heads on ClaimBuster crowdsourced.csv and writes claim-scorer-weights.json.
 * Hyperparameters and the decision threshold are chosen by stratified 5-fold cross-validation
 * on crowdsourced.csv alone; groundtruth.csv is never read here (it is the held-out test set of
 * `npm run eval:claims`). Deterministic: fixed seed, fixed folds, fixed grid. The two heads are
 * cross-validated in two child processes at once (one per core); each is independent of the
 * other, so the weights do not depend on scheduling. Run: npm run train:claims
 */
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadClaimBuster } from "./claimbuster-data.ts";
import { stratifiedFolds, bestCut, CV_FOLDS } from "./cross-validation.ts";
import { featurise, type SentenceFeatures } from "./features.ts";
import { logit, trainLogistic, type LogisticHead, type TrainOptions } from "./logistic.ts";
import { encodeModel, type ScoringModel } from "./model-file.ts";
import { WEIGHTS_URL } from "./load-model.ts";

const SEED = 20250328;
/** Epoch counts scored from one run each (the first 4 epochs of an 8-epoch run are a 4-epoch run). */
const EPOCHS = [4, 8];
const GRID: Omit<TrainOptions, "seed" | "epochs">[] = [];
for (const learningRate of [0.05, 0.2])
  for (const l2 of [1e-5, 1e-4])
    for (const positiveWeight of [1.5, 2.5]) GRID.push({ learningRate, l2, positiveWeight });

type Task = "checkworthy" | "factual";
const labelFor: Record<Task, (v: number) => number> = {
  checkworthy: (v) => (v === 1 ? 1 : 0),
  factual: (v) => (v >= 0 ? 1 : 0),
};

interface Choice {
  opts: TrainOptions;
  cut: number;
  cvF1: number;
  cvPrecision: number;
  cvRecall: number;
}

/** Out-of-fold logits for every (grid point, epoch count), then the best by pooled CV F1. */
function crossValidate(task: Task, samples: SentenceFeatures[], y: number[], fold: Int8Array): Choice {
  const gold = y.map((v) => v === 1);
  let best: Choice | undefined;
  for (const g of GRID) {
    const oof = new Map<number, Float64Array>(EPOCHS.map((e) => [e, new Float64Array(samples.length)]));
    for (let f = 0; f < CV_FOLDS; f++) {
      const trainIdx: number[] = [];
      const testIdx: number[] = [];
      for (let i = 0; i < samples.length; i++) (fold[i] === f ? testIdx : trainIdx).push(i);
      const opts = { ...g, epochs: Math.max(...EPOCHS), seed: SEED };
      trainLogistic(
        trainIdx.map((i) => samples[i]!),
        trainIdx.map((i) => y[i]!),
        opts,
        (epoch, head) => {
          const out = oof.get(epoch);
          if (out) for (const i of testIdx) out[i] = logit(head, samples[i]!);
        },
      );
    }
    for (const epochs of EPOCHS) {
      const r = bestCut(oof.get(epochs)!, gold);
      const opts = { ...g, epochs, seed: SEED };
      console.error(`${task} ${JSON.stringify({ ...g, epochs })} CV F1 ${r.f1.toFixed(4)} cut ${r.cut.toFixed(2)}`);
      if (!best || r.f1 > best.cvF1 + 1e-9)
        best = { opts, cut: r.cut, cvF1: r.f1, cvPrecision: r.precision, cvRecall: r.recall };
    }
  }
  return best!;
}

function loadTraining(): { train: ReturnType<typeof loadClaimBuster>; features: SentenceFeatures[] } {
  const train = loadClaimBuster("crowdsourced.csv");
  return { train, features: train.map((s) => featurise(s.text, true)) };
}

/** Child process: cross-validates one task and sends back its choice. */
function child(task: Task): void {
  const { train, features } = loadTraining();
  const fold = stratifiedFolds(
    train.map((s) => s.verdict),
    SEED,
  );
  const choice = crossValidate(
    task,
    features,
    train.map((s) => labelFor[task](s.verdict)),
    fold,
  );
  process.send!(choice, () => process.exit(0));
}

function crossValidateInChild(task: Task): Promise<Choice> {
  return new Promise((resolve, reject) => {
    const p = fork(fileURLToPath(import.meta.url), [`--task=${task}`], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let choice: Choice | undefined;
    p.on("message", (m) => (choice = m as Choice));
    p.on("error", reject);
    p.on("exit", (code) =>
      choice && code === 0 ? resolve(choice) : reject(new Error(`cross-validation of ${task} failed (exit ${code})`)),
    );
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const tasks = ["checkworthy", "factual"] as const;
  const choices = await Promise.all(tasks.map((t) => crossValidateInChild(t)));
  const { train, features } = loadTraining();
  const model: Partial<ScoringModel> = {};
  const hyper: Record<string, unknown> = {
    seed: SEED,
    selection: `stratified ${CV_FOLDS}-fold cross-validation on crowdsourced.csv, pooled out-of-fold F1`,
  };
  for (const [n, task] of tasks.entries()) {
    const y = train.map((s) => labelFor[task](s.verdict));
    const c = choices[n]!;
    const head: LogisticHead = trainLogistic(features, y, c.opts);
    // Shift the bias so that probability 0.5 sits on the cut-off chosen by cross-validation,
    // matching the documented "0.5 or more means yes" contract of the scorer.
    head.bias -= c.cut;
    model[task] = head;
    hyper[task] = {
      ...c.opts,
      thresholdLogitShift: Number(c.cut.toFixed(2)),
      cvF1: Number(c.cvF1.toFixed(4)),
      cvPrecision: Number(c.cvPrecision.toFixed(4)),
      cvRecall: Number(c.cvRecall.toFixed(4)),
    };
  }
  const file = encodeModel(model as ScoringModel, {
    trainedOn: `ClaimBuster crowdsourced.csv (${train.length.toLocaleString("en")} sentences); hyperparameters and threshold by ${CV_FOLDS}-fold CV on the same file; groundtruth.csv not used`,
    hyperparameters: hyper,
  });
  writeFileSync(WEIGHTS_URL, JSON.stringify(file));
  console.error(`wrote ${fileURLToPath(WEIGHTS_URL)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(hyper, null, 2));
}

const taskArg = process.argv.find((a) => a.startsWith("--task="))?.slice("--task=".length);
if (taskArg === "checkworthy" || taskArg === "factual") child(taskArg);
else await main();

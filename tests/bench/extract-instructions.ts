/**
 * Instruction counts of checkouts of the claim extractor, for speed changes too small to see in CPU
 * time on a shared machine: extract-ab.ts's ratios move by about ±3% from run to run, while
 * valgrind's callgrind counts the instructions a run executes, whatever else the machine is doing.
 * Each tree's extractor is bundled with esbuild and run under callgrind with V8's --predictable (no
 * background compiler or GC threads) and fixed hash and random seeds. Each tree runs once over the
 * first WARM articles of the corpus and once over WARM + MEASURED; the difference is what the
 * MEASURED articles cost once the code is warm, per char. The corpus is extract-ab.ts's, sample
 * variants and ClaimBuster articles taken in turn. Runs go as many at once as there are cores: a
 * count does not depend on the machine's load. Each tree after the first is given as a ratio to the
 * first, and flagged when its claims differ. One tree counted twice has differed by up to 0.5%
 * (decision 430): pass the first tree again as the last, as a control. Instructions are not time
 * (cache misses and branch mispredictions cost none), so confirm a gain with extract-ab.ts.
 * Needs valgrind (apt-get install -y valgrind); each run takes 2 to 10 minutes.
 * Run: npx tsx tests/bench/extract-instructions.ts TREE [TREE ...] [--measured=40] [--warm=20]
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { parseArticleInput } from "../../server/src/extract/index.ts";
import { claimBusterDir } from "../../server/src/extract/model/claimbuster-data.ts";
import { parseCsv } from "../../server/src/extract/model/csv.ts";
import { abCorpus, claimBusterTexts, type AbCase } from "./support/ab-corpus.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const trees = args.filter((a) => !a.startsWith("--"));
if (trees.length < 1) {
  console.error("usage: npx tsx tests/bench/extract-instructions.ts TREE [TREE ...] [--measured=40] [--warm=20]");
  process.exit(2);
}
if (spawnSync("valgrind", ["--version"]).status !== 0) {
  console.error("valgrind is not installed: apt-get install -y valgrind");
  process.exit(2);
}
const MEASURED = option("measured", 40);
const WARM = option("warm", 20);
const RUNNER = fileURLToPath(new URL("./support/instruction-runner.ts", import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), "extract-instructions-"));

/** Sample variants and ClaimBuster articles in turn, so warm-up and measured articles are both mixed. */
function corpus(): AbCase[] {
  const raw = readFileSync(new URL("../../samples/colombia-dhs-2025-03-28.txt", import.meta.url), "utf8");
  const { body, publishedOn } = parseArticleInput(raw, "text");
  const file = path.join(claimBusterDir(), "crowdsourced.csv");
  const sentences = existsSync(file) ? claimBusterTexts(parseCsv(readFileSync(file, "utf8"))) : [];
  const { sampleVariants, claimBusterArticles } = abCorpus(body, publishedOn, sentences, 1024 * 1024);
  const mixed: AbCase[] = [];
  for (let i = 0; mixed.length < WARM + MEASURED && i < sampleVariants.length; i++) {
    mixed.push(sampleVariants[i]!);
    if (claimBusterArticles[i]) mixed.push(claimBusterArticles[i]!);
  }
  return mixed.slice(0, WARM + MEASURED);
}

/** The runner bundled with TREE's extractor, beside the JSON files that extractor reads next to itself. */
async function bundleFor(tree: string, name: string): Promise<string> {
  const extractDir = path.resolve(tree, "server/src/extract");
  const toTree: Plugin = {
    name: "extractor-of-tree",
    setup(b) {
      b.onResolve({ filter: /\/server\/src\/extract\/index\.ts$/ }, (args) =>
        args.importer === RUNNER ? { path: path.join(extractDir, "index.ts") } : undefined,
      );
    },
  };
  const outfile = path.join(work, name, "runner.mjs");
  await build({
    entryPoints: [RUNNER],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    plugins: [toTree],
    logLevel: "error",
  });
  for (const dir of [extractDir, ...subdirs(extractDir)])
    for (const f of readdirSync(dir))
      if (f.endsWith(".json")) copyFileSync(path.join(dir, f), path.join(work, name, f));
  return outfile;
}
const subdirs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? [path.join(dir, d.name)] : []));

interface Count {
  instructions: number;
  digest: string;
}
/** Instructions callgrind counted for one run of the bundle over the first `articles` articles. */
function count(bundle: string, corpusFile: string, articles: number): Promise<Count> {
  return new Promise((resolve, reject) => {
    const args = [
      "--tool=callgrind",
      "--callgrind-out-file=/dev/null",
      "node",
      "--predictable",
      "--hash-seed=1",
      "--random-seed=1",
      bundle,
      corpusFile,
      String(articles),
    ];
    const child = spawn("valgrind", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => {
      const collected = /Collected : (\d+)/.exec(err);
      const digest = /digest (\w+)/.exec(out);
      if (code !== 0 || !collected || !digest)
        reject(new Error(`callgrind run failed (exit ${code}):\n${err.slice(-2000)}`));
      else resolve({ instructions: Number(collected[1]), digest: digest[1]! });
    });
  });
}

/** Runs the jobs at most `width` at a time (callgrind runs one thread; more than the cores only queue). */
async function inPool<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return results;
}

const cases = corpus();
const corpusFile = path.join(work, "corpus.json");
writeFileSync(corpusFile, JSON.stringify(cases));
const measuredChars = cases.slice(WARM).reduce((n, c) => n + c.body.length, 0);
const bundles = await Promise.all(trees.map((tree, i) => bundleFor(tree, `tree-${i}`)));
const counts = await inPool(
  bundles.flatMap((bundle) => [() => count(bundle, corpusFile, WARM), () => count(bundle, corpusFile, cases.length)]),
  availableParallelism(),
);
const millions = (n: number): string => `${(n / 1e6).toFixed(1)} M`;
console.log(
  `corpus: ${WARM} warm-up and ${cases.length - WARM} measured articles (${(measuredChars / 1024).toFixed(0)} K chars measured)`,
);
let first = 0;
trees.forEach((tree, i) => {
  const warm = counts[2 * i]!;
  const full = counts[2 * i + 1]!;
  const perChar = (full.instructions - warm.instructions) / measuredChars;
  if (i === 0) first = perChar;
  const ratio = i === 0 ? "" : `, ${(perChar / first).toFixed(4)} of the first tree`;
  const same = i === 0 || full.digest === counts[1]!.digest ? "" : "; claims differ from the first tree's";
  console.log(
    `${tree}: ${perChar.toFixed(0)} instructions per char${ratio} (runs ${millions(warm.instructions)}, ${millions(full.instructions)})${same}`,
  );
});

/**
 * Same-process CPU comparison of two checkouts of the claim extractor: loads extractClaims from
 * TREE_A and TREE_B (each tree's own server/src/extract/index.ts, so each has its own caches),
 * warms both, checks that they give the same claims on the corpus, then runs both over the same
 * corpus for several rounds (each chunk of it by both trees in turn, alternating which goes first)
 * and prints the ratio of CPU time (user + system of this process) B / A three ways: the median of
 * the per-round ratios, the median of the per-chunk ratios and the ratio of the totals. On a shared
 * machine only ratios measured in one process mean anything: run it twice with the trees swapped,
 * and once with two copies of the same tree as a control for the noise (a copy of a commit:
 * git worktree add DIR COMMIT, then npm install in DIR); a change is a gain when both orders agree by more
 * than the control moves.
 * Corpus: variants of the sample article (numbers and names changed, as in extract.bench.ts) and,
 * when the data is on this machine, ClaimBuster sentences joined into articles, about 1 MB of each
 * (EXTRACT_AB_MB sets the total).
 * Run: npx tsx tests/bench/extract-ab.ts TREE_A TREE_B [rounds]
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { abCorpus, claimBusterTexts, type AbCase } from "./support/ab-corpus.ts";

type Extract = (text: string, options: { publishedOn?: string | null }) => unknown[];
interface ExtractModule {
  extractClaims: Extract;
  parseArticleInput: (raw: string, format: "text") => { body: string; publishedOn: string | null };
}
type Case = AbCase;

const [treeA, treeB, roundsArg] = process.argv.slice(2);
if (!treeA || !treeB) {
  console.error("usage: npx tsx tests/bench/extract-ab.ts TREE_A TREE_B [rounds]");
  process.exit(2);
}
const ROUNDS = Number(roundsArg ?? 12);
const TOTAL_CHARS = Number(process.env.EXTRACT_AB_MB ?? 2) * 1024 * 1024;

// Nothing of the extractor is imported statically: a tree whose modules this script had already
// loaded and run (the checkout the script stands in) measured 10-30% apart from an identical copy.
// Both trees are loaded first; the corpus is then read with tree A's input and CSV readers.
const fromTree = async <T>(tree: string, file: string): Promise<T> =>
  (await import(path.resolve(tree, "server/src/extract", file))) as T;
const modA = await fromTree<ExtractModule>(treeA, "index.ts");
const modB = await fromTree<ExtractModule>(treeB, "index.ts");
const { claimBusterDir } = await fromTree<{ claimBusterDir: () => string }>(treeA, "model/claimbuster-data.ts");
const { parseCsv } = await fromTree<{ parseCsv: (text: string) => string[][] }>(treeA, "model/csv.ts");
const raw = readFileSync(path.resolve(treeA, "samples/colombia-dhs-2025-03-28.txt"), "utf8");
const { body: sample, publishedOn } = modA.parseArticleInput(raw, "text");

function corpus(): Case[] {
  const file = path.join(claimBusterDir(), "crowdsourced.csv");
  const sentences = existsSync(file) ? claimBusterTexts(parseCsv(readFileSync(file, "utf8"))) : [];
  const { sampleVariants, claimBusterArticles } = abCorpus(sample, publishedOn, sentences, TOTAL_CHARS);
  return [...sampleVariants, ...claimBusterArticles];
}

const cases = corpus();
const chars = cases.reduce((n, c) => n + c.body.length, 0);
const extractA = modA.extractClaims;
const extractB = modB.extractClaims;

function run(extract: Extract): { cpuMs: number; digest: string } {
  const hash = createHash("sha256");
  const c0 = process.cpuUsage();
  for (const c of cases) hash.update(JSON.stringify(extract(c.body, { publishedOn: c.publishedOn })));
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000, digest: hash.digest("hex") };
}

// Warm-up (JIT, word tables) and the output check: a speed change must not change any claim.
const warmA = run(extractA);
const warmB = run(extractB);
run(extractA);
run(extractB);
if (warmA.digest !== warmB.digest) console.log("OUTPUT DIFFERS between the trees on this corpus");

// The corpus is cut into chunks of about 32 K chars and each chunk is run by both trees, one right
// after the other (which goes first alternates), so a burst of load from elsewhere on the machine
// falls on both sides of a chunk's ratio; a round is one pass over the corpus.
const chunks: Case[][] = [[]];
let chunkChars = 0;
for (const c of cases) {
  if (chunkChars > 32 * 1024) {
    chunks.push([]);
    chunkChars = 0;
  }
  chunks[chunks.length - 1]!.push(c);
  chunkChars += c.body.length;
}
function cpuOf(extract: Extract, part: Case[]): number {
  const c0 = process.cpuUsage();
  for (const c of part) extract(c.body, { publishedOn: c.publishedOn });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}
const ratios: number[] = [];
const chunkRatios: number[] = [];
const msA: number[] = [];
const msB: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  let a = 0;
  let b = 0;
  chunks.forEach((part, k) => {
    let ca: number;
    let cb: number;
    if ((r + k) % 2 === 0) {
      ca = cpuOf(extractA, part);
      cb = cpuOf(extractB, part);
    } else {
      cb = cpuOf(extractB, part);
      ca = cpuOf(extractA, part);
    }
    a += ca;
    b += cb;
    if (ca > 0) chunkRatios.push(cb / ca);
  });
  msA.push(a);
  msB.push(b);
  ratios.push(b / a);
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const perMB = (ms: number): string => ((ms * 1024 * 1024) / chars).toFixed(0);
console.log(`corpus: ${cases.length} articles, ${(chars / 1024 / 1024).toFixed(2)} M chars; ${ROUNDS} rounds`);
console.log(`A ${treeA}: median ${perMB(median(msA))} ms CPU per M chars`);
console.log(`B ${treeB}: median ${perMB(median(msB))} ms CPU per M chars`);
const sorted = [...ratios].sort((x, y) => x - y);
console.log(
  `B/A median ${median(ratios).toFixed(3)} (rounds: ${sorted[0]!.toFixed(3)} to ${sorted[sorted.length - 1]!.toFixed(3)}); ` +
    `median of ${chunkRatios.length} chunk ratios ${median(chunkRatios).toFixed(3)}; total ${(msB.reduce((x, y) => x + y) / msA.reduce((x, y) => x + y)).toFixed(3)}`,
);

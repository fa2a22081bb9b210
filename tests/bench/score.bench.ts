/**
 * Claim scorer speed, measured in one process (figures only, no assertions): `scoreSentence`
 * (scores and named reasons, what extraction calls per claim), `scoreSentenceFast` (scores only,
 * the CLI) and, as a yardstick that does not change with our code, `Intl.Segmenter` splitting the
 * same sentences into words. Rounds alternate the order; figures are CPU-time medians, less
 * disturbed by other load than wall time.
 * Sentences: ClaimBuster crowdsourced.csv when CLAIMBUSTER_DIR (or the default path) has it,
 * else the sentences of the sample article with varied numbers and names.
 * Run: npm run bench:score
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { claimBusterDir, loadClaimBuster } from "../../server/src/extract/model/claimbuster-data.ts";
import { scoreSentence, scoreSentenceFast } from "../../server/src/extract/score-sentence.ts";

const SENTENCES = 8000;
const ROUNDS = 9;

function sampleSentences(): string[] {
  const raw = readFileSync(new URL("../../samples/colombia-dhs-2025-03-28.txt", import.meta.url), "utf8");
  const base = raw
    .split(/(?<=[.!?”])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; out.length < SENTENCES; i++) {
    const s = base[i % base.length]!;
    out.push(s.replace(/\d+/g, (m) => String(Number(m) + (i % 89))).replace(/Noem/g, i % 2 ? "Noem" : "Rubio"));
  }
  return out;
}

const fromClaimBuster = existsSync(path.join(claimBusterDir(), "crowdsourced.csv"));
const sentences = fromClaimBuster
  ? loadClaimBuster("crowdsourced.csv")
      .slice(0, SENTENCES)
      .map((s) => s.text)
  : sampleSentences();
const chars = sentences.reduce((n, s) => n + s.length, 0);

const segmenter = new Intl.Segmenter("en", { granularity: "word" });
let sink = 0;
const contenders: Record<string, () => void> = {
  scoreSentence: () => {
    for (const s of sentences) sink += scoreSentence(s).reasons.factual.length;
  },
  scoreSentenceFast: () => {
    for (const s of sentences) sink += scoreSentenceFast(s).factual;
  },
  "Intl.Segmenter words": () => {
    for (const s of sentences) for (const w of segmenter.segment(s)) sink += w.isWordLike ? 1 : 0;
  },
};

/** CPU time (user + system) of one pass over the sentences, in microseconds. */
function cpuMicros(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return c.user + c.system;
}

const names = Object.keys(contenders);
for (const name of names) contenders[name]!(); // warm-up: JIT and the weights load
const runs = new Map<string, number[]>(names.map((n) => [n, []]));
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 === 0 ? names : [...names].reverse();
  for (const name of order) runs.get(name)!.push(cpuMicros(contenders[name]!));
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const perSecond = (micros: number): number => sentences.length / (micros / 1e6);
const yardstick = median(runs.get("Intl.Segmenter words")!);
console.log(
  `${sentences.length} sentences (${fromClaimBuster ? "ClaimBuster crowdsourced.csv" : "sample article variants"}), mean ${(chars / sentences.length).toFixed(0)} chars; CPU time, median of ${ROUNDS} alternating rounds`,
);
for (const name of names) {
  const m = median(runs.get(name)!);
  console.log(
    `${name.padEnd(22)} ${Math.round(perSecond(m)).toLocaleString("en").padStart(9)} sentences/s  ${(m / sentences.length).toFixed(2).padStart(6)} µs each  ${(m / yardstick).toFixed(2)}× the segmenter's time`,
  );
}
if (sink === -1) console.log(sink);

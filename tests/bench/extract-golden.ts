/**
 * Golden output of the claim extractor: speed work must leave every claim byte-identical.
 * Runs extractClaims over the sample article and variants of it, ClaimBuster sentences joined
 * into articles (only when the data is on this machine) and seeded random texts, and compares a
 * SHA-256 per section with tests/bench/extract-golden.json. Scores and reasons are hashed
 * separately from the rest, so a change in the scorer (owned elsewhere) is told apart from one
 * in the extraction around it. The full output goes to /tmp/extract-golden/ (or $EXTRACT_GOLDEN_DUMP)
 * for diffing.
 * Run: npx tsx tests/bench/extract-golden.ts [--update]
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims, parseArticleInput, type ExtractedClaim } from "../../server/src/extract/index.ts";
import { claimBusterDir } from "../../server/src/extract/model/claimbuster-data.ts";
import { parseCsv } from "../../server/src/extract/model/csv.ts";
import { mulberry32 } from "../../server/src/extract/model/logistic.ts";
import { TRICKY_PIECES as PIECES } from "../../server/src/extract/tricky-pieces.test-helper.ts";

interface Case {
  body: string;
  publishedOn: string | null;
}

const GOLDEN = new URL("./extract-golden.json", import.meta.url);
// Several checkouts on one machine each set their own, so their dumps do not mix.
const DUMP_DIR = process.env.EXTRACT_GOLDEN_DUMP ?? "/tmp/extract-golden";

const raw = readFileSync(new URL("../../samples/colombia-dhs-2025-03-28.txt", import.meta.url), "utf8");
const { body: sample, publishedOn } = parseArticleInput(raw, "text");

/** The sample, its variants (numbers, names, no blank lines, no date, lowercase, CRLF) and its halves. */
function sampleCases(): Case[] {
  const out: Case[] = [
    { body: sample, publishedOn },
    { body: sample, publishedOn: null },
    { body: sample.replace(/\s*\n\s*/g, " "), publishedOn },
    { body: sample.toLowerCase(), publishedOn },
    { body: sample.toUpperCase(), publishedOn },
    { body: sample.replace(/\n/g, "\r\n"), publishedOn: "2024-12-31" },
    { body: sample.replace(/“|”/g, '"').replace(/’/g, "'"), publishedOn },
    { body: sample.replace(/\./g, "!"), publishedOn },
    { body: sample.replace(/,/g, ";"), publishedOn },
  ];
  for (let i = 0; i < 40; i++) {
    const v = sample
      .replace(/\d[\d,]*/g, (m) => String(Number(m.replace(/,/g, "")) * (i + 1) + i))
      .replace(/Noem/g, ["Noem", "Rubio", "she", "He", "Mr. Smith"][i % 5]!)
      .replace(/Thursday/g, ["Monday", "next Friday", "last week", "January 3", "in 2019"][i % 5]!);
    const cut = Math.floor((v.length * (i % 7)) / 7);
    out.push({ body: v.slice(cut) + "\n\n" + v.slice(0, cut), publishedOn: i % 3 === 0 ? null : publishedOn });
  }
  return out;
}

/** Random texts: sample words, tricky pieces and random code units, seeded. */
function randomCases(count: number): Case[] {
  const words = sample.split(/\s+/);
  const next = mulberry32(20250328);
  const out: Case[] = [];
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    const len = Math.floor(next() * 120);
    for (let k = 0; k < len; k++) {
      const r = next();
      if (r < 0.6) parts.push(words[Math.floor(next() * words.length)]! + " ");
      else if (r < 0.95) parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
      else parts.push(String.fromCharCode(Math.floor(next() * 0x3000)));
    }
    out.push({ body: parts.join(""), publishedOn: n % 4 === 0 ? null : n % 4 === 1 ? "not-a-date" : publishedOn });
  }
  return out;
}

/** ClaimBuster debate sentences, 5 to a paragraph and 8 paragraphs to an article (when the data exists). */
function claimBusterCases(): Case[] | null {
  const dir = claimBusterDir();
  const files = ["groundtruth.csv", "crowdsourced.csv"].map((f) => path.join(dir, f));
  if (!files.every((f) => existsSync(f))) return null;
  const sentences: string[] = [];
  for (const f of files) {
    const rows = parseCsv(readFileSync(f, "utf8"));
    const col = rows[0]!.indexOf("Text");
    for (const row of rows.slice(1, 4001)) if (row[col]) sentences.push(row[col]!);
  }
  const out: Case[] = [];
  for (let i = 0; i < sentences.length; i += 40) {
    const paragraphs: string[] = [];
    for (let p = i; p < Math.min(i + 40, sentences.length); p += 5)
      paragraphs.push(sentences.slice(p, p + 5).join(" "));
    out.push({ body: paragraphs.join("\n\n"), publishedOn: (i / 40) % 2 ? publishedOn : null });
  }
  return out;
}

/**
 * A quantity without the group a share is of (decision 830). The golden output pins the readings
 * that were there before it; the group is pinned by its own tests, and the nine ClaimBuster shares
 * that gained one ("95 percent of working families") are listed in the decision.
 */
function withoutGroup({ group: _g, ...q }: Quantity): Quantity {
  return q;
}

/** Claims without their scores (and their quantities' groups), and the scores alone, as JSON lines. */
function serialise(cases: Case[]): { extraction: string; scores: string } {
  const extraction: string[] = [];
  const scores: string[] = [];
  for (const c of cases) {
    const claims = extractClaims(c.body, { publishedOn: c.publishedOn });
    extraction.push(
      JSON.stringify(
        claims.map(({ scores: _s, reasons: _r, ...rest }: ExtractedClaim) => ({
          ...rest,
          quantities: rest.quantities.map(withoutGroup),
        })),
      ),
    );
    scores.push(JSON.stringify(claims.map((x) => [x.scores, x.reasons])));
  }
  return { extraction: extraction.join("\n"), scores: scores.join("\n") };
}

const sha = (s: string): string => createHash("sha256").update(s).digest("hex");

const sections: Record<string, Case[] | null> = {
  sample: sampleCases(),
  random: randomCases(3000),
  claimbuster: claimBusterCases(),
};
const current: Record<string, string> = {};
mkdirSync(DUMP_DIR, { recursive: true });
for (const [name, cases] of Object.entries(sections)) {
  if (!cases) continue;
  const { extraction, scores } = serialise(cases);
  writeFileSync(path.join(DUMP_DIR, `${name}.extraction.jsonl`), extraction);
  writeFileSync(path.join(DUMP_DIR, `${name}.scores.jsonl`), scores);
  current[`${name}.extraction`] = sha(extraction);
  current[`${name}.scores`] = sha(scores);
}

if (process.argv.includes("--update")) {
  writeFileSync(GOLDEN, JSON.stringify(current, null, 2) + "\n");
  console.log(`golden output written (${Object.keys(current).length} hashes)`);
} else {
  const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, string>;
  let failed = false;
  for (const [key, hash] of Object.entries(current)) {
    const ok = golden[key] === hash;
    if (!ok) failed = true;
    console.log(`${ok ? "same" : "DIFFERENT"}  ${key}`);
  }
  if (failed) {
    console.log(`diff against a dump of the previous version, written to ${DUMP_DIR}`);
    process.exitCode = 1;
  }
}

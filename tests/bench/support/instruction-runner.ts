/**
 * What extract-instructions.ts runs under callgrind: extracts the first COUNT articles of a corpus
 * file and prints a digest of their claims. It is bundled once per tree, and the bundler points the
 * extractor import below at that tree's extractor.
 * Run (after bundling): node --single-threaded runner.mjs CORPUS_JSON COUNT
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { extractClaims } from "../../../server/src/extract/index.ts";
import type { AbCase } from "./ab-corpus.ts";

const [corpusFile, countArg] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(corpusFile!, "utf8")) as AbCase[];
const hash = createHash("sha256");
for (const c of cases.slice(0, Number(countArg)))
  hash.update(JSON.stringify(extractClaims(c.body, { publishedOn: c.publishedOn })));
console.log(`digest ${hash.digest("hex")}`);

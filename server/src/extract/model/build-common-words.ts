/**
 * Writes analysis/common-words.json: English words that are not names, read from how debate
 * speech is transcribed. A word counts when, in the middle of a sentence of crowdsourced.csv, it
 * is written lowercase at least 3 times and capitalised at most 5% of the time ("job", "hiring",
 * "growth"; not "Bush", "China", "House", "May"). The extractor lowers such a word where it only
 * opens a wording because it opened its sentence ("According to the bureau, job gains …").
 * groundtruth.csv is not read. Deterministic. Run: npm run -s build:common-words
 */
import { writeFileSync } from "node:fs";
import { loadClaimBuster } from "./claimbuster-data.ts";

const MIN_LOWERCASE = 3;
const MAX_CAPITALISED_SHARE = 0.05;
const OUT = new URL("../analysis/common-words.json", import.meta.url);

const lowercase = new Map<string, number>();
const capitalised = new Map<string, number>();
const bump = (m: Map<string, number>, w: string): void => void m.set(w, (m.get(w) ?? 0) + 1);

for (const { text } of loadClaimBuster("crowdsourced.csv")) {
  let sentenceStart = true;
  for (const [token] of text.matchAll(/[A-Za-z][a-z'’-]*|[.!?]/g)) {
    if (token === "." || token === "!" || token === "?") {
      sentenceStart = true;
      continue;
    }
    if (!sentenceStart) {
      if (token[0] !== token[0]!.toUpperCase()) bump(lowercase, token);
      else if (token.length === 1 || token.slice(1) === token.slice(1).toLowerCase())
        bump(capitalised, token.toLowerCase());
    }
    sentenceStart = false;
  }
}

const words = [...lowercase]
  .filter(([w, n]) => {
    const caps = capitalised.get(w) ?? 0;
    return w.length > 1 && n >= MIN_LOWERCASE && caps <= MAX_CAPITALISED_SHARE * (n + caps);
  })
  .map(([w]) => w)
  .sort();
writeFileSync(OUT, `${JSON.stringify(words)}\n`);
console.log(`${words.length} common words written to ${OUT.pathname}`);

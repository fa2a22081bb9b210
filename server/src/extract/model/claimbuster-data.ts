import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv } from "./csv.ts";

/** One labelled debate sentence: 1 = check-worthy factual, 0 = unimportant factual, -1 = non-factual. */
export interface LabelledSentence {
  text: string;
  verdict: -1 | 0 | 1;
}

/** The data lives outside the repository (it is not ours to redistribute); override with CLAIMBUSTER_DIR. */
export function claimBusterDir(): string {
  return process.env.CLAIMBUSTER_DIR ?? "/work/shared/data/claimbuster";
}

export function loadClaimBuster(file: "crowdsourced.csv" | "groundtruth.csv"): LabelledSentence[] {
  const rows = parseCsv(readFileSync(path.join(claimBusterDir(), file), "utf8"));
  const header = rows[0] ?? [];
  const textCol = header.indexOf("Text");
  const verdictCol = header.indexOf("Verdict");
  if (textCol < 0 || verdictCol < 0) throw new Error(`${file}: missing Text or Verdict column`);
  const out: LabelledSentence[] = [];
  for (const row of rows.slice(1)) {
    const text = row[textCol];
    const verdict = Number(row[verdictCol]);
    if (text === undefined || (verdict !== -1 && verdict !== 0 && verdict !== 1)) continue;
    out.push({ text, verdict });
  }
  return out;
}

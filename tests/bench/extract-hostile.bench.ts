/**
 * Extraction cost on hostile text: one unit repeated into a 50 KB and a 500 KB text with no
 * sentence end, so every rule meets thousands of its own cues in one sentence. Prints ms per MB of
 * both sizes and their ratio (figures only, no assertions; a ratio well above 2 is a quadratic
 * trap). The units are the cues that hid such traps: dates with no verb, "according to" tails,
 * described speakers, ranges, currencies, quotations; and table cells, on one line and as rows,
 * tables with their lead-ins and source lines, and one sentence that runs on past table after table.
 * Run: npm run bench:extract:hostile
 */
import { extractClaims } from "../../server/src/extract/index.ts";

const UNITS: Record<string, string> = {
  "dates without a verb": "on Monday last week, the previous month, in June, ",
  "according to tails": "Prices rose 3%, according to the ABS, though ",
  "described speakers": "Reeves, the chancellor, said the union had, ",
  "role asides": "Jack Fletcher, chair of the committee, said ",
  ranges: "between 1 and 2 per cent and ",
  currencies: "A$5, C$6, ¥7 and minus 4 and ",
  bounds: "50 or more workers over ten years and ",
  quotations: '"This airline knew and flew anyway," Sandoval said, ',
  "relative clauses": "The cuts, which come after the company reported gains, ",
  "fact-check blocks": 'CLAIM: "x" RATING: False ',
  "cells on one line": "North | 12 | 4% | ",
  "table rows": "North | 12 | 4%\nSouth\t9\t3%\nPrices rose 4% in May\n",
  "tables with sources":
    "Figures from the Office for National Statistics show:\nArea\tRent (£)\tChange (%)\nNorth\t12\t4\nSouth\t9\t3\nSource: ONS\n",
  "sentence past tables":
    "Rents rose most in the boroughs listed here, as the council said in\nNorth | 12 | 4% | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14\nSouth | 9 | 3% | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14\n",
};
const SIZES = [50_000, 500_000];

function msPerMB(unit: string, size: number): number {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + ".";
  const t = performance.now();
  extractClaims(text, { publishedOn: "2025-06-12" });
  return (performance.now() - t) / (size / 1e6);
}

// Warm-up, so the small text is not measured while the code is still being compiled.
for (const unit of Object.values(UNITS)) msPerMB(unit, 20_000);
for (const [name, unit] of Object.entries(UNITS)) {
  const [small, large] = SIZES.map((size) => msPerMB(unit, size)) as [number, number];
  console.log(
    `${name.padEnd(20)} 50 KB ${small.toFixed(0).padStart(6)} ms/MB   500 KB ${large.toFixed(0).padStart(6)} ms/MB   ratio ${(large / small).toFixed(2)}`,
  );
}

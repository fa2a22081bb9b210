// The note a merge leaves under the merged claim when it folds a source into another at the same
// address (fold-merged-sources.ts) and the folded one said something the kept one does not: two
// reviewers may read one page differently, and the claim keeps one source with both readings.
import type { SourceRow } from "./claim-presenter.ts";

type Detail = "title" | "publisher" | "excerpt";
const DETAILS: Array<[Detail, string]> = [
  ["title", "Title"],
  ["publisher", "Publisher"],
  ["excerpt", "Excerpt"],
];

/** null when the folded source holds nothing the kept one does not. */
export function foldedSourceNote(folded: SourceRow, kept: SourceRow, mergedClaimText: string): string | null {
  const lines: string[] = [];
  if (folded.stance !== kept.stance) lines.push(`- Stance: ${folded.stance} (the source kept: ${kept.stance})`);
  for (const [field, label] of DETAILS) {
    const value = folded[field]?.trim();
    if (value && value !== kept[field]?.trim()) lines.push(`- ${label}: ${value}`);
  }
  if (lines.length === 0) return null;
  const by = folded.addedBy ? `, added by ${folded.addedBy.name}` : "";
  return (
    `Source at ${folded.url}${by} on the merged claim “${mergedClaimText}”, folded by the merge into this ` +
    `claim's source at the same address. What it said that the source kept does not:\n\n${lines.join("\n")}`
  );
}

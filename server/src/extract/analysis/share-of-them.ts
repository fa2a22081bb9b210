import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import type { ParallelFigure } from "./parallel-figure.ts";

/**
 * "The researchers followed 72,083 adults for ten years. During that time, 518 of them were
 * diagnosed with dementia.": read alone in a claim list, "518 of them" says nothing to check
 * (decision 355). When the sentence before counts one group and nothing else ("72,083 adults";
 * a time it lasted, "for ten years", is no group), "<figure> of them" is worded "<figure> of the
 * 72,083 adults" and the figure counts adults. Only then, and only for a figure smaller than
 * the group, with no figure before it in the claim: with two counts ("12 men and 3 women", "300
 * staff in 12 countries") "them" may be either, and with a figure before it ("1.4 million Ohioans
 * have no health insurance, 114,000 of them …") "them" is that group; the wording keeps it.
 */
const FIGURE_OF_THEM = /(^|\s)(\d[\d,]*) of them\b/;
/** "72,083 adults": digits, then the plural noun counted. */
const COUNTED_GROUP = /^\d[\d,]*\s+(\p{Ll}+)$/u;
const PLURAL = /(?:[^s]s|people|children|men|women)$/;
const DURATIONS = new Set(
  "seconds minutes hours days weeks months years decades centuries second minute hour day week month year decade century".split(
    " ",
  ),
);

/** The wording and unit for the article's own claim text `span`, from the claims of the sentence before, claims[from, to). */
export function shareOfThem(
  span: string,
  claims: readonly ExtractedClaim[],
  from: number,
  to: number,
): ParallelFigure | null {
  // Cheap first: the words themselves.
  if (!span.includes(" of them")) return null;
  const m = FIGURE_OF_THEM.exec(span);
  // "1.4 million Ohioans have no health insurance, 114,000 of them lost it": a figure before it in
  // the claim itself is the group "them" stands for.
  if (m === null || /\d/.test(span.slice(0, m.index))) return null;
  let group: ExtractedClaim["quantities"][number] | null = null;
  for (let k = from; k < to; k++) {
    for (const q of claims[k]!.quantities) {
      if (q.unit !== null && DURATIONS.has(q.unit)) continue;
      if (group !== null) return null;
      group = q;
    }
  }
  if (group === null || group.unit === null) return null;
  const counted = COUNTED_GROUP.exec(group.text);
  if (counted === null || counted[1] !== group.unit || !PLURAL.test(counted[1])) return null;
  if (!(Number(m[2]!.replace(/,/g, "")) < group.value)) return null;
  const at = m.index + m[1]!.length + m[2]!.length;
  return {
    wording: `${span.slice(0, at)} of the ${group.text}${span.slice(at + " of them".length)}`,
    unit: group.unit,
  };
}

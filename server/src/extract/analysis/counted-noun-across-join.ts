import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { countsPlural, SCALED_FIGURE, verbAfterBareFigure } from "./parallel-counted-noun.ts";

/**
 * "The company cut 500 jobs and 200 will go next year": the clause after "and" is split off
 * ([decision 370](../../../../docs/decisions/370-figures-and-dates-left-from-the-sixteenth-read.md)),
 * and read alone its "200" counted nothing. `parallelCountedNounAt` lends the noun inside one
 * claim ("Police arrested 12 men, but three were released"); across a split it never saw the
 * figure before. The unit the claim's opening bare figure takes from the last figure of the claim
 * before it in the sentence (`previous`), or null. Only when:
 * - the claim opens with the figure, which has no unit and is no year, and a verb a clause of a
 *   bare figure goes on with follows it ("will", "were", "remain": `verbAfterBareFigure`);
 * - the claim before ends its figure right before ", and", "and", ", but", ", while" or
 *   ", whereas", and that figure counts a plural noun with no scale ("5 million phones" lends
 *   nothing: "4 million" alone may be of anything).
 */
const JOIN = /^(?:,?[ \u00a0]+and|,[ \u00a0]+(?:but|while|whereas))[ \u00a0]+$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const WORD_AFTER = /^[ \u00a0]+([a-z]+)/;
const SINGULAR_VERBS = new Set(["is", "was", "has"]);

export function countedNounAcrossJoin(body: string, claim: ExtractedClaim, previous: ExtractedClaim): string | null {
  const q = claim.quantities[0];
  if (q === undefined || q.unit !== null || q.start !== claim.start || YEAR.test(q.text)) return null;
  const p = previous.quantities[previous.quantities.length - 1];
  if (p === undefined || p.unit === null || p.end !== previous.end || q.start - p.end > 10) return null;
  if (!countsPlural(p.unit) || SCALED_FIGURE.test(p.text) || !JOIN.test(body.slice(p.end, q.start))) return null;
  const after = WORD_AFTER.exec(body.slice(q.end, q.end + 12));
  if (after === null || !verbAfterBareFigure(after[1]!)) return null;
  // "…, but 5 is the number it can afford": a singular verb after more than one is no count of them.
  return q.value !== 1 && SINGULAR_VERBS.has(after[1]!) ? null : p.unit;
}

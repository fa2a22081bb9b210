import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { MONTH_NAMES } from "@claimdesk/shared/calendar";

/**
 * A sentence of the article's own that opens with "He", "She" or "It" ("She has cut the city
 * budget by 4%.") does not say whom it is about. The wording names the person or body when the
 * sentence before leaves no doubt (see ClaimantMemory.personJustNamed, bodyJustNamed and namesOnlyThe).
 */
const OPENING_PRONOUN = /^(He|She|It) (?=\p{Ll})/u;
/**
 * "It is unclear whether …", "It was the first time …", "It has been a year since …", "It
 * rained": an "it" that stands for nothing. Only an "it" before another verb stands for a body.
 */
const EMPTY_IT =
  /^It (?:is|was|will|would|could|may|might|must|should|can|has been|had been|seems|seemed|appears|appeared|remains|remained|took|takes|rained|snowed|looks|looked|means|meant|comes|came|follows|followed|emerged|turns|turned|became|becomes|happened|is|'s|’s)\b/;

/** The pronoun that opens body[start, …) and its length with the space after it, or null. */
export function openingPronoun(body: string, start: number): { pronoun: "he" | "she" | "it"; length: number } | null {
  // Cheap first: "H", "S" or "I".
  const first = body.charCodeAt(start);
  if (first !== 72 && first !== 83 && first !== 73) return null;
  const head = body.slice(start, start + 24);
  const m = OPENING_PRONOUN.exec(head);
  if (m === null || (m[1] === "It" && EMPTY_IT.test(head))) return null;
  return { pronoun: m[1] === "He" ? "he" : m[1] === "She" ? "she" : "it", length: m[0].length };
}

/** Quotations, whose names are the speaker's, not people the article has just named. */
const QUOTED = /[“"][^”"]*[”"]?/g;
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
const DAYS_AND_MONTHS = new Set([
  ...MONTH_NAMES,
  ...["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
]);

/**
 * Does the sentence body[start, end) name no one but `person` ("Mayor Dana Kim took office in
 * 2021."), or no body but the one named? Any other capitalised word after its first, outside quotation marks and other than a
 * day or a month, may be someone else the pronoun stands for ("Petro met Noem in Bogotá. She …"),
 * so the answer is no: a name restored wrongly would change what the claim says.
 */
export function namesOnlyThe(body: string, start: number, end: number, person: Claimant): boolean {
  const own = new Set(`${person.title ?? ""} ${person.name}`.split(/\s+/));
  const text = body.slice(start, end).replace(QUOTED, " ");
  // The sentence's first word is capitalised as its first ("The", "Mayor").
  const opening = text.length - text.trimStart().length;
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    if (m.index === opening) continue;
    const word = m[0].replace(/['’]s$/, "");
    if (!own.has(word) && !DAYS_AND_MONTHS.has(word)) return false;
  }
  return true;
}

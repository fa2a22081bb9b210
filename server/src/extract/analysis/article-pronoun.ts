import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { MONTH_NAMES } from "@claimdesk/shared/calendar";

/**
 * A sentence of the article's own that opens with "He" or "She" ("She has cut the city budget by
 * 4%.") does not say whom it is about. The wording names the person when the sentence before
 * leaves no doubt (see ClaimantMemory.personJustNamed and namesOnlyThePerson).
 */
const OPENING_PRONOUN = /^(He|She) (?=\p{Ll})/u;

/** The pronoun that opens body[start, …) and its length with the space after it, or null. */
export function openingPersonPronoun(body: string, start: number): { pronoun: "he" | "she"; length: number } | null {
  // Cheap first: "H" or "S".
  const first = body.charCodeAt(start);
  if (first !== 72 && first !== 83) return null;
  const m = OPENING_PRONOUN.exec(body.slice(start, start + 5));
  return m === null ? null : { pronoun: m[1] === "He" ? "he" : "she", length: m[0].length };
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
 * 2021.")? Any other capitalised word after its first, outside quotation marks and other than a
 * day or a month, may be someone else the pronoun stands for ("Petro met Noem in Bogotá. She …"),
 * so the answer is no: a name restored wrongly would change what the claim says.
 */
export function namesOnlyThePerson(body: string, start: number, end: number, person: Claimant): boolean {
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

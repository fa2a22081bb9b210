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
/** Up to three capitalised words right before a name: its title. */
const TITLE_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;
const DAYS_AND_MONTHS = new Set([
  ...MONTH_NAMES,
  ...["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
]);

/** Words capitalised only because they open a sentence ("The", "After"), which name no one. */
const OPENING_WORDS = new Set(
  "The A An In On At By For After Before During Since But And Yet So Last This That Earlier Later Then When While As It He She They We His Her Its Their Our I".split(
    " ",
  ),
);

/**
 * Does the sentence body[start, end) name no one but `person` ("Mayor Dana Kim took office in
 * 2021."), or no body but the one named? Any other capitalised word outside quotation marks, other than a
 * day, a month or a word that only opens a sentence, may be someone else the pronoun stands for ("Petro met Noem in Bogotá. She …"),
 * so the answer is no: a name restored wrongly would change what the claim says.
 */
export function namesOnlyThe(body: string, start: number, end: number, person: Claimant): boolean {
  // Words as CAPITALISED_WORD reads them: "Mr." is "Mr".
  const own = new Set(`${person.title ?? ""} ${person.name}`.replace(/\./g, "").split(/\s+/));
  const text = body.slice(start, end).replace(QUOTED, " ");
  // "Mayor Dana Kim", "Chancellor Rachel Reeves": the title written before the name is theirs.
  const at = text.indexOf(person.name);
  const title = at > 0 ? TITLE_BEFORE.exec(text.slice(Math.max(0, at - 60), at)) : null;
  if (title) for (const word of title[0].replace(/\./g, "").split(/\s+/)) own.add(word);
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const word = m[0].replace(/['’]s$/, "");
    if (!own.has(word) && !DAYS_AND_MONTHS.has(word) && !OPENING_WORDS.has(word)) return false;
  }
  return true;
}

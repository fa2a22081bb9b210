// "Nigel Farage said the figures were a scandal. He told LBC on Monday." in a fact-check: the column
// names the checked claim's maker by a pronoun, saying only where the claim was made (decision 755).
// The maker is the person the sentence before named, as a sentence of the article's own that opens
// "He" or "She" is read (decision 290's article-pronoun.ts), and the sentence is no claim.

import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { ClaimantMemory } from "./claimant.ts";
import { personForOpeningPronoun } from "./article-pronoun.ts";

/**
 * "He told LBC", "She said it on GB News", "He made the claim to the Sun", "She repeated it on Sky
 * News", then at most when or where ("on Monday", "last week", "in an interview"). A sentence that
 * goes on ("He told LBC that 1.2 million people arrived.") says what was said: it is read as before.
 */
const PRONOUN_MAKER =
  /^(?:He|She) (?:told|(?:said|repeated|made) (?:it|this|the claim) (?:on|to|in)) (?:the )?\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*)*(?: (?:on|in|at|during|last|this|earlier)(?: [\p{L}\d]+){1,3})?[.!]?$/u;
/** A claimant that names two people or more. */
const JOINT_NAME = / and | & |, /;
/**
 * The sentence before disputes the claim rather than making it: "Yvette Cooper said the claim was
 * nonsense. She told the BBC on Sunday." She is its critic, not its maker (decision 755's review).
 */
const DISPUTES =
  /\b(?:wrong|false|untrue|nonsense|incorrect|inaccurate|misleading|denied|denies|disputed|disputes|rejected|rejects|dismissed|dismisses|rebutted|debunked|challenged)\b/i;
/** Longer than this, a sentence says more than where. */
const PRONOUN_MAKER_MAX = 80;

/** The person a pronoun maker's sentence at `span` stands for, else null. */
export function pronounMaker(
  body: string,
  span: { start: number; end: number },
  previous: { start: number; end: number } | undefined,
  memory: ClaimantMemory,
): Claimant | null {
  // Cheap first: "H" or "S", short, and a sentence before.
  const first = body.charCodeAt(span.start);
  if ((first !== 72 && first !== 83) || span.end - span.start > PRONOUN_MAKER_MAX || previous === undefined)
    return null;
  if (!PRONOUN_MAKER.test(body.slice(span.start, span.end).trimEnd())) return null;
  if (DISPUTES.test(body.slice(previous.start, previous.end))) return null;
  const person = personForOpeningPronoun(body, span.start, previous, memory)?.person ?? null;
  // "Nigel Farage and Richard Tice said …" is two people: "He" is neither for sure.
  return person === null || JOINT_NAME.test(person.name) ? null : person;
}

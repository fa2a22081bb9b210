import { REPORTING_OR_POINTED } from "./pointed-out.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";

/**
 * "Smith would say that the policy was working", "The chancellor would say that the economy is
 * growing": reported speech after a modal, the speaker's view told in the article's words, not the
 * article's forecast that the speaker will speak (decision 750). Read narrowly, where nothing else
 * can make the modal a condition's, a habit's or another speaker's:
 * - a subject of at most four words opens the sentence, with no comma before "would" and no opener
 *   of a time or a condition ("Every week Smith would say that …", "As a child, …", "If pressed, …");
 * - after "that" a clause, not a condition or a stop ("Smith would say that if asked", "Smith would
 *   say that, wouldn't he?": "that" is the pronoun);
 * - no comma, condition or verb of speech later in the sentence ("… working if asked", "…, but he
 *   would be wrong", "…, her aides insisted").
 * Other modals and verbs ("might say", "would argue") stay the article's, as decision 645 leaves a
 * narrative's "would say" to the paragraph's tense.
 */
const CONDITION = new Set(["if", "unless", "asked", "pressed", "when", "whenever"]);
const OPENER = new Set(["every", "each", "on", "as", "most", "in", "back", "once", "if", "when", "asked"]);
const MAX_SUBJECT_TOKENS = 4;

/** Is the reporting verb at `i` "say" after "would" and before "that" and a clause? */
export function wouldSayThat(body: string, tokens: readonly Token[], i: number): boolean {
  // Cheap first: the verb and the words either side, before any walk.
  if (
    i < 2 ||
    i - 1 > MAX_SUBJECT_TOKENS ||
    tokens[i + 2] === undefined ||
    lowerWordAt(body, tokens[i]!) !== "say" ||
    lowerWordAt(body, tokens[i - 1]!) !== "would" ||
    lowerWordAt(body, tokens[i + 1]!) !== "that" ||
    OPENER.has(lowerWordAt(body, tokens[0]!))
  )
    return false;
  for (let k = 1; k < i; k++) if (commaBefore(body, tokens, k)) return false;
  for (let k = i + 2; k < tokens.length; k++)
    if (
      commaBefore(body, tokens, k) ||
      tokens[k]!.flags & REPORTING_OR_POINTED ||
      CONDITION.has(lowerWordAt(body, tokens[k]!))
    )
      return false;
  return true;
}

import { REPORTING_VERBS } from "./lexicon.ts";
import { WILL_TELL_LISTENER } from "./will-tell-listener.ts";

/**
 * "“The economy is growing,” she will say on Wednesday": a pronoun before "will" and a verb of
 * speech in the tag of a speech handed out in advance names the speaker the pronoun stands for, as
 * "she said" does (decision 685); decision 645 read a capitalised name or a role there, and left
 * the pronoun's tag in the claim as the article's prediction. "will" only: "“Not now,” he would
 * often say" is a narrative's habit, and stays as decision 560 reads it. Asked only after a
 * quotation that hands over with a comma, as the name's modal is. "she will tell MPs", with its
 * listener, reads the same (decision 790).
 */
export const AFTER_QUOTE_PRONOUN_WILL = new RegExp(
  String.raw`^[\s,]*(he|she|they|we|He|She|They|We)\s+(?:will\s+(?:(?:also|later|then)\s+)?(?:${[...REPORTING_VERBS].join("|")})\b|${WILL_TELL_LISTENER})`,
  "u",
);

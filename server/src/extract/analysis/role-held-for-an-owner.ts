// "Mr Reid, his lawyer, said …", "Ravi Patel, her solicitor, said …": a role owned by "his" or
// "her" between commas names the aside's own person, someone who acts for the one the pronoun
// stands for (decision 1125, left from decision 1090). The aside is read as decision 1090 reads a
// family tie (`relation-aside.ts`): it ends the speaker's name, and the surname before it is not
// the full name the pronoun's person was written with.

import { ACTING_FOR_WORDS, ROLE_WORDS } from "./lexicon.ts";
import { ROLE_MODIFIERS } from "./title-after-name.ts";

/**
 * Do the aside's words after its owner name a role held for the owner: a role word or a word for
 * someone who acts for another ("lawyer", "spokesman", "solicitor", "aide"), after at most one
 * modifier of a role ("his former lawyer", "her senior aide")? Not "his party's leader": the role is
 * the party's, and the one who holds it may be the pronoun's own person. `middle` is the word
 * between, or null. Cost: one to three set look-ups.
 */
export function namesARoleHeldForTheOwner(middle: string | null, noun: string): boolean {
  if (middle !== null && !ROLE_MODIFIERS.has(middle)) return false;
  return ROLE_WORDS.has(noun) || ACTING_FOR_WORDS.has(noun);
}

// "Nigel Farage spoke at a rally in Clacton. The crowd cheered. He has visited 40 towns.": a
// sentence between the person and the pronoun that names no one the pronoun could stand for
// (decision 985, left from decision 945). Read before the memory is asked to reach past it.

import { isOrganisationPlural, ORGANISATION_WORDS } from "./lexicon.ts";
import { otherNames } from "./pronoun-maker-named-earlier.ts";

/** A pronoun for a person or people: "They cheered", "The crowd booed him" name someone. */
const PERSONAL_PRONOUN =
  /(?<![\p{L}'’])(?:he|she|him|her|hers|his|they|them|their|theirs|we|us|our|i|you)(?![\p{L}'’])/iu;
const DIGIT = /\d/;
/**
 * Someone unnamed as the sentence's subject: "Someone heckled.", "The protester was removed.", "A
 * demonstrator was removed." An agent's word the person words miss ("heckler", "intruder") is read
 * by its ending; "The weather was awful." is kept by it too, the narrow side (decision 985's review).
 */
const SOMEONE_UNNAMED = /^(?:[Ss]ome(?:one|body)\b|(?:The|A|An|One|Another) \p{Ll}{3,}(?:er|or|ist|ant)\b)/u;
const LOWERCASE_WORD = /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu;

/**
 * Does `text`, one sentence, name no one: no quotation (a speaker may stand behind it), no figure,
 * no personal pronoun, no capitalised word but a common one that opens it or a day, a month or a
 * place after "in" (`otherNames`, decision 855's count, which counts a word for a person too: "A
 * woman fainted"), and no body's word ("The council closed the roads", "Police said")?
 */
export function namesNoOne(text: string): boolean {
  // Cheap first: quotation marks, and a figure: "Mayor Dana Kim took office in 2021. The city grew 4%
  // in 2022. She …" turns to a claim of its own, and the person is named further back (the
  // fourteenth read's speakers keep that "She").
  if (text.includes("“") || text.includes('"') || text.includes("”") || DIGIT.test(text)) return false;
  if (PERSONAL_PRONOUN.test(text) || SOMEONE_UNNAMED.test(text) || otherNames(text, 0) !== 0) return false;
  for (const m of text.matchAll(LOWERCASE_WORD))
    if (ORGANISATION_WORDS.has(m[0]) || isOrganisationPlural(m[0])) return false;
  // "Police said …" opens with a body's word, capitalised.
  const first = /^\p{L}+/u.exec(text)?.[0].toLowerCase() ?? "";
  return !ORGANISATION_WORDS.has(first) && !isOrganisationPlural(first);
}

// "Nigel Farage spoke at a rally in Clacton. The crowd cheered. He has visited 40 towns.": a
// sentence between the person and the pronoun that names no one the pronoun could stand for
// (decision 985, left from decision 945). Read before the memory is asked to reach past it.

import { isPersonNoun } from "./article-pronoun.ts";
import { isOrganisationPlural, NAMELESS_OPENERS, ORGANISATION_WORDS } from "./lexicon.ts";
import { PEOPLE_PLURALS } from "./people-plurals.ts";
import { otherNames } from "./pronoun-maker-named-earlier.ts";

/** A pronoun for a person or people: "They cheered", "The crowd booed him" name someone. */
const PERSONAL_PRONOUN =
  /(?<![\p{L}'’])(?:he|she|him|her|hers|his|they|them|their|theirs|we|us|our|i|you)(?![\p{L}'’])/giu;
/**
 * The pronouns that stand for the one a "He" or "She" after the sentence stands for too, as its
 * object or owner: "The crowd booed him.", "Reporters asked her about it." (decision 1030).
 */
const PRONOUN_OWN: Record<"he" | "she", ReadonlySet<string>> = {
  he: new Set(["him", "his"]),
  she: new Set(["her", "hers"]),
};
/** A plural word: "Reporters asked her", "The fans booed him" (decision 1030). */
const PLURAL_WORD = /\p{L}{3,}s(?![\p{L}'’-])/gu;
/**
 * A noun's ending no name has, opening a sentence with no article: "Congestion was heavy.",
 * "Excitement grew." (decision 1030). Not "-ity" nor "-ness": given names and surnames end so
 * ("Felicity was absent.", "Trinity", "Guinness"); the list holds the few such nouns that open a
 * sentence of weather or a crowd (review of decision 1030).
 */
const NOUN_ENDING = /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment)$/u;
const OPENING_WORD = /^\p{L}+/u;
const DIGIT = /\d/;
/**
 * Someone unnamed as the sentence's subject: "Someone heckled.", "The protester was removed.", "A
 * demonstrator was removed." An agent's word the person words miss ("heckler", "intruder") is read
 * by its ending; "The weather was awful." is kept by it too, the narrow side (decision 985's review).
 */
const SOMEONE_UNNAMED = /^(?:[Ss]ome(?:one|body)\b|(?:The|A|An|One|Another) \p{Ll}{3,}(?:er|or|ist|ant)\b)/u;
const LOWERCASE_WORD = /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu;

/**
 * Does `text`, one sentence, name no one a "He" or "She" (`pronoun`) after it could stand for but
 * the person named before it: no quotation (a speaker may stand behind it), no figure, no personal
 * pronoun but one for that person ("him", "his" before "He"; decision 1030), no capitalised word
 * but a common one or a nameless noun that opens it (`NAMELESS_OPENERS`, `NOUN_ENDING`; decision
 * 1030) or a day, a month or a place after "in" (`otherNames`, decision 855's count, which counts a
 * word for a person too: "A woman fainted"), and no body's word ("The council closed the roads",
 * "Police said")?
 */
export function namesNoOne(text: string, pronoun: "he" | "she"): boolean {
  // Cheap first: quotation marks, and a figure: "Mayor Dana Kim took office in 2021. The city grew 4%
  // in 2022. She …" turns to a claim of its own, and the person is named further back (the
  // fourteenth read's speakers keep that "She").
  if (text.includes("“") || text.includes('"') || text.includes("”") || DIGIT.test(text)) return false;
  if (SOMEONE_UNNAMED.test(text)) return false;
  let ownPronoun = false;
  for (const m of text.matchAll(PERSONAL_PRONOUN)) {
    if (!PRONOUN_OWN[pronoun].has(m[0].toLowerCase())) return false;
    ownPronoun = true;
  }
  if (otherNames(peopleLeftOut(text, ownPronoun), namelessOpening(text)) !== 0) return false;
  for (const m of text.matchAll(LOWERCASE_WORD))
    if (ORGANISATION_WORDS.has(m[0]) || isOrganisationPlural(m[0])) return false;
  // "Police said …" opens with a body's word, capitalised.
  const first = OPENING_WORD.exec(text)?.[0].toLowerCase() ?? "";
  return !ORGANISATION_WORDS.has(first) && !isOrganisationPlural(first);
}

/**
 * `text` with its plural words for people blanked where the sentence holds the pronoun's own
 * person: "Reporters asked her about it." names people, but none a "She" could stand for, and
 * "her" is the one named before (decision 1030). The plurals of trades, roles and ties the person
 * words lack are read from `PEOPLE_PLURALS` ("Hecklers interrupted him.", "Protesters booed him.",
 * "Campaigners cheered her."; decision 1090), a list, not the "-ers" ending, which ends surnames
 * too ("Walters booed him."). Otherwise `text` as it is.
 */
function peopleLeftOut(text: string, ownPronoun: boolean): string {
  if (!ownPronoun) return text;
  return text.replace(PLURAL_WORD, (word) => {
    const lower = word.toLowerCase();
    return isPersonNoun(lower.slice(0, -1)) || PEOPLE_PLURALS.has(lower) ? "" : word;
  });
}

/**
 * Where `otherNames` starts counting: past an opening noun that names no one ("Turnout was low.",
 * "Congestion was heavy."), which is off the common-word list and so counted as a name; 0
 * otherwise ("Smith cheered."), so the common-word test of the opening word is `otherNames`' own
 * (decision 1030).
 */
function namelessOpening(text: string): number {
  const first = OPENING_WORD.exec(text)?.[0] ?? "";
  const nameless = NAMELESS_OPENERS.has(first.toLowerCase()) || NOUN_ENDING.test(first);
  return nameless && first !== first.toLowerCase() ? first.length : 0;
}

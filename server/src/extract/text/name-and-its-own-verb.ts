/**
 * A line that opens with a name and a verb in the present or an irregular past, the first sentence
 * under a standfirst: "Ofwat fines the company 12 million pounds …", "Ofwat found the company had
 * …", "Ofwat took the rare step …" (decision 780). Decision 735 read a name's auxiliary or its past
 * in "-ed"; these verbs have neither shape, and a word in "-s" after a name is a plural noun as
 * often ("Thames Water customers will pay …"), so a verb in "-s" counts only with its object's first
 * word after it: a determiner, a pronoun or a figure, which a plural noun is not followed by.
 */

import { IRREGULAR_PAST } from "../analysis/lexicon.ts";
import { isDigit } from "./char-classes.ts";

/** One to three capitalised words: a name, a body, "Mr Smith" (a pattern's source). */
export const NAME_RUN = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}";
/** One to three capitalised words, the lowercase word after them and the word after that. */
const NAME_AND_TWO_WORDS = new RegExp(`^${NAME_RUN} (\\p{Ll}+) (\\S+)`, "u");
/** An object's first word after a verb in "-s": "fines the company", "invests 2 billion". */
const OBJECT_OPENERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "it", "him", "them"]);

/**
 * Does `opening` (a line's first chars) open with a name and a verb in the present with its object
 * after it, or an irregular past ("found", "took", "made")? The lexicon's IRREGULAR_PAST also holds
 * a few verbs in "-s" that are nouns as often ("plans", "faces"): they too need their object.
 */
export function opensWithNameAndItsOwnVerb(opening: string): boolean {
  const match = NAME_AND_TWO_WORDS.exec(opening);
  if (match === null) return false;
  const verb = match[1]!;
  const after = match[2]!;
  if (!verb.endsWith("s")) return IRREGULAR_PAST.has(verb);
  if (verb.endsWith("ss")) return false;
  return OBJECT_OPENERS.has(after) || isDigit(after.charCodeAt(0)) || after.startsWith("£");
}

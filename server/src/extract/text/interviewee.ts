import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { claimantFromPhrase } from "../analysis/claimant.ts";

/**
 * In a Q&A interview the "A:" turns are the interviewee's words, and the introduction names them
 * ("Climate scientist Dr. Ingrid Solberg has studied Arctic ice for 25 years. We spoke with her
 * …"). Without this every answer was the article's own claim.
 */

/** How much of the text before the first answer is read for the name: the introduction. */
const INTRODUCTION_CHARS = 1500;
/**
 * A run of capitalised words that may name the interviewee, with a title written short before it
 * ("Dr. Ingrid Solberg"): two to five words, so that a title in capitals comes along ("Energy
 * Minister Priya Raman").
 */
const CAPITALISED_RUN =
  /(?:\b(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov)\.\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,4}(?![\p{L}-])/gu;
/**
 * A lowercase word before the run, or one and a comma ("The housing minister, Matthew Pennycook,
 * met …"); not "by", which names the writer ("Interview by Helen Catt").
 */
const LOWERCASE_WORD_BEFORE = /(?<![\p{L}])(?!by\s)\p{Ll}+,?\s+$/u;

/**
 * The person the introduction in body[0, end) names first, with a title if it gives one; null if
 * none. A run counts when the classifier reads it as a person and the text shows it is one: it
 * carries a title ("Energy Minister Priya Raman spoke to The Herald"), or a lowercase word stands
 * before it ("scientist Ingrid Solberg", "with Ingrid Solberg"). A run that opens a sentence
 * without a title may be a place ("In New York"), and one that opens with "The" is a body
 * ("The Herald").
 */
export function intervieweeBefore(body: string, end: number): Claimant | null {
  const intro = body.slice(Math.max(0, end - INTRODUCTION_CHARS), end);
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(intro); m !== null; m = CAPITALISED_RUN.exec(intro)) {
    if (m[0].startsWith("The ")) continue;
    const c = claimantFromPhrase(m[0]);
    if (c.type !== "person") continue;
    if (c.title !== undefined || LOWERCASE_WORD_BEFORE.test(intro.slice(Math.max(0, m.index - 24), m.index))) return c;
  }
  return null;
}

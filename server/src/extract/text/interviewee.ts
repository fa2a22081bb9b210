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
 * A lowercase word right before the run ("scientist Ingrid Solberg"); not "by", which names the
 * writer ("Interview by Helen Catt"), unless a guest was "joined by" them.
 */
const LOWERCASE_WORD_BEFORE = /(?<![\p{L}])(?:(?!by\s)\p{Ll}+|(?<=joined )by)\s+$/u;
/**
 * A job, a comma and the run in apposition closed by a comma ("The housing minister, Matthew
 * Pennycook, met …"). Not a time or a place before the comma ("This week, Helen Catt sat down with
 * …") and not the paper's own reporter ("our political editor, Helen Catt, …").
 */
const JOB_AND_COMMA_BEFORE = /(?<![\p{L}])(\p{Ll}+),\s+$/u;
const NEWSROOM_JOBS = new Set([
  "reporter",
  "editor",
  "correspondent",
  "writer",
  "journalist",
  "presenter",
  "host",
  "interviewer",
]);

/** Does the run at intro[start, end) stand after a lowercase word that shows it names a person? */
function namedAfterLowercaseWord(intro: string, start: number, end: number): boolean {
  const before = intro.slice(Math.max(0, start - 24), start);
  if (LOWERCASE_WORD_BEFORE.test(before)) return true;
  const job = JOB_AND_COMMA_BEFORE.exec(before);
  return job?.[1] !== undefined && intro[end] === "," && !NEWSROOM_JOBS.has(job[1]);
}

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
    if (c.title !== undefined || namedAfterLowercaseWord(intro, m.index, m.index + m[0].length)) return c;
  }
  return null;
}

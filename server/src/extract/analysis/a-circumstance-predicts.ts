import { A_PERSONS_CIRCUMSTANCES } from "./lexicon.ts";

/**
 * "a student's postcode still predicts their grades": a person's circumstance (the lexicon's
 * `A_PERSONS_CIRCUMSTANCES`) before "predicts", with "still" or not, states a correlation found now,
 * no forecast (decision 1115). A forecaster's "predicts" names a body or a person ("The Bank of
 * England still predicts a recession", "the IMF's model still predicts growth"), never one of
 * these words, and stays a forecast.
 */
// Capitalised too, opening a sentence ("Gender still predicts pay").
const WORD_BEFORE = /([A-Za-z][a-z]*)[ \u00a0]+(?:still[ \u00a0]+)?$/;

/**
 * The circumstance as the object of a preposition ("The survey of household wealth predicts a fall",
 * "The poll on race predicts a close result", "The model of middle class income predicts growth"),
 * up to two modifiers between, or after an article ("the race predicts", "wins the class predicts"):
 * the subject is the survey, the poll or the race run, a forecaster; a person's circumstance takes a
 * possessive or an adjective ("a student's postcode", "Parental income") (review of decision 1115).
 */
const NOT_THE_SUBJECT =
  /(?:\b(?:of|on|for|about|in|into|over)[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){0,2}|\b(?:the|an?)[ \u00a0]+)$/i;

/** Is the "predicts" at `at` said of a person's circumstance? */
export function aCircumstancePredicts(text: string, at: number): boolean {
  const from = Math.max(0, at - 48);
  const before = text.slice(from, at);
  const m = WORD_BEFORE.exec(before);
  if (m === null || !A_PERSONS_CIRCUMSTANCES.has(m[1]!.toLowerCase())) return false;
  // Only once the circumstance is found: what stands before it.
  return !NOT_THE_SUBJECT.test(before.slice(0, m.index));
}

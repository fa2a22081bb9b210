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

/** Is the "predicts" at `at` said of a person's circumstance? */
export function aCircumstancePredicts(text: string, at: number): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  return m !== null && A_PERSONS_CIRCUMSTANCES.has(m[1]!.toLowerCase());
}

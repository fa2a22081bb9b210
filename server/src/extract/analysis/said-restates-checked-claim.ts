// "Nigel Farage said the figures were a scandal. He told LBC on Monday that it had tripled." under
// a fact-check's verdict: what the maker told LBC is the checked claim again, not a second claim to
// check (decision 795). What adds to it ("… that 1.2 million people arrived last year") is a claim
// of its own, the maker's.

import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";

/** Words that carry what a clause says: four letters or more ("tripled", "migration"), or a figure. */
const CARRYING_WORD = /\p{L}{4,}|\d[\d.,]*/gu;
/** A denial turns the claim round: "that it had not tripled" says something else. */
const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/i;

/** The carrying words of the checked claims' quotes. */
function checkedWords(checked: readonly ExtractedClaim[]): Set<string> {
  return new Set(checked.flatMap((c) => c.quote.toLowerCase().match(CARRYING_WORD) ?? []));
}

/**
 * Does what was said (`said`, the text after " that ") restate the checked claims: every word that
 * carries it is a word of theirs, with no denial? "it had tripled" and "net migration had tripled
 * since Brexit" restate "Net migration has tripled since Brexit"; "1.2 million people arrived" does
 * not.
 */
export function saidRestatesCheckedClaim(said: string, checked: readonly ExtractedClaim[]): boolean {
  if (NEGATION.test(said)) return false;
  const words = said.toLowerCase().match(CARRYING_WORD);
  if (words === null) return false;
  const theirs = checkedWords(checked);
  return words.every((w) => theirs.has(w));
}

/**
 * Does what was said (`said`) deny the checked claims: a "not", "never" or "n't" with a word that
 * carries theirs ("it had not tripled", "crime has not doubled")? A critic's words, not the maker's
 * (decision 795's review).
 */
export function saidDeniesCheckedClaim(said: string, checked: readonly ExtractedClaim[]): boolean {
  if (!NEGATION.test(said)) return false;
  const words = said.toLowerCase().match(CARRYING_WORD);
  if (words === null) return false;
  const theirs = checkedWords(checked);
  return words.some((w) => theirs.has(w));
}

import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";

/** How many capitalised words the place may take ("from Los Llanos de Aridane" is not read). */
const PLACE_WORDS = 3;

/**
 * "Karen Whitfield, from Cardiff, is staying …", "Daniel Pryce, 34, of Redditch, was jailed": when
 * token `at` opens an aside that gives where the person is from ("from" or "of", then a place of
 * capitalised words, then a comma), the index of the token after its closing comma (the subject's
 * verb), else -1. Without it the sentence named no one, and a later "she" went to a speaker before.
 */
export function afterPlaceAside(body: string, tokens: readonly Token[], at: number): number {
  const word = tokens[at];
  if (word === undefined || !commaBefore(body, tokens, at)) return -1;
  // Cheap first: "from" or "of" by length and first letter.
  const n = word.end - word.start;
  const first = body.charCodeAt(word.start);
  if (!((n === 4 && first === 102) || (n === 2 && first === 111))) return -1;
  const preposition = lowerWordAt(body, word);
  if (preposition !== "from" && preposition !== "of") return -1;
  for (let k = at + 1; k < tokens.length && k - at <= PLACE_WORDS + 1; k++) {
    if (k > at + 1 && commaBefore(body, tokens, k)) return k;
    if (!isCapitalised(tokens[k]!)) return -1;
  }
  return -1;
}

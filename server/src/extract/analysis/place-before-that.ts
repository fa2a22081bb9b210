import { POSSESSIVE_DETERMINERS } from "./lexicon.ts";
import { PLACE_PREPOSITIONS } from "./speech-subject.ts";
import { isCapitalised, lowerWordAt, type Token } from "./tokens.ts";

/** "the", "a", "an" and the lexicon's possessives: "outside the hearing", "outside their homes". */
const PLACE_DETERMINERS = new Set(["the", "a", "an", ...POSSESSIVE_DETERMINERS]);

/**
 * "said outside the hearing that …", "said outside court that …", "said near Leeds that …": a
 * place preposition, then a determiner, a name, or one lowercase word right before "that" that is
 * no plural ("outside experts that it hired found …" is the adjective and its noun, and the "that"
 * a relative one). Asked only where a "that" follows within nine words and no other bridge holds.
 */
export function placeBeforeThat(body: string, tokens: readonly Token[], j: number, k: number): boolean {
  if (k < j + 2 || !PLACE_PREPOSITIONS.has(lowerWordAt(body, tokens[j]!))) return false;
  const next = tokens[j + 1]!;
  if (isCapitalised(next) || PLACE_DETERMINERS.has(lowerWordAt(body, next))) return true;
  return k === j + 2 && body.charCodeAt(next.end - 1) !== 115;
}

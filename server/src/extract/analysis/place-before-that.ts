import { AUDIENCES, POSSESSIVE_DETERMINERS } from "./lexicon.ts";
import { PLACE_PREPOSITIONS } from "./speech-subject.ts";
import { isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";

/** "the", "a", "an" and the lexicon's possessives: "outside the hearing", "outside their homes". */
const PLACE_DETERMINERS = new Set(["the", "a", "an", ...POSSESSIVE_DETERMINERS]);

/**
 * "said outside the hearing that …", "said outside court that …", "said near Leeds that …": a
 * place preposition, then a determiner, a name, or one lowercase word right before "that" that is
 * a place of the lexicon's AUDIENCES, which are named without an article ("court", "parliament").
 * Not "outside experts that it hired found …" nor "outside advice that it sought had …": the
 * adjective and its noun, and the "that" a relative one. Nor a "that" right before its verb
 * ("near the site that was cleared …"): the place's relative clause. Asked only where a "that"
 * follows within nine words and no other bridge holds.
 */
export function placeBeforeThat(body: string, tokens: readonly Token[], j: number, k: number): boolean {
  if (k < j + 2 || !PLACE_PREPOSITIONS.has(lowerWordAt(body, tokens[j]!)) || isFiniteVerb(tokens, k + 1)) return false;
  const next = tokens[j + 1]!;
  if (isCapitalised(next) || PLACE_DETERMINERS.has(lowerWordAt(body, next))) return true;
  return k === j + 2 && AUDIENCES.has(lowerWordAt(body, next));
}

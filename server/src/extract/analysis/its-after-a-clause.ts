import { isFiniteVerb } from "./verbs.ts";
import { isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { isCommonWord } from "./sentence-openers.ts";
import { claimantFromPhrase } from "./claimant.ts";

/**
 * "Labour narrowly held the seat, but its majority was slashed to 1,284": split off, the second
 * clause's "its" stands for nothing; it is the first clause's subject when that is a name ("Labour",
 * "Halvorsen Foods"), and the clause is worded with it ("Labour's majority was slashed to 1,284").
 * Only a body's name of one to four capitalised words that opens the sentence, right before its
 * verb (an "-ly" adverb between): "The party held the seat, but its majority fell" and "Smith
 * thanked Labour, but its vote fell" (a person, whom "its" is not) keep "its" as written.
 */
export function possessiveOfOpeningName(body: string, tokens: readonly Token[]): string | null {
  let k = 0;
  while (k < tokens.length && k < 4 && isCapitalised(tokens[k]!)) k++;
  if (k === 0 || k >= tokens.length) return null;
  // "The", "Some": a word capitalised only as the sentence's first is no name.
  if (k === 1 && isCommonWord(lowerWordAt(body, tokens[0]!))) return null;
  let v = k;
  if (lowerWordAt(body, tokens[v]!).endsWith("ly") && !isFiniteVerb(tokens, v)) v++;
  if (v >= tokens.length || !isFiniteVerb(tokens, v)) return null;
  const name = body.slice(tokens[0]!.start, tokens[k - 1]!.end);
  if (claimantFromPhrase(name).type !== "organization") return null;
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

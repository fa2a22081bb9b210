import { isFiniteVerb } from "./verbs.ts";
import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { isCommonWord } from "./sentence-openers.ts";
import { claimantFromPhrase } from "./claimant.ts";
import { possessiveOf } from "./possessive.ts";

/**
 * "Labour won narrowly, but its majority was slashed to 1,284": split off, the second clause's
 * "its" stands for nothing; when the first clause is only a body's name and its verb, the name is
 * the one thing "its" can stand for, and the clause is worded with it ("Labour's majority was
 * slashed to 1,284"). Only a body's name of one to four capitalised words that opens the sentence,
 * right before its verb, and that verb (an "-ly" adverb before or after it) right before the
 * comma: a clause with an object offers "its" a second owner, and news copy most often means that
 * one ("Israel struck Gaza City, but its hospitals stayed open": Gaza City's; "The EU fined Google,
 * but its appeal was rejected": Google's), which the words cannot tell from "Labour narrowly held
 * the seat, but its majority fell" (Labour's), so "its" is kept as written there. "The party won,
 * but its majority fell" and "Smith won, but its vote fell" (no body's name) keep "its" too.
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
  if (!endsTheClause(body, tokens, v)) return null;
  const name = body.slice(tokens[0]!.start, tokens[k - 1]!.end);
  if (claimantFromPhrase(name).type !== "organization") return null;
  return possessiveOf(name);
}

/** Is the verb at v (or an "-ly" adverb right after it: "won narrowly") the last word before ", but" / ", and"? */
function endsTheClause(body: string, tokens: readonly Token[], v: number): boolean {
  let next = v + 1;
  if (next < tokens.length && !commaBefore(body, tokens, next) && lowerWordAt(body, tokens[next]!).endsWith("ly"))
    next++;
  if (next >= tokens.length || !commaBefore(body, tokens, next)) return false;
  const word = lowerWordAt(body, tokens[next]!);
  return word === "but" || word === "and";
}

// "Mr Tom Reid opened a school. Ms Reid, his daughter, said …": a family tie written as an aside
// after a surname says the one who speaks is someone else of that surname than the person "his"
// or "her" stands for (decision 1090, left from decision 1030). The aside is read where the
// speaker's subject is found (`speech-subject.ts`) and where the memory gives a surname its full
// name (`claimant.ts`).

import { KIN_NOUNS } from "./lexicon.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";

/** The owners a tie is written with: "his daughter", "her husband", "their son". */
const TIE_OWNERS: ReadonlySet<string> = new Set(["his", "her", "their"]);
/** The aside after a name, from its comma: ", his daughter,", ", her late husband,". */
const TIE_AFTER_NAME = /^, (?:his|her|their) (?:\p{Ll}+ )?(\p{Ll}+),/u;
/** How far into the sentence the surname and its aside are looked for. */
const SENTENCE_REACH = 160;

/**
 * Do tokens from `from` up to the next comma (before `to`) read a tie: an owner and a kin word,
 * with at most one word between ("his daughter", "her eldest son")? Cost: one set look-up on the
 * first word, then a walk of at most three tokens.
 */
export function opensRelationAside(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (!TIE_OWNERS.has(lowerWordAt(body, tokens[from]!))) return false;
  let end = from + 1;
  while (end < to && end - from <= 3 && !commaBefore(body, tokens, end)) end++;
  const length = end - from;
  return length >= 2 && length <= 3 && KIN_NOUNS.has(lowerWordAt(body, tokens[end - 1]!));
}

/**
 * Does the sentence that opens at `from` write `surname` with a tie as its aside ("Ms Reid, his
 * daughter,")? Cost: one `indexOf` from the sentence's start, then one anchored regex on a slice.
 */
export function writtenWithRelationAside(body: string, from: number, surname: string): boolean {
  const at = body.indexOf(`${surname}, `, from);
  if (at < 0 || at - from > SENTENCE_REACH) return false;
  const m = TIE_AFTER_NAME.exec(body.slice(at + surname.length, at + surname.length + 40));
  return m !== null && KIN_NOUNS.has(m[1]!);
}

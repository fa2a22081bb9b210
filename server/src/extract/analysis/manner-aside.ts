// "Reid, his voice breaking, said …", "Ms Hollis, her hands shaking, said …": an aside of how the
// one named speaks, a noun they own and a participle, stands between their name and the verb as
// "speaking at City Hall" does; the name before it speaks (decision 1125, left from decision 1090).
// Unlike a family tie (`relation-aside.ts`) it names no one else, so the surname keeps the full
// name the article wrote.

import { genderOfTitle } from "./pronoun-genders.ts";
import { TIE_OWNERS } from "./relation-aside.ts";
import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { PARTICIPLE, PAST } from "./word-flags.ts";

/** How many tokens the aside may take: "his voice breaking with emotion", "her eyes filled with tears". */
const MANNER_ASIDE_TOKENS = 5;

/**
 * Do tokens from `from` up to the next comma (before `to`) read a manner aside: an owner ("his",
 * "her", "their"), one lowercase word, then a participle in "-ing" or a past ("his voice
 * breaking", "her eyes filled with tears"), in at most five tokens? Not "his lawyer" nor "his
 * eldest son" (no participle third), nor "his wife and their two children" (no comma before the
 * verb). Cost: one set look-up on the first word, then at most five comma tests. The aside
 * ends at a comma: the verb's, or the next segment's.
 */
export function opensMannerAside(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (from + 3 > to || !TIE_OWNERS.has(lowerWordAt(body, tokens[from]!))) return false;
  const noun = tokens[from + 1]!;
  const participle = tokens[from + 2]!;
  if (isCapitalised(noun) || isCapitalised(participle) || !(participle.flags & (PARTICIPLE | PAST))) return false;
  if (commaBefore(body, tokens, from + 1) || commaBefore(body, tokens, from + 2)) return false;
  let end = from + 3;
  while (end < to && !commaBefore(body, tokens, end)) end++;
  return end - from <= MANNER_ASIDE_TOKENS;
}

/**
 * Can the aside's owner at `from` be the name that opens at `nameFrom`: not "Mr Reid, her voice
 * breaking," nor "Ms Hollis, his hands shaking,", whose title says the owner is someone else.
 * "their" fits anyone. Cost: one title test of the name's first word.
 */
export function ownerFitsTheName(body: string, tokens: readonly Token[], nameFrom: number, from: number): boolean {
  const owner = lowerWordAt(body, tokens[from]!);
  if (owner === "their") return true;
  const first = tokens[nameFrom]!;
  const titled = genderOfTitle(body.slice(first.start, first.end));
  return titled === null || titled === (owner === "his" ? "m" : "f");
}

import { INDEFINITE_HEADS } from "./lexicon.ts";

/**
 * Heads that also open a name: "All Saints", "Much Wenlock", "Little Mix". Left to the reading
 * they had (decision 1095's review keeps the places' people and the bands as speakers).
 */
const HEADS_THAT_OPEN_NAMES: ReadonlySet<string> = new Set(["all", "much", "little"]);

/**
 * "Everything Smith said the plan is untrue", "Nothing Jane Hollis said …" (decision 1130): a
 * pronoun-like head (`INDEFINITE_HEADS`) opening the sentence before a name is what was said, no
 * first word of the speaker's, so the phrase names no one. Decision 1095 read it so only before a
 * time after "said"; this is the speaker reader's side. Both words as written and both
 * capitalised: a lowercase head ("everything Critics argue") is no sentence's opening head, and a
 * name that repeats its head ("Everything Everything", a band) keeps its reading.
 */
export function opensWithIndefiniteHead(head: string, next: string | undefined): boolean {
  if (next === undefined || !startsUpper(head) || !startsUpper(next)) return false;
  const lower = head.toLowerCase();
  return INDEFINITE_HEADS.has(lower) && !HEADS_THAT_OPEN_NAMES.has(lower) && next.toLowerCase() !== lower;
}

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

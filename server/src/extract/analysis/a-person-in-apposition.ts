import { isPersonNoun } from "./article-pronoun.ts";
import { isTradeNoun } from "./trade-nouns.ts";

/**
 * "The quake injured Brown, 44, a teacher, at the school": a person's noun in apposition after
 * the figure ("a teacher", "a retired nurse", "an off-duty officer") says the name is a person's
 * and the figure an age, where weather before "injured" or "killed" would otherwise make the name
 * a place's (decision 625 asked only a person's pronoun there; decision 665). The noun's head is
 * the last of at most three lowercase words after "a" or "an", before a comma, a full stop or a
 * word that ends the noun; a place's noun ("Cornwall, 34, a county hit hard") keeps the place.
 * A family's noun with its count in hyphens ("a father-of-two", "a grandfather-of-five") has its
 * head before "-of-", as "a father of two" has (decision 730).
 */
const A_NOUN_AFTER =
  /^,[ \u00a0]+an?[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}?(\p{Ll}+)(?:-of-\p{Ll}+)?(?=[ \u00a0]*[,.;)]|[ \u00a0]+(?:at|in|from|of|who|and|on|with|for)\b|$)/u;

/** Does the aside after a figure (`after`, from the comma) name a person in apposition? */
export function personInApposition(after: string): boolean {
  // Cheap first: ", a" opens the aside.
  if (after.charCodeAt(2) !== 0x61) return false;
  const m = A_NOUN_AFTER.exec(after);
  // A trade's noun too ("a farmer", "a fisherman"; decision 705).
  return m !== null && (isPersonNoun(m[1]!) || isTradeNoun(m[1]!));
}

/**
 * "Brown, 44, a teacher, was jailed": what the aside goes on with past a person's noun in
 * apposition (", was jailed"), so the age reader asks the verb after it as it asks "Brown, 44, was
 * jailed" (decision 775). Null where no person's noun stands there or nothing closes it: "Leeds,
 * 2, a club in crisis, was relegated" names no person, and a list ("Smith, 12, 14 and 16") or a
 * score ("Leeds, 2, Chelsea, 1") opens no apposition at all.
 */
export function pastAPersonsApposition(after: string): string | null {
  if (!personInApposition(after)) return null;
  const close = after.indexOf(",", 2);
  return close < 0 ? null : after.slice(close);
}

// "Mr Tom Reid opened a school. Ms Reid, his daughter, said …": a family tie written as an aside
// after a surname says the one who speaks is someone else of that surname than the person "his"
// or "her" stands for (decision 1090, left from decision 1030). The aside is read where the
// speaker's subject is found (`speech-subject.ts`) and where the memory gives a surname its full
// name (`claimant.ts`).

import { KIN_NOUNS } from "./lexicon.ts";
import { PLACE_PREPOSITIONS } from "./person-titles.ts";
import { namesARoleHeldForTheOwner } from "./role-held-for-an-owner.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";

/** The owners a tie is written with: "his daughter", "her husband", "their son". */
export const TIE_OWNERS: ReadonlySet<string> = new Set(["his", "her", "their"]);
/**
 * The aside after a name, from its comma: ", his daughter,", ", her late husband,", ", his lawyer,";
 * the owner, the word between if any, and the last word.
 */
const TIE_AFTER_NAME = new RegExp(String.raw`^, (${[...TIE_OWNERS].join("|")}) (?:(\p{Ll}+) )?(\p{Ll}+),`, "u");
/** How far into the sentence the surname and its aside are looked for. */
const SENTENCE_REACH = 160;
/**
 * What may stand before the tied surname for it to be the sentence's subject: a quotation it closes
 * (“It cost £4m,” Ms Reid, his daughter, said), then only capitalised words (a title, a given name).
 * A lowercase word there makes it an object: "Mr Reid thanked Ms Reid, his wife, and said",
 * "Speaking beside Ms Reid, his wife, Mr Reid said" (the review of decision 1090).
 */
const SUBJECT_OPENING = /^(?:[^]*[”"]\s+)?\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
const FIRST_WORD = /^\s*(\p{L}+)/u;

/**
 * Do tokens from `from` up to the next comma (before `to`) read a tie: an owner and a kin word,
 * with at most one word between ("his daughter", "her eldest son"), or a role held for the owner
 * ("his lawyer", "her former aide"; decision 1125)? Cost: one set look-up on the first word, then
 * a walk of at most three tokens.
 */
export function opensRelationAside(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  return relationAsideEnd(body, tokens, from, to) >= 0;
}

/**
 * "Ms Reid, his daughter, cut the ribbon.": where the aside that opens after a comma at token `at`
 * is a tie, the index of the token after its closing comma (the subject's verb), else -1. The
 * sentence then names the one before the aside, and a later "she" is hers (decision 1125).
 */
export function afterRelationAside(body: string, tokens: readonly Token[], at: number): number {
  if (at >= tokens.length || !commaBefore(body, tokens, at)) return -1;
  const end = relationAsideEnd(body, tokens, at, tokens.length);
  return end >= 0 && end < tokens.length && commaBefore(body, tokens, end) ? end : -1;
}

/** The token that ends a tie opening at `from` (its comma's, or `to`), or -1. */
function relationAsideEnd(body: string, tokens: readonly Token[], from: number, to: number): number {
  if (!TIE_OWNERS.has(lowerWordAt(body, tokens[from]!))) return -1;
  let end = from + 1;
  while (end < to && end - from <= 3 && !commaBefore(body, tokens, end)) end++;
  const length = end - from;
  if (length < 2 || length > 3) return -1;
  const noun = lowerWordAt(body, tokens[end - 1]!);
  const tie =
    KIN_NOUNS.has(noun) || namesARoleHeldForTheOwner(length === 3 ? lowerWordAt(body, tokens[from + 1]!) : null, noun);
  return tie ? end : -1;
}

/**
 * What an aside after a surname says of the one it names: "kin" ("Ms Reid, his daughter,"), one of
 * the family of whoever the owner stands for; "role" ("Mr Patel, his lawyer,"), one who acts for
 * them (decision 1125). Both are someone else than the owner; only kin share its surname as a rule.
 */
export type RelationAside = "kin" | "role";

/**
 * Does the aside `m` (a match of TIE_AFTER_NAME) say that the name before it is someone else than
 * the one its owner stands for: a kin word, or a role held for "his" or "her" (decision 1125)? Not a
 * role of "their": "Mr Reid, their leader," may well be the Tom Reid the article named.
 */
function namesSomeoneElse(m: RegExpExecArray): RelationAside | null {
  if (KIN_NOUNS.has(m[3]!)) return "kin";
  return m[1] !== "their" && namesARoleHeldForTheOwner(m[2] ?? null, m[3]!) ? "role" : null;
}

/**
 * Does the sentence that opens at `from` write `surname` with a tie as its aside ("Ms Reid, his
 * daughter,"), as its subject? The surname's first mention in the sentence is the one read, and only
 * where it opens the sentence (`SUBJECT_OPENING`, and no preposition first: "With Ms Reid, his wife,
 * at his side, Reid said") and a lowercase word, the verb, follows the aside: "Speaking beside Ms
 * Reid, his wife, Mr Reid said", "Reid said he was proud of Jane Reid, his daughter" and "Mr Reid
 * said … . Ms Reid, his daughter, said" keep the full name for the one who speaks (the review of
 * decision 1090). Cost: one `indexOf` from the sentence's start, one anchored regex on a slice of 40
 * chars, then one on the few words before the mention. Says which aside it is, kin or a role, as
 * the memory reads a role's further (`ClaimantMemory.tiedAsAnAside`); null for none.
 */
export function writtenWithRelationAside(body: string, from: number, surname: string): RelationAside | null {
  const at = body.indexOf(surname, from);
  if (at < 0 || at - from > SENTENCE_REACH) return null;
  const after = at + surname.length;
  const m = TIE_AFTER_NAME.exec(body.slice(after, after + 40));
  const aside = m === null ? null : namesSomeoneElse(m);
  if (aside === null) return null;
  // The verb after the aside: a lowercase letter past its comma and the space or line break.
  let next = after + m![0].length;
  while (next < body.length && (body.charCodeAt(next) === 32 || body.charCodeAt(next) === 10)) next++;
  const code = body.charCodeAt(next);
  if (!(code >= 97 && code <= 122)) return null;
  const before = body.slice(from, at);
  if (!SUBJECT_OPENING.test(before)) return null;
  const first = FIRST_WORD.exec(before);
  return first === null || !PLACE_PREPOSITIONS.has(first[1]!.toLowerCase()) ? aside : null;
}

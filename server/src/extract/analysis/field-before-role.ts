import { ASIDE_RELATIVE_WORDS, POSSESSIVE_DETERMINERS } from "./lexicon.ts";
import { lowerWordAt, type Token } from "./tokens.ts";
import * as Flag from "./word-flags.ts";

/** Flags of a word that is a verb, a joining word or a pronoun: no field of work. */
const NO_FIELD =
  Flag.CAPITALISED |
  Flag.ALWAYS_FINITE |
  Flag.PAST |
  Flag.PARTICIPLE |
  Flag.PARENTHETICAL_PREPOSITION |
  Flag.COORDINATOR |
  Flag.THAT |
  Flag.RELATIVE;

/** Words that own or open a clause before a role: "its director", "whose director". */
const OWNERS: ReadonlySet<string> = new Set([...POSSESSIVE_DETERMINERS, ...ASIDE_RELATIVE_WORDS]);

/**
 * "Oliver Fane, research director at Halden, said …", "policy director", "finance chief" (decision
 * 1130): the field a role is held in, written as one lowercase word before it, where UK copy
 * leaves out "the". Only a plain word of four to fourteen letters that is no verb, joining word,
 * pronoun or owner ("its director", "whose director", "and director" say something else); the
 * caller asks that a role follows. A capitalised "Research Director" is left as it was read.
 */
export function fieldOfARole(body: string, t: Token): boolean {
  const length = t.end - t.start;
  if (length < 4 || length > 14 || (t.flags & Flag.ASCII_WORD) === 0 || (t.flags & NO_FIELD) !== 0) return false;
  return !OWNERS.has(lowerWordAt(body, t));
}

import { ASIDE_RELATIVE_WORDS, POSSESSIVE_DETERMINERS } from "./lexicon.ts";
import { lowerWordAt, type Token } from "./tokens.ts";
import {
  ALWAYS_FINITE,
  AND,
  ASCII_WORD,
  CAPITALISED,
  COORDINATOR,
  PARENTHETICAL_PREPOSITION,
  PARTICIPLE,
  PAST,
  RELATIVE,
  SUBJECT_PRONOUN,
  THAT,
  TO,
} from "./word-flags.ts";

/** Flags of a word that is a verb, a joining word or a pronoun: no field of work. */
const NO_FIELD =
  CAPITALISED |
  ALWAYS_FINITE |
  PAST |
  PARTICIPLE |
  PARENTHETICAL_PREPOSITION |
  COORDINATOR |
  AND |
  THAT |
  TO |
  RELATIVE |
  SUBJECT_PRONOUN;

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
  if (length < 4 || length > 14 || (t.flags & ASCII_WORD) === 0 || (t.flags & NO_FIELD) !== 0) return false;
  return !OWNERS.has(lowerWordAt(body, t));
}

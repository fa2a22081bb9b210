import { ACT_VERB, OBJECT_WORD } from "./act-verb-and-object.ts";
import { LAUNCH_PLACE } from "./present-hit-before-a-change-ahead.ts";

/**
 * "stole a van belonging to the council on Saturday", "threw his shirt at the fans on Saturday",
 * "shot a man in the leg on Friday": an act whose object runs past the four words
 * `activeActBefore` allows, by a place or a belonging after it, is an act done too (decision 825).
 * Only a preposition then a determiner and one or two words, so a verb in the present after the
 * object ("fans who attacked the coach face bans on Saturday", decision 705) is not read as its
 * noun; "to" only in "belonging to", "for", "from" and "by" not at all ("suspended the player from
 * the match on Saturday" names a fixture that may be to come).
 */
const PREPOSITIONS = ["at", "in", "into", "on", "onto", "with", "near", "outside", "inside", "off", "belonging to"];
const ACT_WITH_A_LONG_OBJECT_BEFORE = new RegExp(
  String.raw`${ACT_VERB}(?:${OBJECT_WORD}){1,3}[ \u00a0]+(?:${PREPOSITIONS.map((p) => p.replace(" ", String.raw`[ \u00a0]+`)).join("|")})[ \u00a0]+(?:the|a|an|his|her|its|their)(?:${OBJECT_WORD}){1,2}[ \u00a0]+$`,
  "u",
);

/** The prepositions the pattern asks, each a literal with its spaces, to ask cheaply first. */
const PLACE_OR_BELONGING = PREPOSITIONS.map((p) => ` ${p} `);

/**
 * "three men charged over the attack at the stadium appear on Friday", "the men that stole a van
 * belonging to the council appear on Friday": the last of the two words after the determiner is
 * the present of the men's hearing, and the act before it a clause's that names them (a review of
 * decision 825).
 */
const HEARING_PRESENT_LAST = /[ \u00a0](?:appear|face|stand|plead)[ \u00a0]+$/u;

/**
 * "the new models hit the shelves in the UK on Friday": a launch's "hit" with a place after it,
 * whose day decision 825 keeps ahead where nothing follows the place; left as before the long
 * object (a review of decision 825).
 */
const LAUNCH_HIT = new RegExp(
  String.raw`^hit[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Lu}\p{L}*[ \u00a0]+)?${LAUNCH_PLACE}[ \u00a0]`,
  "u",
);

/** The act with its long object before a weekday (`before`, at most 48 chars), or null. */
export function actWithALongObjectBefore(before: string): RegExpExecArray | null {
  // Cheap first: one of the prepositions stands in the words.
  if (!PLACE_OR_BELONGING.some((p) => before.includes(p))) return null;
  const m = ACT_WITH_A_LONG_OBJECT_BEFORE.exec(before);
  // "the men who stole a van belonging to the council appear on Friday": the act is a relative
  // clause's, and the weekday may be the present verb's after it.
  if (m === null || before.slice(0, m.index).endsWith("who ")) return null;
  return HEARING_PRESENT_LAST.test(m[0]) || LAUNCH_HIT.test(m[0]) ? null : m;
}

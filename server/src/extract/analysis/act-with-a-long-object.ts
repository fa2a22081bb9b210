import { ACT_VERB, HEARING_PRESENT_LAST, OBJECT_WORD } from "./act-verb-and-object.ts";
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
 * "stole £5,000 from a charity shop in Leeds on Friday", "arrested a man for an assault on
 * Friday", "attacked a man by the canal on Friday": "from", "for" and "by" after the acts whose
 * object they go on naming, a place taken from, an offence or a place beside (decision 865). Each
 * only after its own acts (`ACTS_BY_PREPOSITION`), as after others they may name a fixture or a
 * deadline still to come ("suspended the player from the match", "charged fans £50 for the
 * match", "seized the land by the deadline"); a town may follow ("in Leeds").
 */
const FROM_FOR_OR_BY_BEFORE = new RegExp(
  String.raw`${ACT_VERB}(?:${OBJECT_WORD}){1,3}[ \u00a0]+(from|for|by)[ \u00a0]+(?:the|a|an|his|her|its|their)(?:${OBJECT_WORD}){1,2}(?:[ \u00a0]+(?:in|at|near)[ \u00a0]+\p{Lu}[\p{L}'’-]*)?[ \u00a0]+$`,
  "u",
);

/** The acts each of "from", "for" and "by" may follow, by the act's first word. */
const ACTS_BY_PREPOSITION: Record<string, ReadonlySet<string>> = {
  from: new Set(["stole", "took", "seized", "rescued", "freed", "evacuated", "looted"]),
  for: new Set(["arrested", "detained", "jailed", "questioned", "convicted", "sentenced"]),
  by: new Set(["attacked", "assaulted", "stabbed", "shot", "killed", "murdered", "robbed", "found", "hit", "struck"]),
};

/** "by the deadline", "by the end of", "by the afternoon": a time, not a place beside the act. */
const BY_A_TIME =
  /[ \u00a0]by[ \u00a0]+\p{L}+[ \u00a0]+(?:deadline|end|close|time|start|weekend|morning|afternoon|evening|night|midday)\b/u;

/**
 * "the new models hit the shelves in the UK on Friday": a launch's "hit" with a place after it,
 * whose day decision 825 keeps ahead where nothing follows the place; left as before the long
 * object (a review of decision 825).
 */
const LAUNCH_HIT = new RegExp(
  String.raw`^hit[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Lu}\p{L}*[ \u00a0]+)?${LAUNCH_PLACE}[ \u00a0]`,
  "u",
);

/** A space, plain or no-break: the act's first word ends at the first. */
const SPACE = /[ \u00a0]/u;

/** The act with its long object before a weekday (`before`, at most 48 chars), or null. */
export function actWithALongObjectBefore(before: string): RegExpExecArray | null {
  // Cheap first: the long object only where one of its prepositions stands in the words; the
  // object after "from", "for" or "by" makes its own cheap test.
  const m = PLACE_OR_BELONGING.some((p) => before.includes(p))
    ? (ACT_WITH_A_LONG_OBJECT_BEFORE.exec(before) ?? actWithAnObjectFromForOrBy(before))
    : actWithAnObjectFromForOrBy(before);
  // "the men who stole a van belonging to the council appear on Friday": the act is a relative
  // clause's, and the weekday may be the present verb's after it.
  if (m === null || before.slice(0, m.index).endsWith("who ")) return null;
  return HEARING_PRESENT_LAST.test(m[0]) || LAUNCH_HIT.test(m[0]) ? null : m;
}

/** The act with an object going on after "from", "for" or "by" (see `FROM_FOR_OR_BY_BEFORE`), or null. */
function actWithAnObjectFromForOrBy(before: string): RegExpExecArray | null {
  // Cheap first: one of the three prepositions with its spaces.
  if (!before.includes(" from ") && !before.includes(" for ") && !before.includes(" by ")) return null;
  const m = FROM_FOR_OR_BY_BEFORE.exec(before);
  if (m === null) return null;
  // "the men that stole cash from the shop return on Friday": a relative clause's act, whose
  // weekday is the verb's after it ("who" is asked by the caller; a review of decision 865).
  const lead = before.slice(0, m.index);
  if (lead.endsWith("that ") || lead.endsWith("which ")) return null;
  const act = m[0].slice(0, m[0].search(SPACE));
  if (!ACTS_BY_PREPOSITION[m[1]!]!.has(act)) return null;
  return m[1] === "by" && BY_A_TIME.test(m[0]) ? null : m;
}

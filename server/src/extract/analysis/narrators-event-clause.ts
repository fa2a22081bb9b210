import { narratorsClauseBefore } from "./narrators-clause-before-a-weekday.ts";

/**
 * "The minister said on Tuesday that the plan, which goes to a vote on Friday, was sound",
 * published on the Sunday after: the date reader reads the claim's past tense and puts the Friday
 * back (the 8th), though the clause in the present is the narrator's, told on the day of the
 * publication, and a body that goes to a vote, meets or sits on a weekday does so ahead of it (the
 * 15th). Decision 665 asked the narrator's clause only of a day read ahead, as a present clause
 * may hold a past day ("who is accused of attacking him on Friday", "who denies attacking him on
 * Friday"); here only the verbs of a fixture or a sitting count (decision 705).
 */
const EVENT_CLAUSE_BEFORE =
  /,[ \u00a0]+(?:which|who|where)[ \u00a0]+(?:(?:it|they|\p{Lu}[\p{L}'’-]*)[ \u00a0]+)?(?:goes|meets|sits|opens|reopens|resumes|starts|begins|plays|kicks)\b(?:[ \u00a0]+(?:to|on|a|the|off|again|its|their|before|at|in|trial|\p{Lu}[\p{L}'’-]*|vote|court|parliament|talks|session|home|away))*[ \u00a0]+(?:on[ \u00a0]+)?$/u;

/** Do the words before a weekday (`before`, at most 48 chars) sit in a narrator's clause of a fixture or a sitting? */
export function narratorsEventClauseBefore(before: string): boolean {
  // Cheap first: the clause's own test, which asks ", wh" before its regex.
  return narratorsClauseBefore(before) && EVENT_CLAUSE_BEFORE.test(before);
}

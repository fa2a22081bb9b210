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

/** The sentence so far before an offset: back to the last full stop, question or exclamation mark. */
const SENTENCE_SO_FAR = /[^.!?]*$/;

/**
 * Is `at` inside quotation marks opened in its sentence? 'The minister said on Tuesday: "The
 * plan, which goes to a vote on Friday, was drafted in March."': the present is the speaker's,
 * told on the day of the saying, not the narrator's, so the clause's Friday is the one after the
 * Tuesday (a review of decision 705).
 */
export function insideSpeakersQuote(body: string, at: number): boolean {
  const before = SENTENCE_SO_FAR.exec(body.slice(Math.max(0, at - 300), at))![0];
  let open = 0;
  for (const ch of before) {
    if (ch === "\u201c") open++;
    else if (ch === "\u201d") open = Math.max(0, open - 1);
    else if (ch === '"') open = open > 0 ? open - 1 : 1;
  }
  return open > 0;
}

import { ACT_VERB, OBJECT_WORD, PAST_IN_ED } from "./act-verb-and-object.ts";

/**
 * "the robbers took the cash and fled on Saturday", "stole a car and crashed it on Friday": a past
 * in "-ed" joined on by "and" to an act done shares its tense, so its weekday is counted back as
 * the act's would be (decision 825; decision 810 left "fled", which is no act). After the joined
 * verb, no word that opens a clause or a subject pronoun: "arrested the man and insisted he
 * appears in court on Friday" and "found the car and planned to tow it on Friday" keep the day of
 * the present or the infinitive ahead.
 */
const ACT_THEN_A_JOINED_PAST_BEFORE = new RegExp(
  String.raw`${ACT_VERB}(?:${OBJECT_WORD}){1,4}[ \u00a0]+and[ \u00a0]+${PAST_IN_ED}(?:(?![ \u00a0]+(?:he|she|they|we|i|was|were|had)\b)${OBJECT_WORD}){0,3}[ \u00a0]+$`,
  "u",
);

/** The act and the past joined on after it before a weekday (`before`, at most 48 chars), or null. */
export function actThenAJoinedPastBefore(before: string): RegExpExecArray | null {
  // Cheap first: the "and" that joins them.
  return before.includes(" and ") ? ACT_THEN_A_JOINED_PAST_BEFORE.exec(before) : null;
}

import { MONTH_NAME, WEEKDAYS } from "./dates.ts";
import { commaOrCloserWithin } from "./large-pattern-gates.ts";

/**
 * "“Of course,” she would reply": "would" in the tag after a quotation tells what someone used to
 * say, in a narrative's past; it forecasts nothing. The kinds read the wording without its
 * quotation marks ("Of course, she would reply"), so the tag is up to three words after a comma
 * or a closing mark, and a verb of speech that ends the text: "“We can do it,” she said, and the
 * plant would close by June" and "She would reply that she was busy" are left as they were, and so is
 * a clause that asks what one would say ("You know, here's what I would say").
 */
const TAG_BEFORE = /[,”"]\s+(?:(?!(?:what|how|why|that|which|who)\b)[\p{L}.'’-]+\s+){1,3}$/iu;
// No "\b" after the verb: every alternative ends on a letter, so "\W*$" after it already needs a
// non-word char or the end there, and a "\b" after each alternative compiled to 48 KB of
// bytecode, 17 KB without (decision 760).
const SPEECH_AFTER =
  /^would (?:(?:often|always|usually|sometimes|later|simply|just) )?(?:say|reply|answer|respond|retort|joke|quip|recall|add|explain|insist|tell (?:me|us|him|her|them|reporters)|ask|write|shout|laugh|sigh|muse|remark)\W*$/;

/**
 * "On Friday, the minister would respond", "Next week, the committee would explain", "In May, the
 * senator would explain": a day to come opens the sentence before the comma, so "would" tells what
 * is to happen, not a tag.
 */
const DAY_TO_COME_OPENER = new RegExp(
  String.raw`^(?:(?:on|by|in) )?(?:${WEEKDAYS.join("|")}|next|tomorrow|tonight|this (?:week|weekend|month|year)|${MONTH_NAME})\b[^,]{0,20},`,
  "i",
);

/** Is the "would" at `at` (lowercase, as PREDICTION matched it) the verb of a quotation's tag? */
export function wouldInQuoteTag(text: string, at: number): boolean {
  // Cheap first: the tag ends the text, so little is left after "would".
  if (text.length - at > 32) return false;
  // The tag opens after a comma or a closing mark: asked before SPEECH_AFTER, whose alternatives
  // compile to 48 KB of bytecode, so that "would" ending a plain sentence never runs it (decision 695).
  const from = Math.max(0, at - 48);
  if (!commaOrCloserWithin(text, from, at)) return false;
  return SPEECH_AFTER.test(text.slice(at)) && TAG_BEFORE.test(text.slice(from, at)) && !DAY_TO_COME_OPENER.test(text);
}

/**
 * "The busiest day is Monday", "The market's quietest day is Saturday", "Saturday is market day":
 * a weekday named as the day of a kind (the busiest, the best, market day) says what is usual,
 * every week, and is no date; read as a schedule (decision 360) it was dated as next Monday. Only
 * a present "is" or "are" between the kind of day and the weekday: "The busiest day was Monday"
 * is a day that has been, and "Game 4 is Monday night" or "The last day is Friday" (a last, first
 * or only day is one day) are schedules as before, and so is "The busiest day is Monday, when
 * 5,000 people are expected", one Monday.
 * Not the "biggest" or "peak" day, most often one day of one event ("Tuesday is the biggest day of
 * the primary calendar", "The strike's biggest day is Thursday", "The peak day is Thursday,
 * forecasters said"), nor a kind of day after another weekday or "this week"/"next week" in its
 * sentence: "The heat wave peaks this week, and the worst day is Wednesday", "Voting starts next
 * week and the busiest day is Saturday" name one week's day.
 */
const KIND_OF_DAY = /(?:busiest|quietest|slowest|best|worst|favou?rite|usual)[ \u00a0]+days?|market[ \u00a0]+days?/i;
const BEFORE = new RegExp(
  `\\b(?:${KIND_OF_DAY.source})(?:[ \\u00a0]+of[ \\u00a0]+the[ \\u00a0]+week)?[ \\u00a0]+(?:is|are)[ \\u00a0]+(?:usually[ \\u00a0]+|typically[ \\u00a0]+|often[ \\u00a0]+|normally[ \\u00a0]+)?$`,
  "i",
);
const AFTER = new RegExp(
  `^[ \\u00a0]+(?:is|are)[ \\u00a0]+(?:usually[ \\u00a0]+|typically[ \\u00a0]+|often[ \\u00a0]+|normally[ \\u00a0]+)?(?:the[ \\u00a0]+)?(?:${KIND_OF_DAY.source})\\b`,
  "i",
);

const WHEN_AFTER = /^,?[ \u00a0]+when\b/i;
/** A week named before, in the sentence: "this week", "next week", another weekday. */
const ONE_WEEK = /\b(?:(?:this|next)[ \u00a0]+week(?:end)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** What of the 120 chars before `at` stands in the sentence of `at`. */
function sentenceBefore(text: string, at: number): string {
  const lead = text.slice(Math.max(0, at - 120), at);
  return lead.slice(lead.lastIndexOf(". ") + 1);
}

/** Is the weekday at [at, end) of `text` the day of a kind of day, no date? */
export function genericWeekday(text: string, at: number, end: number): boolean {
  // Cheap test first: "is" or "are" must stand right before or after the weekday.
  const before = text.slice(Math.max(0, at - 48), at);
  // "The busiest day is Monday, when 5,000 people are expected": one Monday, a schedule.
  if (before.endsWith(" ") && BEFORE.test(before))
    return !WHEN_AFTER.test(text.slice(end, end + 8)) && !ONE_WEEK.test(sentenceBefore(text, at));
  return text.charCodeAt(end) === 32 && AFTER.test(text.slice(end, end + 40));
}

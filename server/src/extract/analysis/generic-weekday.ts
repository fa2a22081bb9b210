/**
 * "The busiest day is Monday", "The market's quietest day is Saturday", "Saturday is market day":
 * a weekday named as the day of a kind (the busiest, the best, market day) says what is usual,
 * every week, and is no date; read as a schedule (decision 360) it was dated as next Monday. Only
 * a present "is" or "are" between the kind of day and the weekday: "The busiest day was Monday"
 * is a day that has been, and "Game 4 is Monday night" or "The last day is Friday" (a last, first
 * or only day is one day) are schedules as before, and so is "The busiest day is Monday, when
 * 5,000 people are expected", one Monday.
 */
const KIND_OF_DAY =
  /(?:busiest|quietest|slowest|best|worst|favou?rite|biggest|peak|usual)[ \u00a0]+days?|market[ \u00a0]+days?/i;
const BEFORE = new RegExp(
  `\\b(?:${KIND_OF_DAY.source})(?:[ \\u00a0]+of[ \\u00a0]+the[ \\u00a0]+week)?[ \\u00a0]+(?:is|are)[ \\u00a0]+(?:usually[ \\u00a0]+|typically[ \\u00a0]+|often[ \\u00a0]+|normally[ \\u00a0]+)?$`,
  "i",
);
const AFTER = new RegExp(
  `^[ \\u00a0]+(?:is|are)[ \\u00a0]+(?:usually[ \\u00a0]+|typically[ \\u00a0]+|often[ \\u00a0]+|normally[ \\u00a0]+)?(?:the[ \\u00a0]+)?(?:${KIND_OF_DAY.source})\\b`,
  "i",
);

const WHEN_AFTER = /^,?[ \u00a0]+when\b/i;

/** Is the weekday at [at, end) of `text` the day of a kind of day, no date? */
export function genericWeekday(text: string, at: number, end: number): boolean {
  // Cheap test first: "is" or "are" must stand right before or after the weekday.
  const before = text.slice(Math.max(0, at - 48), at);
  // "The busiest day is Monday, when 5,000 people are expected": one Monday, a schedule.
  if (before.endsWith(" ") && BEFORE.test(before)) return !WHEN_AFTER.test(text.slice(end, end + 8));
  return text.charCodeAt(end) === 32 && AFTER.test(text.slice(end, end + 40));
}

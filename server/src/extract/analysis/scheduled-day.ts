import { WEEKDAYS } from "./dates.ts";
import { lowerWordAt, type Token } from "./tokens.ts";

/**
 * A weekday that is the complement of a present "is" or "are" ("Game 4 is Monday night", "The
 * vote is on Thursday") is a schedule, and a schedule looks ahead: a story published on a Sunday
 * means the Monday after it, where the claim's tense (none: "is" tells no time) had taken the
 * Monday before. Only "is"/"are" right before the weekday, or before "on" and the weekday; a
 * present with anything else between ("Monday is a holiday", "is closed until Friday") is read by
 * the tense rules as before, and so is a month or a day of a month ("The deadline is March 3",
 * which is as often a date of the story's past in a timeline).
 */
export function scheduledByPresentBe(
  body: string,
  tokens: readonly Token[],
  dateToken: number,
  first: number,
): boolean {
  let day = dateToken;
  if (tokens[day] && isWord(body, tokens[day]!, "on")) day++;
  const weekday = tokens[day];
  if (!weekday || weekday.end - weekday.start < 6 || !WEEKDAYS.includes(lowerWordAt(body, weekday))) return false;
  // "It is Monday, March 2": a date of its own, often a timeline's present of the past.
  if (DATE_AFTER_WEEKDAY.test(body.slice(weekday.end, weekday.end + 16))) return false;
  let k = dateToken - 1;
  if (k >= first && day === dateToken && isWord(body, tokens[k]!, "on")) k--;
  if (k < first) return false;
  const t = tokens[k]!;
  return isWord(body, t, "is") || isWord(body, t, "are");
}

/** A month and a day, or a day and a month, right after the weekday: ", March 2", " 2 March", ", the 2nd" (not "Thursday 1,700"). */
const DATE_AFTER_WEEKDAY =
  /^,?[ \u00a0]+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+\d|\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|the[ \u00a0]+\d{1,2}(?:st|nd|rd|th)\b)/;

/** Is the token the lowercase word `word`? */
function isWord(body: string, t: Token, word: string): boolean {
  return t.end - t.start === word.length && lowerWordAt(body, t) === word;
}

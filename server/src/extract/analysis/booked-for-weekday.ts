import { WEEKDAYS } from "./dates.ts";
import { lowerWordAt, type Token } from "./tokens.ts";

/**
 * Things booked or run for a day: "cancelled more than 400 flights for Thursday and Friday",
 * "trains for Saturday have been axed". Services "for" a weekday are those of a day ahead of the
 * story (the cancelling is past, the flights are not); "cancelled 400 flights on Thursday" is read
 * by the tense rules as before.
 */
const BOOKED_THINGS = new Set(
  "flights services trains departures arrivals sailings crossings journeys appointments operations tickets bookings classes lessons trips shifts".split(
    " ",
  ),
);

/**
 * A weekday the cancelling itself was done on: "Classes for Friday were cancelled at 40 schools
 * on Thursday". The booked day is then the one after that day (Friday 8 May after Thursday 7
 * May), and the weekday is read as any other. Not the day a statement was made ("…, it said on
 * Monday"): the flights still lie ahead of it.
 */
const DAY_OF_CANCELLING =
  /(?<!\b(?:said|says|told|announced|added|confirmed)[ \u00a0]+)\bon[ \u00a0]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;

/** Is the weekday at `dateToken` (or a weekday joined to it by "and", "or" or a comma) after "<booked things> for"? */
export function bookedForWeekday(
  body: string,
  tokens: readonly Token[],
  dateToken: number,
  first: number,
  spanEnd: number,
): boolean {
  let k = dateToken;
  if (!isWeekday(body, tokens[k])) return false;
  // "for Thursday and Friday": back over the weekdays joined to this one.
  for (let n = 0; n < 4 && k - 2 >= first; n++) {
    const joiner = lowerWordAt(body, tokens[k - 1]!);
    if (!(joiner === "and" || joiner === "or" || joiner === ",") || !isWeekday(body, tokens[k - 2])) break;
    k -= 2;
  }
  if (k - 2 < first || lowerWordAt(body, tokens[k - 1]!) !== "for") return false;
  if (!BOOKED_THINGS.has(lowerWordAt(body, tokens[k - 2]!))) return false;
  return !DAY_OF_CANCELLING.test(body.slice(tokens[first]!.start, spanEnd));
}

function isWeekday(body: string, t: Token | undefined): boolean {
  return t !== undefined && t.end - t.start >= 6 && WEEKDAYS.includes(lowerWordAt(body, t));
}

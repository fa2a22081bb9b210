// A capitalised day or month names no one: "Jane Hollis cut the budget in March. She …" is still
// about her. Asked in lower case, as MONTH_NAMES and WEEKDAYS are written (decision 815). "April",
// "May", "June" and "August" are given names and surnames too ("Theresa May", "succeeded May as
// leader", "met June on Friday"), so they count as a month only where a date's words stand beside
// them ("in May", "last June", "4 May", "May 2021", "the end of May", "April to June", "the May
// elections"), and not where the person's things or acts follow ("in May's cabinet", "since June
// took over"; decision 815's review), or a word that takes a person stands before "in" ("had faith
// in May"; decision 855).

import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { WEEKDAYS } from "./dates.ts";
import { interestInWhatFollows, MONTHS_THAT_ARE_NAMES, someoneAfterIn } from "./someone-after-in.ts";

const DAYS_AND_MONTHS = new Set<string>([...MONTH_NAMES, ...WEEKDAYS]);
/** A date's word or a day's number right before the month: "in May", "since June", "mid-May", "4 May", "every May". */
const DATE_BEFORE = /(?:\b(?:in|since|until|till|last|next|this|early|late|mid|during|every|between)|\d)[ -]$/i;
/** A part of the month before it: "the end of May", "the first of June", "1st of May". */
const PART_OF_BEFORE = /\b(?:end|start|beginning|middle|month|rest|whole|first|\d(?:st|nd|rd|th)) of $/i;
/** Another month joined to it: "April and June", "April to June", "April–June". */
const MONTH_JOINED_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES.join("|")})(?: and | to | or |[-–])$`, "i");
/** A determiner before and a word in lower case after: "the May elections", "an April interview", "the party’s June conference". */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|our)|['’]s) $/i;
const LOWER_CASE_AFTER = /^ \p{Ll}/u;
/** A day's or a year's number right after it: "May 4", "May 2021", "May, 2021"; not an age ("April, 34,"). */
const NUMBER_AFTER = /^(?: \d|, \d{4})/;
/** The person's things or acts after it: "May's cabinet", "the May government", "since June took over". */
const PERSONS_AFTER =
  /^(?:['’]s)? (?:government|cabinet|administration|premiership|ministry|era)\b|^ (?:said|says|told|took|became|resigned|quit|stepped|insisted|warned|admitted)\b/;

/** Is `word` (in any case) the name of a weekday or a month: "Monday", "may", "JUNE"? */
export function isDayOrMonthName(word: string): boolean {
  return DAYS_AND_MONTHS.has(word.toLowerCase());
}

/** Is `word`, written at text[at, …), a day or a month here rather than someone's name? */
export function isDayOrMonthAt(text: string, at: number, word: string): boolean {
  if (!isDayOrMonthName(word)) return false;
  const lower = word.toLowerCase();
  if (!MONTHS_THAT_ARE_NAMES.has(lower)) return true;
  const end = at + word.length;
  const after = text.slice(end, end + 16);
  if (PERSONS_AFTER.test(after)) return false;
  // "had faith in May", "lost confidence in June": the "in" is the person's, not a date's (decision 855);
  // not "showed interest in May in buying the club", the month the interest was shown (decision 905).
  if (someoneAfterIn(text, at) && !interestInWhatFollows(text, at, end)) return false;
  const before = text.slice(Math.max(0, at - 16), at);
  return (
    DATE_BEFORE.test(before) ||
    NUMBER_AFTER.test(after) ||
    PART_OF_BEFORE.test(before) ||
    MONTH_JOINED_BEFORE.test(before) ||
    (DETERMINER_BEFORE.test(before) && LOWER_CASE_AFTER.test(after))
  );
}

// A capitalised day or month names no one: "Jane Hollis cut the budget in March. She …" is still
// about her. Asked in lower case, as MONTH_NAMES and WEEKDAYS are written (decision 815). "April",
// "May", "June" and "August" are given names and surnames too ("Theresa May", "succeeded May as
// leader", "met June on Friday"), so they count as a month only where a date's words stand beside
// them ("in May", "last June", "4 May", "May 2021").

import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { WEEKDAYS } from "./dates.ts";

const DAYS_AND_MONTHS = new Set<string>([...MONTH_NAMES, ...WEEKDAYS]);
const MONTHS_THAT_ARE_NAMES = new Set(["april", "may", "june", "august"]);
/** A date's word or a day's number right before the month: "in May", "since June", "mid-May", "4 May". */
const DATE_BEFORE = /(?:\b(?:in|since|until|till|last|next|this|early|late|mid|during)|\d)[ -]$/i;
/** A day's or a year's number right after it: "May 4", "May 2021". */
const NUMBER_AFTER = /^,? \d/;

/** Is `word`, written at text[at, …), a day or a month here rather than someone's name? */
export function isDayOrMonthAt(text: string, at: number, word: string): boolean {
  const lower = word.toLowerCase();
  if (!DAYS_AND_MONTHS.has(lower)) return false;
  if (!MONTHS_THAT_ARE_NAMES.has(lower)) return true;
  const end = at + word.length;
  return DATE_BEFORE.test(text.slice(Math.max(0, at - 8), at)) || NUMBER_AFTER.test(text.slice(end, end + 3));
}

import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { weekPeriod } from "./weeks-and-seasons.ts";

/** "next week", "last week", "this week", "past week": a week named from the day it is said. */
const WEEK_WORDS = /^(last|this|next|previous|past) week$/i;

/**
 * "The minister said on Friday that the deal would be signed next week", published on the Monday
 * after: the minister's "next week" is the week that Monday opens, not the one after it; "the
 * talks ended last week" is the week before the Friday's (decision 585). The week is counted from
 * the day of the saying, as the speaker's "today" and "tomorrow" are (`fromStatementDay` of
 * build-claim.ts). Only a week said alone; "on Monday last week" is a weekday's date.
 */
export function weekFromSayingDay(d: ResolvedDate, saidOn: ResolvedDate): ResolvedDate {
  // Cheap first: a week's words end in "week" (9 to 13 chars).
  if (!d.relative || saidOn.granularity !== "day" || d.text.length > 13 || !d.text.endsWith("week")) return d;
  const m = WEEK_WORDS.exec(d.text);
  const week = m && weekPeriod(m[1]!, new Date(`${saidOn.value}T00:00:00Z`));
  if (!week) return d;
  const date: ResolvedDate = { ...d, ...week };
  // A week with no days of its own ("last week" said on a Sunday) keeps none of the old week's.
  if (week.firstDay === undefined) {
    delete date.firstDay;
    delete date.lastDay;
  }
  return date;
}

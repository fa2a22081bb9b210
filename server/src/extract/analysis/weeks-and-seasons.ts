/**
 * "last week", "this week", "next week", "the past week" and "last fall", "this summer", "next spring", resolved
 * against the publication date. A week or a season is no day, month or year, the grains a
 * resolved date has: a week is given as the month that holds it (Monday to Sunday), or the year
 * when it straddles two months, with its first and last day; a past week across New Year as the year
 * that holds most of its days (see `period`), "this" or "next" week across it not at all. "the past week" is the seven days that end on the publication
 * day, given the same way. A season is given as its year. Seasons are the northern
 * hemisphere's meteorological ones (spring March–May, summer June–August, fall
 * September–November); winter, which straddles two years, is left unresolved.
 */

import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";

const DAY_MS = 86400000;
const SEASON_FIRST_MONTH: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8 };

const pad = (n: number): string => String(n).padStart(2, "0");

/** -1 for "last"/"previous", 1 for "next", 0 for "this". */
function direction(modifier: string): number {
  const m = modifier.toLowerCase();
  return m === "last" || m === "previous" ? -1 : m === "next" ? 1 : 0;
}

const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

type Week = Pick<ResolvedDate, "value" | "granularity" | "relative" | "firstDay" | "lastDay">;

/**
 * The week `modifier` names, Monday to Sunday, as a date relative to `pub`: its month when it
 * lies in one, else its year, with its first and last day. "last week" on a Sunday has no days
 * (see below), and none when its two candidate weeks lie in two years; "this" or "next" week
 * across New Year is left out.
 */
export function weekPeriod(modifier: string, pub: Date): Week | null {
  if (modifier.toLowerCase() === "past") return daysTo(pub, 7);
  const sinceMonday = (pub.getUTCDay() + 6) % 7;
  // On a Sunday "last week" is as often the week ending that day (a Sunday paper's, or a US
  // Sunday-to-Saturday week) as the one before it: the grain that holds both, with no days.
  if (sinceMonday === 6 && direction(modifier) < 0) {
    const before = weekFrom(new Date(pub.getTime() - 13 * DAY_MS));
    const ending = weekFrom(new Date(pub.getTime() - 6 * DAY_MS));
    if (before.value === ending.value) return { value: before.value, granularity: before.granularity, relative: true };
    return before.value.slice(0, 4) === ending.value.slice(0, 4)
      ? { value: before.value.slice(0, 4), granularity: "year", relative: true }
      : null;
  }
  const week = weekFrom(new Date(pub.getTime() + (direction(modifier) * 7 - sinceMonday) * DAY_MS));
  // "The new tax takes effect next week", published on 24 December: a week across New Year that is
  // still to come ("this week" too, as often ahead) is told by its days alone, which a year of the
  // ISO count would hide behind the wrong year for most readers; left out, as before. A past week
  // keeps the year that holds most of its days.
  if (direction(modifier) >= 0 && week.firstDay!.slice(0, 4) !== week.lastDay!.slice(0, 4)) return null;
  return week;
}

/** The week, Monday to Sunday, that starts on `monday`. */
function weekFrom(monday: Date): Week {
  return period(monday, new Date(monday.getTime() + 6 * DAY_MS));
}

/**
 * "the past week": no calendar week but the seven days that end on the publication day, which a
 * story written that day counts in ("protests over the past week"), as a fact-checker reads its
 * figures up to the day it was published.
 */
function daysTo(pub: Date, days: number): Week {
  return period(new Date(pub.getTime() - (days - 1) * DAY_MS), pub);
}

/**
 * The days `first` to `last` (at most seven) as their month when they lie in one, else their year.
 * Across New Year no grain holds them: the year that holds most of them, the one its middle day
 * (a week's Thursday) falls in, as ISO 8601 numbers weeks (28 December 2026 to 3 January 2027 is
 * week 53 of 2026); the days say the rest.
 */
function period(first: Date, last: Date): Week {
  const year = first.getUTCFullYear();
  const firstDay = isoDay(first);
  const lastDay = isoDay(last);
  if (year !== last.getUTCFullYear()) {
    const middle = new Date((first.getTime() + last.getTime()) / 2);
    return { value: String(middle.getUTCFullYear()), granularity: "year", relative: true, firstDay, lastDay };
  }
  return first.getUTCMonth() === last.getUTCMonth()
    ? { value: `${year}-${pad(first.getUTCMonth() + 1)}`, granularity: "month", relative: true, firstDay, lastDay }
    : { value: String(year), granularity: "year", relative: true, firstDay, lastDay };
}

/**
 * The year (YYYY) of the season `modifier` names: "last summer" written in November is this
 * year's, written in June last year's (this one has not ended); "next spring" written in
 * January is this year's. Null for winter.
 */
export function seasonYear(modifier: string, season: string, pub: Date): string | null {
  const first = SEASON_FIRST_MONTH[season.toLowerCase()];
  if (first === undefined) return null;
  const year = pub.getUTCFullYear();
  const month = pub.getUTCMonth();
  const dir = direction(modifier);
  if (dir < 0) return String(month > first + 2 ? year : year - 1);
  if (dir > 0) return String(month < first ? year : year + 1);
  return String(year);
}

import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";

/** Between a weekday and the date it names: a space, or a comma and a space ("Tuesday, May 12"). */
const WEEKDAY_TO_DATE = /^,?[ \u00a0]+$/;
/** The date after it, a day of a month: "14 May", "May 12", "12th May" (not "Thursday 1,700"). */
const DAY_OF_MONTH = /^(?:\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+\p{Lu}|\p{Lu}\p{Ll}+\.?[ \u00a0]+\d)/u;

/**
 * Drops a weekday written with its date: "on Thursday 14 May", "Tuesday, May 12" give one date,
 * the one the day of the month says (a weekday alone is read against the publication's week,
 * which the date needs no help from). `dates` are in text order.
 */
export function withoutWeekdayOfItsDate(dates: ResolvedDate[], body: string): ResolvedDate[] {
  for (let i = dates.length - 2; i >= 0; i--) {
    const day = dates[i]!;
    const date = dates[i + 1]!;
    if (
      day.granularity === "day" &&
      date.granularity === "day" &&
      date.start - day.end <= 2 &&
      /^(?:on[ \u00a0]+)?\p{Lu}\p{Ll}+day$/iu.test(day.text) &&
      WEEKDAY_TO_DATE.test(body.slice(day.end, date.start)) &&
      DAY_OF_MONTH.test(date.text)
    )
      dates.splice(i, 1);
  }
  return dates;
}

import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";

/**
 * Days of a month listed before it: "will strike again on 4 and 5 July", "on 4-5 July", "on 4, 5
 * and 6 July". The month after the last day is the month of each; the days before it are dates,
 * not counts. Not "to": "open from 9 to 5 May to September" tells hours.
 */
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const JOIN = "(?:,[ \\u00a0]+|[ \\u00a0]*[-–][ \\u00a0]*|,?[ \\u00a0]+(?:and|or)[ \\u00a0]+)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b";
/** A day, then one or more days, then the month: matched at a number. */
const DAYS_THEN_MONTH = new RegExp(`${DAY}(?:${JOIN}${DAY})*${JOIN}(${DAY})[ \\u00a0]+${MONTH}`, "dy");
/** A day and a joiner right before a date (read backwards on a short slice). */
const DAY_BEFORE = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?${JOIN}$`);

/**
 * If the number at `at` heads a list of days that a month ends ("4 and 5 July"), where the last
 * day starts (the quantity reader goes on there, and the date reader reads "5 July"); else -1.
 */
export function daysBeforeMonthEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 48 || c > 57) return -1;
  DAYS_THEN_MONTH.lastIndex = at;
  const m = DAYS_THEN_MONTH.exec(text);
  if (m === null) return -1;
  return m.indices![1]![0];
}

/**
 * Adds a date for each day listed before a day-and-month date: "on 4 and 5 July" is dated 4 July
 * and 5 July. `dates` are in text order and start at or after `from`; the added days take the month and year of the date.
 */
export function withDaysListedBefore(dates: ResolvedDate[], body: string, from: number): ResolvedDate[] {
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = dates[i]!;
    if (date.granularity !== "day" || !/^\d/.test(date.text)) continue;
    let end = date.start;
    const floor = i > 0 ? dates[i - 1]!.end : from;
    for (let n = 0; n < 6 && end > floor; n++) {
      const slice = body.slice(Math.max(floor, end - 16), end);
      const m = DAY_BEFORE.exec(slice);
      if (m === null) break;
      const s = end - slice.length + m.index;
      // "in 2014 and 5 July", "3.4 and 5 July": a day stands alone.
      if (s > 0 && /[\d.,]/.test(body[s - 1]!)) break;
      const day = Number(m[1]);
      if (day < 1 || day > 31) break;
      const e = s + m[1]!.length;
      dates.splice(i, 0, {
        ...date,
        text: body.slice(s, e),
        start: s,
        end: e,
        value: `${date.value.slice(0, 8)}${String(day).padStart(2, "0")}`,
      });
      end = s;
    }
  }
  return dates;
}

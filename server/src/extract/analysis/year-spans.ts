/**
 * A span of two years in a row, written as a season, a fiscal or a school year does: "the 2025-26
 * season", "the 2024/25 budget", "2019–2020". The schema's grains are day, month and year, and a
 * span across New Year fits none of them, so each year is given as a date of its own: "2025" as
 * 2025 and "26" as 2026, as "between 2019 and 2021" gives both its years. Only two years in a
 * row: "the 2020-25 plan" may run from either end and is left as it was, and an ISO date
 * ("2025-06-01") is none. A year another pattern took ("in 2025-26": "in 2025") is kept, and only
 * the second year is added.
 */
import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { FOUR_DIGITS } from "./word-gates.ts";

// No lookbehind: one would make V8 try the regex at every position. The char before is checked by hand.
const YEAR_SPAN = /((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)(?![\d./–-])/g;
/** A capitalised word that numbers a document, right before the span: "Resolution 2024-25", "Case No. 2023-24". */
const NUMBERED_DOCUMENT =
  /\b(?:Resolution|Ordinance|Bill|No\.?|Number|Chapter|Case|Act|Rule|Order|Section|Docket|Law|Item|File|Motion|Regulation|Directive)[ \u00a0]+$/;
/** Up to three capitalised words and a street's word after the span: "2010-11 Main Street". */
const STREET_AFTER =
  /(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]*){1,3}?[ \u00a0]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Highway|Parkway|Square)\b/uy;
/** A letter, a digit, a point, a slash or a dash before the first year: "12019-20", "v2.2019-20", "A2019-20". */
const JOINED_BEFORE = /[\p{L}\d./–-]/u;

/**
 * `dates` (in text order) with the years of each such span in body[start, end) added, in text
 * order. `bits` are the span's word gates: without a run of four digits nothing is read.
 */
export function withYearSpans(
  body: string,
  start: number,
  end: number,
  dates: ResolvedDate[],
  bits: number,
): ResolvedDate[] {
  if (!(bits & FOUR_DIGITS)) return dates;
  const text = body.slice(start, end);
  let added: ResolvedDate[] | null = null;
  YEAR_SPAN.lastIndex = 0;
  for (let m = YEAR_SPAN.exec(text); m !== null; m = YEAR_SPAN.exec(text)) {
    if (m.index > 0 && JOINED_BEFORE.test(text[m.index - 1]!)) continue;
    // "Resolution 2024-25", "No. 2023-24": a document's number; "2010-11 Main Street": an address.
    if (NUMBERED_DOCUMENT.test(body.slice(Math.max(0, start + m.index - 14), start + m.index))) continue;
    STREET_AFTER.lastIndex = start + m.index + m[0].length;
    if (STREET_AFTER.test(body)) continue;
    const first = Number(m[1]);
    // "1999-00" is 1999 and 2000.
    const second = first + 1;
    if (Number(m[2]) !== (m[2]!.length === 2 ? second % 100 : second)) continue;
    const s = start + m.index;
    const secondStart = s + m[0].length - m[2]!.length;
    added ??= [];
    if (!dates.some((d) => d.start < s + 4 && d.end > s)) added.push(yearDate(m[1]!, s, String(first)));
    if (!dates.some((d) => d.start < s + m[0].length && d.end > secondStart))
      added.push(yearDate(m[2]!, secondStart, String(second)));
  }
  if (added === null || added.length === 0) return dates;
  return [...dates, ...added].sort((a, b) => a.start - b.start);
}

function yearDate(text: string, start: number, value: string): ResolvedDate {
  return { text, start, end: start + text.length, value, granularity: "year", relative: false };
}

import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { NUMBER_WORDS } from "./quantities.ts";

/**
 * "The 5th Circuit upheld the fees in 2024, while the 9th Circuit struck down a similar scheme in
 * Arizona a year earlier": "a year earlier" counts from the year the sentence gave before it (2023),
 * not from the publication date. Only a claim with no date of its own is dated so, and only from
 * a year written out ("in 2024") earlier in the same sentence; "Sales rose 4% from a year earlier"
 * names no year and stays undated.
 * Only the adverb that ends a clause ("a year earlier.", "two years later,"): "worked there for 30
 * years before retiring" and "in the 10 years after it opened" are durations, no date. Nor a
 * baseline ("rose 12% from / compared with / than a year earlier": what is compared, not when),
 * nor a year from an aside about something else ("The firm, which was founded in 1998, …").
 */
const YEARS_OFF =
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? (earlier|before|later|after)(?=\s*(?:[,.;:!?)]|$))/i;
/** Words before the phrase that make it a duration ("for 30 years before") or a baseline ("from a year earlier"). */
const DURATION_OR_BASELINE_BEFORE =
  /\b(?:for|the|over|within|spent|served|from|with|than|versus|vs\.?|on|since|against|to)\s*$/i;
/** A year written out after a preposition: "in 2024", "during 2019". */
const WRITTEN_YEAR = /\b(?:in|during|of|by) ((?:19|20)\d\d)\b(?![-–/]\d)/gi;
/** An aside that opens with a relative word ("which was founded in 1998", "who took office in 2022"). */
const RELATIVE_ASIDE = /^\s*(?:which|who|whose|whom|where|that)\b/i;

/**
 * The year "a year earlier" (or "two years later", …) in `span` (the claim's text, body[start, …))
 * names, counted from the last year written out in body[sentenceStart, that phrase); an empty list
 * when there is none. The caller has the span already: no claim slices it twice.
 */
export function yearsFromAnEarlierYear(
  body: string,
  span: string,
  start: number,
  sentenceStart: number,
): ResolvedDate[] {
  // Most claims hold no "year": one native search before the regex.
  if (!span.includes("year")) return [];
  const m = YEARS_OFF.exec(span);
  if (m === null) return [];
  const phraseAt = start + m.index;
  const before = body.slice(sentenceStart, phraseAt);
  if (DURATION_OR_BASELINE_BEFORE.test(before)) return [];
  let anchor: string | null = null;
  WRITTEN_YEAR.lastIndex = 0;
  for (let y = WRITTEN_YEAR.exec(before); y !== null; y = WRITTEN_YEAR.exec(before))
    anchor = inRelativeAside(before, y.index) ? null : y[1]!;
  if (anchor === null) return [];
  const word = m[1]!.toLowerCase();
  const count = word === "a" ? 1 : (NUMBER_WORDS[word] ?? Number(word));
  const sign = m[2]!.toLowerCase() === "earlier" || m[2]!.toLowerCase() === "before" ? -1 : 1;
  return [
    {
      text: m[0],
      start: phraseAt,
      end: phraseAt + m[0].length,
      value: String(Number(anchor) + sign * count),
      granularity: "year",
      relative: true,
    },
  ];
}

/**
 * Is the year at `at` in an aside that opens with a relative word since the last comma ("Revenue at
 * the firm, which was founded in 1998, rose 12%": the founding year dates nothing else)?
 */
function inRelativeAside(before: string, at: number): boolean {
  const comma = before.lastIndexOf(",", at);
  return comma >= 0 && RELATIVE_ASIDE.test(before.slice(comma + 1, at));
}

import { claimantFromPhrase } from "./claimant.ts";
import { WEEKDAYS } from "./dates.ts";
import { isCapitalised, type Token } from "./tokens.ts";

/**
 * "Boston College Monday said", "Acme Corp Tuesday announced": wire copy puts the day between the
 * subject and its verb, and the day was read as the last word of the body's name ("According to
 * Boston College Monday"). The end of the subject `tokens[from, to)` without that day (and an "on"
 * before it), when what is left names a body (decision 770); else `to`. A person's name is left
 * whole: "Joe Friday" is one.
 */
export function endBeforeWireWeekday(body: string, tokens: readonly Token[], from: number, to: number): number {
  if (to - from < 2) return to;
  const last = tokens[to - 1]!;
  // Cheap first: a capitalised word ending in "y", then the seven days.
  if (body.charCodeAt(last.end - 1) !== 121 || !isCapitalised(last)) return to;
  const weekday = body.slice(last.start, last.end).toLowerCase();
  if (!WEEKDAYS.includes(weekday)) return to;
  // "Harvard University on Monday said": the day's "on" goes with it.
  const day = to - 2 > from && body.slice(tokens[to - 2]!.start, tokens[to - 2]!.end) === "on" ? to - 2 : to - 1;
  if (day === from || !namedOrKindAlone(body, tokens, from, day)) return to;
  // "The Independent on Sunday said": a paper's name, not a day (review of decision 770).
  if (
    weekday === "sunday" &&
    day === to - 2 &&
    SUNDAY_PAPERS.has(body.slice(tokens[day - 1]!.start, tokens[day - 1]!.end))
  )
    return to;
  const rest = body.slice(tokens[from]!.start, tokens[day - 1]!.end);
  return claimantFromPhrase(rest).type === "organization" ? day : to;
}

/** Papers named "… on Sunday": "the Mail on Sunday", "the Independent on Sunday", "Scotland on Sunday". */
const SUNDAY_PAPERS = new Set(["Mail", "Independent", "Scotland", "Wales", "Ireland", "Sun"]);

/**
 * Is `tokens[from, to)` a body's name ("Boston College", "The White House") or "the" and its kind
 * ("The company")? Not a document's description ("Figures released by the ministry on Monday
 * showed"), where the day is when the figures came out, and stays in the wording.
 */
function namedOrKindAlone(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  const first = body.slice(tokens[from]!.start, tokens[from]!.end).toLowerCase();
  const start = first === "the" && to - from > 1 ? from + 1 : from;
  if (to - start === 1) return true;
  for (let i = start; i < to; i++) if (!isCapitalised(tokens[i]!)) return false;
  return true;
}

import { WEEKDAYS } from "./dates.ts";
import { REPORTING_VERBS } from "./lexicon.ts";
import { commaBefore, endsInPossessive, lowerWordAt, type Token } from "./tokens.ts";

/**
 * A weekday's deadline that a past progressive works towards: "the club were working hard to
 * strengthen the squad before Monday's 11pm deadline" (reported on a Friday, said of the Monday
 * ahead). The past is the time of the saying (backshifted speech, or a report of efforts still
 * going on), and the aim after "to" lies ahead of it, so the deadline is the coming one (decision
 * 490). A plain past reached the deadline already: "signed him before Monday's deadline",
 * "completed the deal ahead of Monday's deadline", "missed Monday's deadline" stay behind.
 * Only a saying backshifts the progressive (a review of decision 490): told with no one saying it,
 * "The club were racing to complete the deal before Monday's deadline, but the paperwork arrived
 * late" is a story of a Monday gone, as likely written after it as before.
 */
const LEAD_WORDS = new Set(["before", "by"]);
/** How far back from the lead word the aim's "to" is looked for, with no comma between. */
const AIM_REACH = 10;

/**
 * Has the weekday's deadline at token `d`, led by the token `lead` (weekdayDeadlineLead: "before",
 * "by" or "ahead of" before "Monday's deadline"), a progressive aim before it?
 */
export function progressiveAimAtWeekdayDeadline(
  body: string,
  tokens: readonly Token[],
  d: number,
  lead: number,
  first: number,
): boolean {
  const day = tokens[d]!;
  for (let i = lead - 1; i >= first && lead - i <= AIM_REACH && !commaBefore(body, tokens, i + 1); i--) {
    if (lowerWordAt(body, tokens[i]!) === "to")
      return progressiveBefore(body, tokens, i, first) && saidInSentence(body, day.start, day.end);
  }
  return false;
}

/** How far either side of the deadline a verb of saying is looked for in its sentence. */
const SAYING_REACH = 240;

/** Does a verb of saying stand in the sentence around body[start, end): "Mansell said … that", ", sources said"? */
function saidInSentence(body: string, start: number, end: number): boolean {
  const from = Math.max(body.lastIndexOf(". ", start), body.lastIndexOf("\n", start), start - SAYING_REACH);
  // The clause ends at a full stop or a semicolon: "…before Monday's deadline; 300 were told …".
  let stop = end + SAYING_REACH;
  for (const mark of [".", ";"]) {
    const at = body.indexOf(mark, end);
    if (at >= 0 && at < stop) stop = at;
  }
  const sentence = body.slice(from + 1, stop);
  for (const word of sentence.toLowerCase().split(/[^\p{L}]+/u)) if (REPORTING_VERBS.has(word)) return true;
  return false;
}

/**
 * The token of "before", "by" or "ahead" that leads a possessive weekday's deadline at token `d`
 * ("by Monday's deadline", "ahead of Monday's 11pm deadline"); -1 when there is none.
 */
export function weekdayDeadlineLead(body: string, tokens: readonly Token[], d: number, first: number): number {
  const day = tokens[d];
  if (!day || !endsInPossessive(body, day)) return -1;
  if (!WEEKDAYS.includes(body.slice(day.start, day.end - 2).toLowerCase())) return -1;
  // "Monday's deadline", "Monday's 11pm deadline", "Monday's 5 p.m. deadline".
  let deadline = false;
  for (let k = d + 1; k <= d + 4 && k < tokens.length && !deadline; k++)
    deadline = lowerWordAt(body, tokens[k]!) === "deadline";
  if (!deadline) return -1;
  let lead = d - 1;
  if (lead < first) return -1;
  const word = lowerWordAt(body, tokens[lead]!);
  if (word === "of" && lead - 1 >= first && lowerWordAt(body, tokens[lead - 1]!) === "ahead") lead--;
  else if (!LEAD_WORDS.has(word)) return -1;
  return lead;
}

/** "were working to", "was working hard to": a past of "be", an "-ing" form, at most one word, then `to` at token `to`. */
function progressiveBefore(body: string, tokens: readonly Token[], to: number, first: number): boolean {
  for (let j = to - 1; j >= first + 1 && to - j <= 2; j--) {
    if (!lowerWordAt(body, tokens[j]!).endsWith("ing")) continue;
    const be = lowerWordAt(body, tokens[j - 1]!);
    if (be === "was" || be === "were") return true;
  }
  return false;
}

import { endsLikeANewspaper } from "./bodies-named-like-people.ts";
import { WEEKDAY_SET } from "./dates.ts";
import { isCapitalised, lowerWordAt, type Token } from "./tokens.ts";

/** "Last week", "this morning", "earlier this year" open with one of these. */
const LEADING_TIME = new Set(["last", "this", "earlier", "later"]);
/**
 * What "last" or "this" counts: a week, a season, and (decision 820) a part of the day, as in
 * "Last night a spokeswoman said", "This morning the company said".
 */
export const PERIODS = new Set([
  "week",
  "month",
  "year",
  "weekend",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "night",
  "morning",
  "afternoon",
  "evening",
]);
/** A day said in one word: "Tonight a spokeswoman said", "Yesterday the company said". */
const DAY_WORDS = new Set(["today", "tonight", "yesterday"]);
const DETERMINERS = new Set(["a", "an", "the"]);
/** "Today programme presenter …", "Tonight Show host …": a programme named by its day, part of a title. */
const PROGRAMME_WORDS = new Set(["programme", "program", "show"]);
/** "Late last night", "Early this morning", "Late on Tuesday": how far into the time (decision 860). */
export const TIME_EDGES: ReadonlySet<string> = new Set(["late", "early"]);
/**
 * A paper's, programme's or club's word a weekday names and no newspaper's ending tells: "Sunday
 * Mail", "Sunday Express", "Sunday People", "Saturday Kitchen", "Monday Club" (review of decision 910).
 */
const NAMED_BY_A_WEEKDAY = new Set(["mail", "express", "people", "sport", "kitchen", "club", "politics", "brunch"]);

/**
 * How many tokens at `from` are a time written before a speaker with no comma after it, in
 * tokens [from, to) that hold the speaker after it; 0 when none. "Last week the tenants said",
 * "Last night Mr Smith said" (two), "Tonight a spokeswoman said" (one, before a determiner or a
 * name, so "Today programme presenter Nick Robinson" keeps his title). The time was read as the
 * speaker's first words ("According to tonight a spokeswoman"; decision 820).
 */
export function timeBeforeSpeaker(body: string, tokens: readonly Token[], from: number, to: number): number {
  if (to - from < 2) return 0;
  const first = lowerWordAt(body, tokens[from]!);
  // "Late last night a spokeswoman said", "Early on Friday the company said": the edge counts only
  // before a time read here, so "Early Years minister …" and "Late Show host …" keep their titles
  // (decision 860).
  if (TIME_EDGES.has(first)) {
    const time = timeBeforeSpeaker(body, tokens, from + 1, to);
    return time > 0 ? time + 1 : weekdayAfterAnEdge(body, tokens, from + 1, to);
  }
  if (DAY_WORDS.has(first)) return beforeSpeakersFirstWord(body, tokens[from + 1]!) ? 1 : 0;
  // "On Friday the company said", "Late on Tuesday Mr Holcroft said": a weekday after "on", before
  // a determiner or a name as a day word is (decision 860).
  if (first === "on") {
    return to - from > 2 &&
      WEEKDAY_SET.has(lowerWordAt(body, tokens[from + 1]!)) &&
      beforeSpeakersFirstWord(body, tokens[from + 2]!)
      ? 2
      : 0;
  }
  // "Last Night of the Proms organisers said": a capitalised period is a name's.
  const period = tokens[from + 1]!;
  return to - from > 2 && LEADING_TIME.has(first) && !isCapitalised(period) && PERIODS.has(lowerWordAt(body, period))
    ? 2
    : 0;
}

/**
 * Whether a day's word stands before a speaker's first word: a determiner, or a capitalised word
 * that is no programme's ("Tonight Show host …").
 */
function beforeSpeakersFirstWord(body: string, next: Token): boolean {
  const word = lowerWordAt(body, next);
  return DETERMINERS.has(word) || (isCapitalised(next) && !PROGRAMME_WORDS.has(word));
}

/**
 * "Late Tuesday a spokeswoman said", "Early Monday morning the company said": after "late" or
 * "early", a weekday with no "on", and a part of the day in lowercase after it, before a
 * determiner or a name; the tokens of the time with the edge, else 0 (decision 910). A capitalised
 * word after the weekday that is a period ("Late Friday Night Lights star …") is a name's, as
 * "Last Night of the Proms" is, and so is a newspaper's word ("Late Sunday Times columnist …").
 */
function weekdayAfterAnEdge(body: string, tokens: readonly Token[], day: number, to: number): number {
  if (to - day < 2 || !WEEKDAY_SET.has(lowerWordAt(body, tokens[day]!))) return 0;
  let next = day + 1;
  const part = tokens[next]!;
  if (PERIODS.has(lowerWordAt(body, part))) {
    if (isCapitalised(part) || to - next < 2) return 0;
    next++;
  }
  const first = tokens[next]!;
  // "Late Sunday Times columnist Jo Reyes", "Late Saturday Kitchen presenter Matt Tebbutt": a paper
  // or programme named by the weekday is the title's.
  if (next === day + 1 && isCapitalised(first)) {
    if (endsLikeANewspaper([body.slice(first.start, first.end)]) || NAMED_BY_A_WEEKDAY.has(lowerWordAt(body, first)))
      return 0;
  }
  return beforeSpeakersFirstWord(body, first) ? next - day + 1 : 0;
}

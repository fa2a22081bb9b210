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
  if (DAY_WORDS.has(first)) {
    const next = tokens[from + 1]!;
    const word = lowerWordAt(body, next);
    return DETERMINERS.has(word) || (isCapitalised(next) && !PROGRAMME_WORDS.has(word)) ? 1 : 0;
  }
  // "Last Night of the Proms organisers said": a capitalised period is a name's.
  const period = tokens[from + 1]!;
  return to - from > 2 && LEADING_TIME.has(first) && !isCapitalised(period) && PERIODS.has(lowerWordAt(body, period))
    ? 2
    : 0;
}

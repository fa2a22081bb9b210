/**
 * Two clauses of figures joined by "and" with no comma that the clause splitter kept as one claim
 * ([decision 400](../../../../docs/decisions/400-figures-left-after-the-box-scores.md)):
 * - "Smith scored 20 points and Jones scored 15": a name, a verb and a figure, then "and", another
 *   name, the same verb and a figure. "scored" is a past form spelt as its participle, which
 *   `joinedClauseAt` does not trust after a subject ("the goals scored in 2019"); the verb said
 *   again with a figure after each name says it is each clause's own.
 * - "Arsenal beat Chelsea 2-1 and Liverpool drew 0-0 with Everton": two results, each a subject, a
 *   verb of a result and a score. "beat" is no verb to the token flags, so the clause before had
 *   no verb and no join was tried.
 * A compound subject ("Arsenal and Chelsea drew 1-1", "Smith and Jones scored 15 each") has no
 * verb and figure before "and", and is one claim as before; so is a sentence with a comma before
 * the first result or words after the second figure (a date or place they may share).
 */
import { lowerWordAt, type Token } from "./tokens.ts";
import { isFigure, resultClauseAt } from "./figure-clause-list.ts";
import { countsPlural } from "./parallel-counted-noun.ts";
import { addedLends } from "./parallel-figure.ts";
import { ASCII_WORD, CAPITALISED, LOWERCASE_REPORTING_VERB } from "./word-flags.ts";
import { insideQuoteOfSentence } from "./inside-quote.ts";

/**
 * A verb of saying that, right before a figure, counts what was gained ("Microsoft added 3,000
 * jobs and Google added 2,000", decision 415). Other verbs of saying stay out: "Smith said 20 and
 * Jones said 15" is no pair of counts.
 */
const COUNTING_REPORTING_VERB = "added";

/** Names of up to three capitalised words, "the" allowed first: "Jones", "the Lakers", "LeBron James". */
const NAME_WORDS = 3;

/**
 * Index of the verb after a name that opens at token `from` (one to three capitalised words, or
 * "the" and one or two), when a figure follows it; -1 otherwise.
 */
function verbAfterName(body: string, tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  if (tokens[k] !== undefined && !(tokens[k]!.flags & CAPITALISED) && lowerWordAt(body, tokens[k]!) === "the") k++;
  const nameFrom = k;
  while (k < to && k - nameFrom < NAME_WORDS && tokens[k]!.flags & CAPITALISED) k++;
  const verb = tokens[k];
  if (k === nameFrom || k >= to || verb === undefined || (verb.flags & (ASCII_WORD | CAPITALISED)) !== ASCII_WORD)
    return -1;
  if (tokens[k + 1] === undefined || !isFigure(body, tokens[k + 1]!)) return -1;
  if (verb.flags & LOWERCASE_REPORTING_VERB && lowerWordAt(body, verb) !== COUNTING_REPORTING_VERB) return -1;
  return k;
}

/**
 * Does a clause "<name> <verb> <figure>" start after the "and" at token `and`, with the same verb
 * after the name that opens the clause from token `from` ("Smith scored 20 points and Jones scored 15")?
 */
export function repeatedVerbClauseAt(body: string, tokens: readonly Token[], from: number, and: number): boolean {
  const first = tokens[and + 1];
  // Cheap test: a name or "the" after "and".
  if (first === undefined || !(first.flags & CAPITALISED || lowerWordAt(body, first) === "the")) return false;
  const second = verbAfterName(body, tokens, and + 1, tokens.length - 1);
  // The figure ends the sentence: a time or place after it ("and Florida executed 3 in 2024",
  // "and Jones ran 5 on Sunday") may be both clauses', and a split would take it from the first.
  if (second < 0 || tokens[second + 2] !== undefined) return false;
  // "and the S&P gained 40": only a name the split-off claim can borrow the noun with (as
  // `parallelFigure` reads "the Knicks scored 100"); else the claim would be a bare figure of nothing.
  if (!SECOND_NAME.test(body.slice(first.start, tokens[second]!.start))) return false;
  const before = verbAfterName(body, tokens, from, and);
  if (
    before <= from ||
    lowerWordAt(body, tokens[before]!) !== lowerWordAt(body, tokens[second]!) ||
    !lendsToSecondFigure(body, tokens, before + 1, and)
  )
    return false;
  // "added" is split only where `parallelClauseFigure` will lend its noun: after a count of a
  // plural that is no box score's other tally, to a figure above 1 ("Smith added 5 assists and
  // Jones added 12" stays one claim, as before; a split would leave "Jones added 12" of nothing).
  if (lowerWordAt(body, tokens[second]!) !== COUNTING_REPORTING_VERB) return true;
  const figure = tokens[second + 1]!;
  return (
    !insideQuoteOfSentence(body, tokens[from]!.start) &&
    and - before > 2 &&
    addedLends(lowerWordAt(body, tokens[and - 1]!)) &&
    body.slice(figure.start, figure.end) !== "1"
  );
}

/** The second clause's name as `parallelFigure` reads it: "Jones ", "the Knicks ", "LeBron James ". */
const SECOND_NAME = /^(?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2} $/u;
const PLAIN_DIGITS = /^\d[\d,]*$/;
const PLAIN_WORD = /^[a-z]+$/;
const SCALES = new Set(["thousand", "million", "billion", "trillion", "bn", "m", "k"]);

/**
 * Does the first clause's figure (token `figure`, up to "and" at token `and`) leave the second
 * bare figure whole alone: a bare figure too ("the Celtics scored 98 and the Knicks scored 100"),
 * or a count of a plural noun it lends ("20 points", "306 electoral votes")? Not a share, a sum or
 * a scale: "Smith won 52% and Jones won 48", "Reeves raised £40 billion and Hunt raised 20" split
 * would leave "Jones won 48" a claim of nothing, so the sentence stays one claim.
 */
function lendsToSecondFigure(body: string, tokens: readonly Token[], figure: number, and: number): boolean {
  const f = tokens[figure]!;
  if (!PLAIN_DIGITS.test(body.slice(f.start, f.end)) || (and > figure + 1 && and - figure > 3)) return false;
  if (and === figure + 1) return f.end === tokens[and]!.start - 1;
  for (let k = figure + 1; k < and; k++) {
    const word = body.slice(tokens[k]!.start, tokens[k]!.end);
    if (!PLAIN_WORD.test(word) || SCALES.has(word)) return false;
  }
  return countsPlural(lowerWordAt(body, tokens[and - 1]!));
}

/** A day or time the results may share: "on Saturday", "last night", "yesterday", "in May". */
const SHARED_TIME =
  /\b(?:on|last|yesterday|today|tonight|this|in (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;

/**
 * Do two results join at the "and" at token `and`: "<subject> <verb of a result> [object] <score>"
 * from token `from` and again after "and" ("Arsenal beat Chelsea 2-1 and Liverpool drew 0-0")?
 * The score of the first must end before "and", as `resultClauseAt` reads it.
 */
export function twoResultsAt(body: string, tokens: readonly Token[], from: number, and: number): boolean {
  // "On Saturday, Arsenal beat …": capitalised words past a comma are no subject; the day opening
  // the sentence may be both results', and the sentence stays one claim with it.
  if (!resultClauseAt(body, tokens, and + 1) || body.slice(tokens[from]!.start, tokens[and]!.start).includes(","))
    return false;
  // "Arsenal beat Chelsea 2-1 and Liverpool drew 0-0 on Saturday": a day after the second result
  // is both results' day, and a split would leave the first undated.
  const rest = body.slice(tokens[and]!.end, tokens[and]!.end + 120);
  const sentenceEnd = rest.search(/[.!?;]/);
  if (SHARED_TIME.test(sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd))) return false;
  return resultClauseAt(body, tokens, from, tokens[and]!.start);
}

/**
 * Two readers for a sports lead or a results round-up that lists clauses of figures: "Shai
 * Gilgeous-Alexander scored 31 points, Chet Holmgren added 21 points and 12 rebounds, and the
 * Oklahoma City Thunder beat the Denver Nuggets 118-104". The clause splitter knew neither the
 * comma that opens the second clause (no "and") nor "beat" as a verb, so the list of figures
 * "21 points and 12 rebounds" was worded with the first player's verb ("Shai Gilgeous-Alexander
 * scored 12 rebounds"): a figure given to the wrong person.
 */
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import { OBJECT_OPENERS } from "./present-tense.ts";
import { NUMBER_WORDS } from "./quantities.ts";
import {
  ASCII_WORD,
  CAPITALISED,
  LOWERCASE_REPORTING_VERB,
  MAY_START_QUANTITY,
  OBJECT_STARTER,
  TO,
} from "./word-flags.ts";

/** How many words a listed clause's subject may have before its verb: "the Oklahoma City Thunder". */
const SUBJECT_WORDS = 4;
const DETERMINERS = new Set(["the", "its", "their", "his", "her"]);
/** Words that open a fronted subordinate clause or phrase: "When …, the Dow fell", "With 2 minutes left, …". */
const FRONTED_OPENERS = new Set(
  "if when because as since while although though once unless after before until whether with without despite".split(
    " ",
  ),
);
/** Heads of an apposition that ranks a figure: "the maximum", "the highest price", "the sharpest increase". */
const RANKING_HEAD = /^(?:maximum|minimum|most|least|record|top|[a-z]{2,}est)$/;
/** Words between a verb and its figure: "rose to 4%", "fell by 2%". */
const BEFORE_FIGURE = new Set(["to", "by", "at"]);

/**
 * After a comma with no joining word, does a clause of a figure start at token `i`: a subject of
 * at most four words that opens with a name or a determiner and holds no figure or verb, then a
 * finite verb and its figure ("…, Chet Holmgren added 21 points", "…, the euro fell to $1.05")?
 * The caller has seen a verb in the clause before; that clause must hold a figure too, in
 * [from, i). A verb of saying ends no list ("…, police said 5 people died" is attribution), save
 * "added", the verb of a second scorer.
 */
export function figureClauseAfterComma(body: string, tokens: readonly Token[], from: number, i: number): boolean {
  const first = tokens[i]!;
  const determiner = !(first.flags & CAPITALISED);
  if (determiner && !(first.gates & OBJECT_OPENERS && DETERMINERS.has(lowerWordAt(body, first)))) return false;
  // "When the Fed raised rates to 5%, the Dow fell …", "With 2 minutes left, Smith scored …": the
  // clause before the comma is fronted and the sentence's main clause follows; one claim.
  if (tokens[from] && FRONTED_OPENERS.has(lowerWordAt(body, tokens[from]!))) return false;
  // "Dr. Smith, who has treated 300 patients, the Mayo Clinic hired …": a comma inside the clause
  // before may close an aside, and the clause's verb may come after it.
  for (let k = from + 1; k < i; k++) if (commaBefore(body, tokens, k)) return false;
  let v = -1;
  for (let k = i + 1; k < tokens.length && k <= i + SUBJECT_WORDS; k++) {
    const t = tokens[k]!;
    if (commaBefore(body, tokens, k) || t.flags & MAY_START_QUANTITY) return false;
    // "…, the maximum allowed by 2 statutes", "…, the highest price paid by 3 funds": an
    // apposition that ranks the figure before it, no clause.
    if (determiner && RANKING_HEAD.test(lowerWordAt(body, t))) return false;
    if (isFiniteVerb(tokens, k)) {
      v = k;
      break;
    }
  }
  if (v < 0 || isFiniteVerb(tokens, i)) return false;
  const verb = tokens[v]!;
  const verbWord = lowerWordAt(body, verb);
  if (verb.flags & LOWERCASE_REPORTING_VERB && verbWord !== "added") return false;
  // "…, the increase recorded at 3 sites": after a determiner and a lowercase noun an "-ed" form
  // before "to", "by" or "at" is as often a participle of an apposition as a verb; a name after
  // the determiner ("the Oklahoma City Thunder") makes it a subject.
  if (
    determiner &&
    !(tokens[i + 1]!.flags & CAPITALISED) &&
    verbWord.endsWith("ed") &&
    tokens[v + 1] &&
    BEFORE_FIGURE.has(lowerWordAt(body, tokens[v + 1]!))
  )
    return false;
  let f = v + 1;
  if (tokens[f] && BEFORE_FIGURE.has(lowerWordAt(body, tokens[f]!))) f++;
  if (!tokens[f] || !isFigure(body, tokens[f]!) || commaBefore(body, tokens, f)) return false;
  for (let k = from; k < i; k++) if (isFigure(body, tokens[k]!)) return !dateOnlyBefore(body, tokens, from, i);
  return false;
}

/** A day, a month, a year or a relative day: what dates a clause of figures. */
const DATE_WORD =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|yesterday|today|tonight|(?:19|20)\d\d)\b/;

/**
 * Does the clause before the comma (tokens [from, i)) hold a date that the rest of the sentence
 * lacks? "The shares fell 3% on Friday, Apple lost 5% and Microsoft fell 2%": the date is every
 * clause's, and a clause split off would lose it, so the sentence stays one claim as it was.
 */
function dateOnlyBefore(body: string, tokens: readonly Token[], from: number, i: number): boolean {
  if (!DATE_WORD.test(body.slice(tokens[from]!.start, tokens[i]!.start))) return false;
  return !DATE_WORD.test(body.slice(tokens[i]!.start, tokens[tokens.length - 1]!.end));
}

/**
 * Is the token a figure: digits, digits after a currency sign, or a number word ("five")? Not
 * every word that may open a quantity: "a", "over" and "about" open one only before a number.
 */
export function isFigure(body: string, t: Token): boolean {
  if (!(t.flags & MAY_START_QUANTITY)) return false;
  const c = body.charCodeAt(t.start);
  if (c >= 48 && c <= 57) return true;
  return t.end - t.start <= 9 && NUMBER_WORDS[lowerWordAt(body, t)] !== undefined;
}

/**
 * Past forms spelt as the present, which the token flags leave out (they are nouns as often:
 * "a beat", "the cut"). Read only after a subject and before an object.
 */
const BARE_PASTS = new Set(["beat", "cut", "hit", "set", "shut", "hurt", "split"]);

/**
 * Index of a bare past form ("beat", "cut", "hit") in tokens [from, to) that is the clause's verb,
 * or -1: its subject is a name or a determiner and capitalised words ("the Oklahoma City
 * Thunder", "Denver"), or a determiner and one noun ("the storm hit"), and its object opens with
 * a determiner, a name or a figure. "the beat", "a cut", "to hit" are none.
 */
export function barePastVerbIn(body: string, tokens: readonly Token[], from: number, to: number): number {
  const k = verbAfterSubjectIn(body, tokens, from, to, BARE_PASTS);
  if (k < 0) return -1;
  const next = tokens[k + 1]!;
  if (commaBefore(body, tokens, k + 1)) return -1;
  return next.gates & OBJECT_OPENERS || next.flags & (CAPITALISED | MAY_START_QUANTITY) ? k : -1;
}

/** Verbs of a result that a score follows: "the Lakers won 110-100", "Denver beat Utah 99-90". */
const RESULT_VERBS = new Set(["won", "lost", "beat", "edged", "drew", "tied", "routed", "topped", "downed"]);
/** A score right after the verb, or after its object: " 110-100", " the Knicks 99-90", " Utah 3–1". */
const SCORE_AFTER = /^[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+){0,3}\d{1,3}[-–]\d{1,3}(?![\d–-])/u;

/**
 * Does a clause of a game's result start at token `from`: a subject read as for a bare past
 * ("the Lakers", "Los Angeles"), a verb of a result and a score after it ("…, Jones had 15 and the
 * Lakers won 110-100")? A score says the verb is the clause's own, where "won" alone may be a
 * participle ("the seats won in 2019"). The score must end before `end`, when given.
 */
export function resultClauseAt(body: string, tokens: readonly Token[], from: number, end = Infinity): boolean {
  const k = verbAfterSubjectIn(body, tokens, from, Math.min(tokens.length, from + SUBJECT_WORDS + 1), RESULT_VERBS);
  return k >= 0 && k > from && SCORE_AFTER.test(body.slice(tokens[k]!.end, Math.min(end, tokens[k]!.end + 48)));
}

/**
 * Index of a verb of `verbs` in tokens [from, to) after a subject: a name or a determiner and
 * capitalised words, or a determiner and one noun; or -1.
 */
export function verbAfterSubjectIn(
  body: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  verbs: ReadonlySet<string>,
): number {
  const first = tokens[from];
  if (!first) return -1;
  const determiner = !(first.flags & CAPITALISED);
  if (determiner && !(first.gates & OBJECT_OPENERS && DETERMINERS.has(lowerWordAt(body, first)))) return -1;
  for (let k = from + 1; k < to && k + 1 < tokens.length && k - from <= SUBJECT_WORDS; k++) {
    const t = tokens[k]!;
    if (
      (t.flags & (ASCII_WORD | CAPITALISED)) === ASCII_WORD &&
      t.end - t.start <= 6 &&
      verbs.has(lowerWordAt(body, t))
    ) {
      const prev = tokens[k - 1]!;
      if (prev.flags & (OBJECT_STARTER | TO) || (k - from > 2 && !allCapitalised(tokens, from + 1, k))) return -1;
      return k;
    }
    if (t.flags & OBJECT_STARTER || isFiniteVerb(tokens, k)) return -1;
  }
  return -1;
}

function allCapitalised(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(tokens[k]!.flags & CAPITALISED)) return false;
  return true;
}

import { commaOrSemicolonBefore, lowerWordAt, type Token } from "./tokens.ts";
import { AUXILIARIES, CHANGE_PASTS, PASTS_UNLIKE_PARTICIPLES, TIME_SPAN_NOUNS } from "./lexicon.ts";
import { isFigure } from "./figure-clause-list.ts";
import { mediumAfter } from "./said-in-media.ts";
import { WEEKDAY_SET } from "./dates.ts";
import {
  ALWAYS_FINITE,
  COORDINATOR,
  OBJECT_STARTER,
  PARENTHETICAL_PREPOSITION,
  PAST,
  RELATIVE,
  SUBJECT_PRONOUN,
  THAT,
  TO,
  WHERE,
} from "./word-flags.ts";
import { CLAIMED_THING_ENDS, THING_ENDS } from "./would-say-that.ts";

/** Before a figure after a past of a change: "increased by 5%", "fell to 29.6%", "rose from 3%". */
const CHANGE_PREPOSITIONS = new Set(["by", "to", "from"]);

/** How far after "that" the clause's verb is looked for ("that the cost of the scheme has"). */
const CLAUSE_VERB_REACH = 8;

/**
 * Does the conceding present at `verb` ("admits", "concedes", "maintains", "boasts", flagged
 * CONCEDING) report what its source says? Their pasts are reporting verbs ("Tesco admitted that
 * …"), but in the present each as often takes an object: "The hospital admits 40 patients a day",
 * "The council maintains 400 miles of roads", "Tesco boasts 40 stores", "Tesco concedes that point".
 * So one reports only (decision 930):
 *
 * - as the last word of the sentence, after its source: "Prices will rise by 5% next year, the
 *   company admits" (the tag's comma is read by `reportedContent`, as for "…, Tesco claims");
 * - before "that" and a clause whose verb shows its tense before any comma, "who", "which",
 *   "where" or a word that ends a thing's noun ("as", "when", "after": `CLAIMED_THING_ENDS`, read
 *   for "would claim that" by decision 890's review): "Tesco concedes that prices will rise", not
 *   "The council maintains that road, which was built in 1960", "The prison maintains that wing
 *   for 40 inmates who were moved" or "The hospital admits that many patients when beds are free";
 *   nor a clause after a second "that", "whose", "because", "if", "although" and the like, or a
 *   past form after "of", which describes a noun ("that fleet of 40 aircraft built in 2010"), not
 *   a clause's verb (the review of decision 930);
 * - before a subject pronoun and its verb: "Smith admits he was wrong", "Tesco maintains it has
 *   done nothing wrong", not "The hospital admits them";
 * - before where it was said, "in" and a medium: "…, Tesco admits in a statement" (decision 970);
 * - before a clause with no "that" whose verb is an auxiliary or a modal: "Tesco admits prices
 *   will rise" (`clauseWithoutThat`, decision 970), or a past unlike its participle: "Tesco
 *   admits prices rose" (decision 1010);
 * - each of these after "on" and a weekday: "Tesco admits on Monday that …" (`afterADay`,
 *   decision 1010), or after "today", "tonight" or "this week" and the like (decision 1055).
 *
 * Written in lowercase only: "Boasts" opening a line is a heading's. Asked only of a CONCEDING token.
 */
export function concedingReports(body: string, tokens: readonly Token[], verb: number): boolean {
  const first = body.charCodeAt(tokens[verb]!.start);
  if (first < 97 || first > 122) return false;
  const i = afterADay(body, tokens, verb);
  const next = tokens[i + 1];
  if (next === undefined) return true;
  if (next.flags & SUBJECT_PRONOUN) return ((tokens[i + 2]?.flags ?? 0) & (ALWAYS_FINITE | PAST)) !== 0;
  if (!(next.flags & THAT)) return mediumAfter(body, tokens, i) > 0 || clauseWithoutThat(body, tokens, i + 1);
  let of = false;
  for (let k = i + 2; k < tokens.length && k - i <= CLAUSE_VERB_REACH; k++) {
    const t = tokens[k]!;
    if (commaOrSemicolonBefore(body, tokens, k) || t.flags & (RELATIVE | WHERE | THAT)) return false;
    // "that fleet of 40 aircraft built in 2010": a past form after "of" describes the noun.
    if (t.flags & PAST) return !of;
    if (t.flags & ALWAYS_FINITE) return true;
    const w = lowerWordAt(body, t);
    if (CLAIMED_THING_ENDS.has(w) || THING_ENDS.has(w)) return false;
    if (w === "of") of = true;
  }
  return false;
}

/**
 * "Tesco admits on Monday that …", "…, Tesco admits on Monday": the day it was said stands between
 * the present and what it reports, as in "Tesco said on Monday that …", and is read past (decision
 * 1010); so are "today", "tonight" and "this" before a week, a month, a year or a part of the day
 * ("Tesco admits this week that …", `TIME_SPAN_NOUNS`, decision 1055), unless a verb follows the time,
 * its subject then ("admits tonight was a mistake", `timeIsNoSubject`, decision 1055's review).
 * Returns the index of the time's last word, or `verb` when none follows, or when a figure goes on
 * with the date. One or two string compares and set look-ups, one char code.
 */
function afterADay(body: string, tokens: readonly Token[], verb: number): number {
  const first = tokens[verb + 1];
  if (first === undefined) return verb;
  const word = lowerWordAt(body, first);
  if (word === "today" || word === "tonight") return timeIsNoSubject(tokens, verb + 1) ? verb + 1 : verb;
  const day = tokens[verb + 2];
  if (day === undefined) return verb;
  // "admits this week that …"; not "this week's figures", whose token keeps its "'s".
  if (word === "this")
    return TIME_SPAN_NOUNS.has(lowerWordAt(body, day)) && timeIsNoSubject(tokens, verb + 2) ? verb + 2 : verb;
  if (word !== "on" || !WEEKDAY_SET.has(lowerWordAt(body, day))) return verb;
  // "admits on Monday 14 May that …": the date goes on past the weekday, and the walk from its
  // day would read "14 May that …" as what is admitted (decision 1010's review); left as before.
  const after = tokens[verb + 3];
  const code = after === undefined ? 0 : body.charCodeAt(after.start);
  return code >= 48 && code <= 57 ? verb : verb + 2;
}

/**
 * Is the time ending at `last` no subject of the clause? "The minister admits tonight was a
 * mistake", "admits this week was difficult": a verb right after it makes the time what is
 * admitted, read from the present as before (decision 1055's review). One flag test.
 */
function timeIsNoSubject(tokens: readonly Token[], last: number): boolean {
  return !((tokens[last + 1]?.flags ?? 0) & ALWAYS_FINITE);
}

/**
 * "Tesco admits prices will rise", "The firm concedes the cost of the scheme has doubled": from
 * `from`, a subject of a few words and then an auxiliary or a modal, its verb (decision 970). The
 * same present takes an object as often, and the object may go on with a clause that describes it,
 * so the walk ends with no clause at:
 *
 * - a comma, "who", "which", "where", "that", a subject pronoun or a joining word: "admits
 *   patients who were injured", "admits 40 patients a day and has 30 beds";
 * - a past form before the auxiliary, which describes the noun: "admits patients injured in the
 *   crash", "maintains roads built in 1960";
 * - a preposition, or a determiner or object pronoun after the first word but not after "of":
 *   "admits patients from Leeds", "maintains roads the government has neglected", "admits more
 *   patients than it can treat", where "the cost of the scheme" goes on;
 * - a word that ends a thing's noun (`CLAIMED_THING_ENDS`, `THING_ENDS`): "admits them when …".
 *
 * A past unlike its participle is its verb too ("Tesco admits prices rose", "concedes sales fell
 * 4%": `PASTS_UNLIKE_PARTICIPLES`, decision 1010); other pasts are not read, since "admits
 * patients hurt in the crash" looks the same. Flag tests and set look-ups over at most
 * `CLAUSE_VERB_REACH` words.
 */
function clauseWithoutThat(body: string, tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < CLAUSE_VERB_REACH; k++) {
    const t = tokens[k]!;
    if (t.flags & (RELATIVE | WHERE | THAT | SUBJECT_PRONOUN | COORDINATOR)) return false;
    if (k > from && commaOrSemicolonBefore(body, tokens, k)) return false;
    const w = lowerWordAt(body, t);
    if (t.flags & ALWAYS_FINITE && AUXILIARIES.has(w)) return k > from;
    // "Tesco admits prices rose": a past unlike its participle is the clause's verb; not after a
    // determiner, where it is a noun ("The shop boasts a saw").
    if (t.flags & ALWAYS_FINITE && PASTS_UNLIKE_PARTICIPLES.has(w))
      return k > from && !(tokens[k - 1]!.flags & OBJECT_STARTER);
    if (w === "of") {
      if (k === from) return false;
      continue;
    }
    // "Tesco concedes sales slumped 4%": a past of a change before its figure (decision 1055).
    if (t.flags & PAST && CHANGE_PASTS.has(w))
      return k > from && !(tokens[k - 1]!.flags & OBJECT_STARTER) && changeEndsOrFigureAfter(body, tokens, k);
    if (t.flags & (PAST | PARENTHETICAL_PREPOSITION | TO)) return false;
    if (k > from && t.flags & OBJECT_STARTER && lowerWordAt(body, tokens[k - 1]!) !== "of") return false;
    if (CLAIMED_THING_ENDS.has(w) || THING_ENDS.has(w)) return false;
  }
  return false;
}

/**
 * After a past of a change at `k`: the sentence's end ("Tesco admits profits dropped"), a figure
 * ("slumped 4%") or "by", "to" or "from" and a figure ("increased by £40m"). Not a particle or a
 * preposition and a noun: "admits patients dropped off by ambulances", "admits prices increased by
 * its rivals" describe an object. A flag test and at most two look-ups.
 */
function changeEndsOrFigureAfter(body: string, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined) return true;
  if (isFigure(body, next)) return true;
  const figure = tokens[k + 2];
  return figure !== undefined && CHANGE_PREPOSITIONS.has(lowerWordAt(body, next)) && isFigure(body, figure);
}

/**
 * "The Green Party surged into second place and turnout fell to 29.6%": a clause joined by "and"
 * with no comma, with a subject and a verb of its own, is a second claim, as ", and turnout fell"
 * already is. Without the comma the words after "and" are as often the second half of an object
 * ("Police questioned the man and his wife") or of a clause a verb of saying or knowing takes
 * without "that" ("The data showed prices and wages rose"), so the rule reads a narrow shape:
 * - the clause before "and" is a main clause: no subordinating word, relative, "that", "what",
 *   comma, "between", "both" or existential "there" in it, and no verb of saying, showing or
 *   knowing ("There've been 122 community and small banks …" lists);
 * - no name right before "and" ("the net result is Japan and the United States are working …");
 * - after "and", a subject of one to four words that opens with no pronoun, adverb, preposition
 *   or word of a subordinate clause ("and when we took action") and holds no "than", "as" or
 *   "like" ("more graduates in technology and science than we are");
 * - then a verb that is finite whatever stands before it: an auxiliary ("was", "has", "will"), a
 *   past form unlike its participle ("fell", "rose"; not "won", "built": "the seats won in 2019",
 *   "roads built in the 1950s" are an object and its participle), or a verb of change ("dropped",
 *   "surged") not followed by "by" and a name ("fees increased by the council").
 * A review of the rule took more back, each a shape where the split made a false claim or lost a
 * condition (the sentence is then one claim, as before the rule):
 * - a compound subject: a past form right after a noun, with no auxiliary before it and a
 *   preposition or adverb after it, is a reduced relative and no verb of the first clause ("The
 *   woman injured in the attack and her son were flown …", "The money paid to consultants and
 *   agency staff has doubled"); nor a split when "were", "are" or "have" follows a singular noun
 *   after "and" ("… and a bus shelter were damaged"), or when nothing follows the first verb;
 * - a condition, time or place that may cover both halves: a modal "would", "could", "might",
 *   "may" or "should"; an if/unless/provided clause or an under/after/in/on/during/by/until phrase
 *   after the second verb ("… and 500 jobs will go unless a buyer is found"); a time or place that
 *   opens the first half without a comma ("Last year the company cut 500 jobs and …");
 * - a reporting tag that closes the sentence (", the court heard"), which covers both halves.
 */
import { CHANGE_PASTS, CLAUSE_TAKING_VERBS, PASTS_UNLIKE_PARTICIPLES } from "./lexicon.ts";
import { commaOrSemicolonBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import {
  AND,
  CONTRACTED_MODAL,
  COORDINATOR,
  ALWAYS_FINITE,
  LOWERCASE_REPORTING_VERB,
  PAST,
  RELATIVE,
  SUBJECT_PRONOUN,
  THAT,
  TO,
} from "./word-flags.ts";

/** Words that make the clause before "and" subordinate, or "and" a join of two nouns. */
export const NOT_MAIN_CLAUSE = new Set(
  "as because since when whenever while after before until till unless if although though once whether so than where what who whom whose how why between both either neither".split(
    " ",
  ),
);
/**
 * Words that open no subject of a clause of its own after "and": adverbs, prepositions, words that
 * open a subordinate clause and pronouns ("and then", "and in 2020", "and when we took action",
 * "and these are different times").
 */
const NOT_SUBJECT_START = new Set(
  "then so also now later still yet thus finally again not never even just only soon instead eventually meanwhile in on at by for with from to of after before during since under over into when where how what why who whom whose whether which there here these those this such".split(
    " ",
  ),
);
/** Words inside a subject that make it no noun phrase of its own: "and science than we are". */
const NOT_IN_SUBJECT = new Set(["than", "as", "like"]);
/** Finite forms that are no participle: what a subject and its verb need after "and". */
const FINITE_AFTER_SUBJECT = new Set([
  ..."was were is are has have had will would can could may might must did does swung".split(" "),
  ...PASTS_UNLIKE_PARTICIPLES,
]);
const MAX_SUBJECT_WORDS = 4;
/** Modals of a condition left unsaid, which may cover both halves: "would cut … and would close". */
const CONDITIONAL_MODALS = new Set("would could might may should".split(" "));
/** Words after the second verb that open a condition, time or place both halves may share. */
const SHARED_AFTER = new Set(
  "if unless provided providing under after in on during by until since before within".split(" "),
);
/** Words that open the first half with a time or place both halves may share: "Last year the …". */
const SHARED_OPENING = new Set(
  "in on at during last this next after before since by under over earlier yesterday today".split(" "),
);
/** After a past form, words that make it a participle of the noun before it: "stranded at", "parked nearby". */
const AFTER_PARTICIPLE = new Set(
  "in at to from with by on near nearby into for after during outside inside".split(" "),
);
/** Plural verbs that a singular noun right before them shows to be the end of a compound subject. */
const PLURAL_VERBS = new Set(["were", "are", "have"]);
/** Auxiliaries: a past form after one is the clause's verb, no participle of a noun. */
const AUXILIARIES = new Set(
  "is are was were be been being has have had will would can could may might must shall should did does do".split(" "),
);
/** Plural nouns without "s". */
const PLURAL_NOUNS = new Set("people police children men women cattle".split(" "));
/** ", the court heard", ", the inquest was told", ", police said": a reporting tag closes the sentence. */
const REPORTING_TAG =
  /,[ \u00a0]+(?:[\p{L}’'-]+[ \u00a0]+){0,4}?(?:heard|found|ruled|(?:was|were)[ \u00a0]+told|said|says|claimed|alleged|added|reported|concluded|stated|told)\b/u;
/** Flags of words no subject of its own holds: pronouns ("he'll"), joining words, "to". */
const NO_SUBJECT_FLAGS = SUBJECT_PRONOUN | CONTRACTED_MODAL | AND | COORDINATOR | RELATIVE | THAT | TO;

/**
 * Does a clause with its own subject and verb start after the "and" at token `and`, with no comma
 * before it, and the clause from token `from` a main clause? (See the file's note.)
 */
export function joinedClauseAt(body: string, tokens: readonly Token[], from: number, and: number): boolean {
  const first = tokens[and + 1];
  const before = tokens[and - 1];
  // "Japan and the United States are working …": two names, one subject.
  if (first === undefined || before === undefined || isCapitalised(before) || first.flags & NO_SUBJECT_FLAGS)
    return false;
  const firstWord = lowerWordAt(body, first);
  if (
    NOT_SUBJECT_START.has(firstWord) ||
    NOT_IN_SUBJECT.has(firstWord) ||
    firstWord.endsWith("ly") ||
    isFiniteVerb(tokens, and + 1) ||
    commaOrSemicolonBefore(body, tokens, and + 1)
  )
    return false;
  let verb = -1;
  for (let k = and + 2; k < tokens.length && k <= and + 1 + MAX_SUBJECT_WORDS; k++) {
    if (commaOrSemicolonBefore(body, tokens, k)) return false;
    if (isFiniteVerb(tokens, k)) {
      verb = k;
      break;
    }
    if (tokens[k]!.flags & NO_SUBJECT_FLAGS || NOT_IN_SUBJECT.has(lowerWordAt(body, tokens[k]!))) return false;
  }
  if (verb < 0 || !finiteAfterSubject(body, tokens, verb)) return false;
  if (!mainClause(body, tokens, from, and)) return false;
  return !compoundSubject(body, tokens, from, and, verb) && !sharedByBoth(body, tokens, from, and, verb);
}

/**
 * Is the first half the first part of a compound subject ("The woman injured in the attack and her
 * son were flown …"), or a clause with nothing after its verb ("Prices will rise and …")?
 */
function compoundSubject(body: string, tokens: readonly Token[], from: number, and: number, verb: number): boolean {
  const second = lowerWordAt(body, tokens[verb]!);
  const noun = lowerWordAt(body, tokens[verb - 1]!);
  if (PLURAL_VERBS.has(second) && !noun.endsWith("s") && !PLURAL_NOUNS.has(noun)) return true;
  let auxiliary = false;
  for (let k = from; k < and; k++) {
    const t = tokens[k]!;
    const word = lowerWordAt(body, t);
    if (AUXILIARIES.has(word)) auxiliary = true;
    if (!(t.flags & (PAST | ALWAYS_FINITE))) continue;
    // "Prices will rise and …": no object or complement after the first verb.
    if (k === and - 1) return true;
    if (
      !auxiliary &&
      k > from &&
      !FINITE_AFTER_SUBJECT.has(word) &&
      !CHANGE_PASTS.has(word) &&
      AFTER_PARTICIPLE.has(lowerWordAt(body, tokens[k + 1]!))
    )
      return true;
  }
  return false;
}

/** Does a condition, time, place, modal or reporting tag cover both halves? */
function sharedByBoth(body: string, tokens: readonly Token[], from: number, and: number, verb: number): boolean {
  if (SHARED_OPENING.has(lowerWordAt(body, tokens[from]!))) return true;
  for (let k = from; k < tokens.length; k++) {
    if (k > verb && commaOrSemicolonBefore(body, tokens, k)) break;
    const word = lowerWordAt(body, tokens[k]!);
    if (CONDITIONAL_MODALS.has(word)) return true;
    if (k <= verb || !SHARED_AFTER.has(word)) continue;
    // "increased by 5%": a change, no phrase both halves share.
    const next = tokens[k + 1];
    if (word === "by" && next !== undefined && /^[\d$€£]/.test(body[next.start]!)) continue;
    return true;
  }
  return REPORTING_TAG.test(body.slice(tokens[and]!.end, tokens[tokens.length - 1]!.end + 1));
}

/** Is the verb at `v` finite whatever stands before it (see FINITE_AFTER_SUBJECT, CHANGE_PASTS)? */
function finiteAfterSubject(body: string, tokens: readonly Token[], v: number): boolean {
  const word = lowerWordAt(body, tokens[v]!);
  if (FINITE_AFTER_SUBJECT.has(word)) return true;
  if (!CHANGE_PASTS.has(word)) return false;
  // "fees increased by the council": a participle and its agent; "increased by 5%" is a change.
  const by = tokens[v + 1];
  const agent = tokens[v + 2];
  return !(
    by !== undefined &&
    agent !== undefined &&
    lowerWordAt(body, by) === "by" &&
    !/^[\d$€£]/.test(body[agent.start]!)
  );
}

/** Is tokens [from, to) a main clause with no verb that takes a clause without "that"? */
function mainClause(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.flags & (RELATIVE | THAT | LOWERCASE_REPORTING_VERB) || (k > from && commaOrSemicolonBefore(body, tokens, k)))
      return false;
    const word = lowerWordAt(body, t);
    if (NOT_MAIN_CLAUSE.has(word) || CLAUSE_TAKING_VERBS.has(word) || existentialThere(body, tokens, k, word))
      return false;
  }
  return true;
}

const THERE_CONTRACTED = /^there['’](?:s|ve|re|d|ll)$/;
const BE_OR_HAVE = new Set("is are was were has have had will would".split(" "));

/**
 * "There've been 122 community and small banks …", "There were strikes and protests were …": after
 * an existential "there" the words about "and" are a list of what there is, as often as two clauses.
 */
function existentialThere(body: string, tokens: readonly Token[], k: number, word: string): boolean {
  if (word.charCodeAt(0) !== 116 || !word.startsWith("there")) return false;
  if (THERE_CONTRACTED.test(word)) return true;
  const next = tokens[k + 1];
  return word === "there" && next !== undefined && BE_OR_HAVE.has(lowerWordAt(body, next));
}

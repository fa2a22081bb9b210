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
 */
import { commaOrSemicolonBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import {
  AND,
  CONTRACTED_MODAL,
  COORDINATOR,
  LOWERCASE_REPORTING_VERB,
  RELATIVE,
  SUBJECT_PRONOUN,
  THAT,
  TO,
} from "./word-flags.ts";

/** Words that make the clause before "and" subordinate, or "and" a join of two nouns. */
const NOT_MAIN_CLAUSE = new Set(
  "as because since when whenever while after before until till unless if although though once whether so than where what who whom whose how why between both either neither".split(
    " ",
  ),
);
/** Verbs that take a clause without "that": "showed prices and wages rose" is one clause. */
const CLAUSE_TAKING_VERBS = new Set(
  "show shows showed shown find finds found think thinks thought believe believes believed know knows knew expect expects expected suggest suggests suggested mean means meant estimate estimates estimated fear fears feared hope hopes hoped hear hears heard learn learned learnt notice noticed realise realised realize realized assume assumed predict predicted predicts warn warns warned argue argues argued admit admits admitted feel feels felt see sees saw ensure ensured understand understood indicate indicates indicated reveal revealed reveals".split(
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
const FINITE_AFTER_SUBJECT = new Set(
  "was were is are has have had will would can could may might must did does rose fell grew took came went gave began ran drew drove flew threw wrote spoke broke chose shrank sank swung saw became".split(
    " ",
  ),
);
/** Verbs of change a figure's clause opens with ("turnout dropped to 29.6%"). */
const CHANGE_VERBS = new Set(
  "dropped surged climbed jumped declined slumped soared plunged tumbled slipped dipped edged rallied stalled collapsed peaked rebounded recovered increased decreased doubled tripled halved narrowed widened eased".split(
    " ",
  ),
);
const MAX_SUBJECT_WORDS = 4;
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
  return mainClause(body, tokens, from, and);
}

/** Is the verb at `v` finite whatever stands before it (see FINITE_AFTER_SUBJECT, CHANGE_VERBS)? */
function finiteAfterSubject(body: string, tokens: readonly Token[], v: number): boolean {
  const word = lowerWordAt(body, tokens[v]!);
  if (FINITE_AFTER_SUBJECT.has(word)) return true;
  if (!CHANGE_VERBS.has(word)) return false;
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

import { lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import { AND, COORDINATOR, LOWERCASE_REPORTING_VERB } from "./word-flags.ts";

/**
 * Adverbs that may stand between a joining word and a verb that goes on with the clause's
 * subject: "…, with Luguentz Dort hitting back-to-back 3s, and never trailed again", "…, and then
 * won by 14". A word not on the list may be a subject ("and supply fell", "and Italy won"), so
 * "-ly" words are not read by their ending.
 */
const ADVERBS = new Set(
  "never then later also soon eventually finally subsequently quickly immediately again still promptly briefly narrowly".split(
    " ",
  ),
);

/** Is token `t` one of those adverbs, in lowercase? */
export function adverbBeforeJoinedVerb(body: string, t: Token): boolean {
  const length = t.end - t.start;
  return length >= 4 && length <= 12 && ADVERBS.has(lowerWordAt(body, t)) && body.charCodeAt(t.start) >= 97;
}

/**
 * Words that open a clause whose subject is no main clause's: "And if we can get this law changed,
 * …". Read here and by change-by-a-figure.ts ("As prices rise, analysts said, by …"; decision 1005).
 */
export const OPENERS_OF_NO_SUBJECT = new Set(
  "if when because as since while although though once unless after before until whether".split(" "),
);

/**
 * Does the clause at token `at` open with its subject, not with a joining word or a subordinator?
 * Only then is the subject it lends to a joined verb phrase worth reading: "And if we …, and then
 * put them in a family" has none to lend.
 */
export function opensWithSubject(body: string, tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && !(t.flags & (AND | COORDINATOR)) && !OPENERS_OF_NO_SUBJECT.has(lowerWordAt(body, t));
}

/** Verbs of thinking that take a clause without "that": "Officials believe the gunman acted alone". */
const COGNITION_VERBS = new Set(
  "believe believes believed think thinks thought expect expects expected fear fears feared hope hopes hoped suspect suspects suspected assume assumed know knows knew estimate estimates estimated".split(
    " ",
  ),
);
/** Words that, right after the adverb, open an inverted clause: "and then came the floods", "and never has a team …". */
const INVERTING_VERBS = new Set("has have had did do does is are was were am".split(" "));
const MOTION_VERBS = new Set("came come comes went go goes".split(" "));
const DETERMINERS = new Set("the a an its their his her this that these those another".split(" "));

/**
 * May the verb after ", and later" (at `verb`) take the subject of the clause before the comma
 * (tokens [0, comma))? Only when that clause is the span's first, is no speaker's content, and
 * has one finite verb with no verb of saying or thinking and no subordinator: in "Police said the
 * suspect fled on foot, and later arrested 2 men", "Prices rose 5% after the Fed raised rates, and
 * then fell 2%" or "Officials believe the gunman acted alone, and later found …" the subject
 * nearest the comma is not the one that acts. Nor when the verb opens an inverted clause ("and
 * then came the floods", "and never has a team …"): its subject follows it.
 */
export function lendsOpeningSubject(
  body: string,
  tokens: readonly Token[],
  clauseFrom: number,
  comma: number,
  verb: number,
  reported: boolean,
): boolean {
  if (reported || clauseFrom !== 0) return false;
  const v = tokens[verb]!;
  const word = lowerWordAt(body, v);
  if (INVERTING_VERBS.has(word)) return false;
  const next = tokens[verb + 1];
  if (MOTION_VERBS.has(word) && next && DETERMINERS.has(lowerWordAt(body, next))) return false;
  let verbs = 0;
  for (let k = 0; k < comma; k++) {
    const t = tokens[k]!;
    if (t.flags & LOWERCASE_REPORTING_VERB && k > 0) return false;
    const w = lowerWordAt(body, t);
    if (OPENERS_OF_NO_SUBJECT.has(w) || COGNITION_VERBS.has(w)) return false;
    if (isFiniteVerb(tokens, k) && ++verbs > 1) return false;
  }
  return true;
}

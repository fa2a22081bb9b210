import { lowerWordAt, type Token } from "./tokens.ts";
import { AND, COORDINATOR } from "./word-flags.ts";

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

/** Words that open a clause whose subject is no main clause's: "And if we can get this law changed, …". */
const OPENERS_OF_NO_SUBJECT = new Set(
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

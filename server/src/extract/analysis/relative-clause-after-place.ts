import { NOT_MAIN_CLAUSE } from "./joined-clause.ts";
import { AUXILIARIES, CLAUSE_TAKING_VERBS, REPORTING_VERBS } from "./lexicon.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import { CAPITALISED, COORDINATOR, RELATIVE, SUBJECT_PRONOUN, THAT, TO, WHERE } from "./word-flags.ts";

/** How far after a clause's opener its own verb is looked for: "he visited", "the Germans bought". */
const SUBJECT_SPAN = 3;

/**
 * "Smith told workers at the plant he visited the factory would close" (decision 725): the clause
 * after a listener's lowercase place is a relative one with no "that" ("the plant he visited") when
 * its own verb is a content verb and a second finite verb follows it ("would close") with no comma,
 * "and", "that" or subordinating word between ("he lost £200 when the bus broke down"). Then the place has no clear end, and the listener stays in the wording
 * as before decision 700, rather than a claim that opens inside the relative clause ("Smith said he
 * visited the factory would close"). An auxiliary first ("he had lost £200") or a verb of saying
 * or thinking ("he feared the factory would close", "he believed …") opens a clause of its own. `opener` is the
 * clause's first token. Present forms ("the plant it employs …") are no finite verb to
 * `isFiniteVerb`, and are read as before.
 */
export function opensARelativeClause(body: string, tokens: readonly Token[], opener: number): boolean {
  let verb = -1;
  for (let i = opener + 1; i <= opener + SUBJECT_SPAN && i < tokens.length; i++)
    if (isFiniteVerb(tokens, i)) {
      verb = i;
      break;
    }
  if (verb < 0) return false;
  const word = lowerWordAt(body, tokens[verb]!);
  if (AUXILIARIES.has(word) || REPORTING_VERBS.has(word) || CLAUSE_TAKING_VERBS.has(word) || PROMISING.has(word))
    return false;
  for (let i = verb + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.flags & (COORDINATOR | THAT | RELATIVE | WHERE) || commaBefore(body, tokens, i)) return false;
    // "the council spent money it did not have", "the firm won the contract the rivals wanted": a
    // second subject after the first verb's object opens a relative clause inside what was said,
    // and the clause after the place is a main one (second review of decision 725). Only the
    // word right after the verb may open the next verb's subject ("he visited the factory would close").
    if (
      i > verb + 1 &&
      (t.flags & (SUBJECT_PRONOUN | TO) || (t.end - t.start <= 5 && DETERMINERS.has(lowerWordAt(body, t))))
    )
      return false;
    // "when the bus broke down", "because the bus was late": a clause of its own, not the second verb.
    if (!(t.flags & CAPITALISED) && t.end - t.start <= 8 && NOT_MAIN_CLAUSE.has(lowerWordAt(body, t))) return false;
    if (isFiniteVerb(tokens, i)) return true;
  }
  return false;
}

/** Words that open a noun phrase: a second one after the first verb's object is a second subject. */
const DETERMINERS = new Set("the a an its his her their this these those".split(" "));
/** Verbs that take a clause without "that" and are not on joined-clause's list: "the company promised the jobs would stay". */
const PROMISING = new Set("promised pledged vowed guaranteed agreed".split(" "));

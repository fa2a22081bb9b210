import { AUXILIARIES, REPORTING_VERBS } from "./lexicon.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import { COORDINATOR, THAT } from "./word-flags.ts";

/** How far after a clause's opener its own verb is looked for: "he visited", "the Germans bought". */
const SUBJECT_SPAN = 3;

/**
 * "Smith told workers at the plant he visited the factory would close" (decision 725): the clause
 * after a listener's lowercase place is a relative one with no "that" ("the plant he visited") when
 * its own verb is a content verb and a second finite verb follows it ("would close") with no comma,
 * "and" or "that" between. Then the place has no clear end, and the listener stays in the wording
 * as before decision 700, rather than a claim that opens inside the relative clause ("Smith said he
 * visited the factory would close"). An auxiliary first ("he had lost £200") or a verb of saying
 * or thinking ("he feared the factory would close") opens a clause of its own. `opener` is the
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
  if (AUXILIARIES.has(word) || REPORTING_VERBS.has(word)) return false;
  for (let i = verb + 1; i < tokens.length; i++) {
    if (tokens[i]!.flags & (COORDINATOR | THAT) || commaBefore(body, tokens, i)) return false;
    if (isFiniteVerb(tokens, i)) return true;
  }
  return false;
}

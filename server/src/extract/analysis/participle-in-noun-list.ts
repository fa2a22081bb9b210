import { AND } from "./word-flags.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";

/** Prepositions that open a list of things: "costs of grain, …", "higher costs for grain, …". */
const LIST_OPENERS = new Set(["of", "for"]);

/**
 * "rising costs of grain, cooking oil and packaging": an "-ing" word after the comma that follows
 * a lowercase noun right after "of" or "for" is the adjective of the list's next item ("cooking
 * oil"), not a participle opening a phrase. The item it opens is one word, and "and" with one last
 * item closes the list, at the clause's end or a comma. "the coast of Florida, killing people and
 * livestock" (a name), "…, killing people and destroying homes" (runs on after "and") and "out of
 * work, rising unemployment, an economic crisis …" (no "and" closes it) still split.
 * `at`: the "-ing" token, which a comma precedes.
 */
export function participleInNounList(body: string, tokens: readonly Token[], at: number): boolean {
  const item = tokens[at - 1];
  const opener = tokens[at - 2];
  const and = tokens[at + 2];
  const last = tokens[at + 3];
  if (item === undefined || opener === undefined || and === undefined || last === undefined) return false;
  if ((and.flags & AND) === 0) return false;
  // The list ends on its last item: the clause's end or a comma, where "… and wages flat" runs on.
  if (tokens[at + 4] !== undefined && !commaBefore(body, tokens, at + 4)) return false;
  // A list's items are common nouns: "the coast of Florida, killing people and livestock" splits.
  if (!/[a-z]/.test(body.charAt(item.start))) return false;
  return LIST_OPENERS.has(lowerWordAt(body, opener));
}

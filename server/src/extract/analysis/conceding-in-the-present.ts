import { commaOrSemicolonBefore, lowerWordAt, type Token } from "./tokens.ts";
import { ALWAYS_FINITE, PAST, RELATIVE, SUBJECT_PRONOUN, THAT, WHERE } from "./word-flags.ts";
import { CLAIMED_THING_ENDS } from "./would-say-that.ts";

/** How far after "that" the clause's verb is looked for ("that the cost of the scheme has"). */
const CLAUSE_VERB_REACH = 8;

/**
 * Words that, before the clause's verb, end a thing's noun as `CLAIMED_THING_ENDS` do: "admits that
 * patient because 40 beds are free", "maintains that house for families whose children are …"
 * (the review of decision 930).
 */
const THING_ENDS = new Set(["because", "if", "although", "though", "unless", "whereas", "whose"]);

/**
 * Does the conceding present at `i` ("admits", "concedes", "maintains", "boasts", flagged
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
 *   done nothing wrong", not "The hospital admits them".
 *
 * Written in lowercase only: "Boasts" opening a line is a heading's. Asked only of a CONCEDING token.
 */
export function concedingReports(body: string, tokens: readonly Token[], i: number): boolean {
  const first = body.charCodeAt(tokens[i]!.start);
  if (first < 97 || first > 122) return false;
  const next = tokens[i + 1];
  if (next === undefined) return true;
  if (next.flags & SUBJECT_PRONOUN) return ((tokens[i + 2]?.flags ?? 0) & (ALWAYS_FINITE | PAST)) !== 0;
  if (!(next.flags & THAT)) return false;
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

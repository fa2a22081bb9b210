import { NOT_MAIN_CLAUSE } from "./joined-clause.ts";
import { POSSESSIVE_DETERMINERS } from "./lexicon.ts";
import { commaBefore, commaOrSemicolonBefore, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import { ALWAYS_FINITE, AND, CAPITALISED, PAST, RELATIVE, THAT, WHERE } from "./word-flags.ts";

/** How far after "and" the main clause's auxiliary is looked for: the joined act and its object. */
const MAIN_VERB_REACH = 8;

/**
 * "The gang who robbed the shop and went into hiding were caught on Friday", "The man who stole
 * the car and injured a pedestrian was jailed": the clause before "and" (tokens [from, and)) is a
 * subject and its relative clause, "who" or "that" with no comma and no finite verb before it, and
 * an auxiliary after the act joined on by "and" ("were", "was", "has", "will") is the main
 * clause's verb. The joined act is the relative clause's second one; split off, the first half is
 * a subject with no verb of its own ("The gang who robbed the shop") and the second is worded
 * with the relative word's subject, out of the saying that dated it (decision 955; the counted
 * object's case, "and injured two pedestrians", was kept whole already). An auxiliary after a
 * word that opens a clause of its own ("drove it to Leeds where it was found", "went into hiding
 * after they were named") is that clause's, and the split stands; so does a second past after the
 * relative clause's verb ("who built the bridge denied the claims and said it was not to blame"),
 * the main clause's, whose own two acts "and" joins.
 */
export function secondActOfARelativeClause(body: string, tokens: readonly Token[], from: number, and: number): boolean {
  let relative = -1;
  // The relative clause's verb, and whether it is an auxiliary still to take its participle.
  let verb = -1;
  let auxiliary = false;
  for (let k = from + 1; k < and; k++) {
    // Cheap first: a comma sets the relative clause off, or ends the subject.
    if (commaBefore(body, tokens, k)) return false;
    if (relative < 0) {
      if (tokens[k]!.flags & (RELATIVE | THAT)) relative = k;
      else if (isFiniteVerb(tokens, k)) return false;
    } else if (isFiniteVerb(tokens, k) || presentAfterTheRelativeWord(body, tokens, relative, k)) {
      // A second verb after the relative clause's own is the main clause's ("The firm that built
      // the bridge denied the claims and said it was not to blame"): "and" joins the main clause's
      // acts, and the auxiliary after them is a reported clause's.
      if (verb >= 0 && !auxiliary) return false;
      verb = k;
      // "who had robbed", "who was released": an auxiliary, not an irregular past ("built").
      auxiliary = (tokens[k]!.flags & (ALWAYS_FINITE | PAST)) === ALWAYS_FINITE;
    }
  }
  if (relative < 0) return false;
  const reach = Math.min(tokens.length, and + 2 + MAIN_VERB_REACH);
  for (let k = and + 2; k < reach; k++) {
    if (commaOrSemicolonBefore(body, tokens, k)) return false;
    const flags = tokens[k]!.flags;
    if (flags & (AND | RELATIVE | THAT | WHERE)) return false;
    if (NOT_MAIN_CLAUSE.has(lowerWordAt(body, tokens[k]!))) return false;
    // An auxiliary, not an irregular past ("fled", "went"), which may be the joined act's own.
    if (flags & ALWAYS_FINITE && !(flags & PAST)) return true;
  }
  return false;
}

/** Words that open a noun phrase: after a word in "-s" they make it a verb with its object. */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", ...POSSESSIVE_DETERMINERS]);

/**
 * "The MP who chairs the committee wrote to ministers and said …": a word in "-s" right after the
 * relative word, before a determiner, is the relative clause's present ("chairs", "runs",
 * "owns"), which the word flags do not tell from a plural noun; then "wrote" is the main clause's
 * verb and "and" joins its two acts (decision 995; the review of decision 955 left it). Cheap
 * first: the position, the final "s" and the case, then a set look-up of the next word.
 */
function presentAfterTheRelativeWord(body: string, tokens: readonly Token[], relative: number, k: number): boolean {
  if (k !== relative + 1) return false;
  const t = tokens[k]!;
  if (t.end - t.start < 4 || t.flags & CAPITALISED || body.charCodeAt(t.end - 1) !== 115) return false;
  const next = tokens[k + 1];
  return next !== undefined && DETERMINERS.has(lowerWordAt(body, next));
}

import { commaBefore, type Token } from "./tokens.ts";
import { endsInPluralS } from "./present-tense.ts";
import { firstFiniteVerb } from "./verbs.ts";
import {
  ALWAYS_FINITE,
  CAPITALISED,
  MAY_START_QUANTITY,
  PAST,
  SUBJECT_NOUN,
  SUBJECT_PRONOUN,
  THAT,
} from "./word-flags.ts";
import { defineGate } from "./word-gates.ts";

/**
 * "Hale said the border was more secure than ever and that his administration had deported 1.4
 * million people": two that-clauses, two claims. After "and that" a clause's subject opens with
 * a determiner, a pronoun, a name or a number; "and that number rose" (a demonstrative before a
 * noun) is left whole.
 */

const DETERMINERS = defineGate(
  "the a an his her its their our this these those every each all no some many most several both few".split(" "),
);
/** How far past "that" the clause's verb is looked for ("and that 212,000 ballots, about 14% of votes cast, had"). */
const VERB_WINDOW = 12;

/**
 * "and that taxes would rise": a plural noun cannot follow "that" as a demonstrative ("those
 * taxes"), so it opens a clause. A lowercase word in "-s", not "-ss", "-us" or "-is".
 */
function pluralNoun(body: string, t: Token): boolean {
  if (t.flags & (ALWAYS_FINITE | PAST)) return false;
  const first = body.charCodeAt(t.start);
  return first >= 97 && first <= 122 && endsInPluralS(body, t);
}

/** Nouns news copy points back to with "that" (", and that decision was criticised"). */
const POINTED_BACK_TO = new Set(
  "decision money figure number plan move deal policy report claim process agreement change sum amount total rule law vote".split(
    " ",
  ),
);

/**
 * "and that police had opened fire": a noun that names people or bodies ("police", "officials"),
 * then a verb; ", and that naloxone was now available": after a comma, any lowercase noun before
 * an auxiliary. Not "and that number rose overnight", where "that" may point at the number.
 */
function nounThenVerb(body: string, tokens: readonly Token[], i: number): boolean {
  const opener = tokens[i + 2]!;
  const verb = tokens[i + 3];
  const first = body.charCodeAt(opener.start);
  if (verb === undefined || first < 97 || first > 122 || opener.flags & (ALWAYS_FINITE | PAST)) return false;
  if (opener.flags & SUBJECT_NOUN) return (verb.flags & (ALWAYS_FINITE | PAST)) !== 0;
  return (
    (verb.flags & ALWAYS_FINITE) !== 0 &&
    commaBefore(body, tokens, i) &&
    !POINTED_BACK_TO.has(body.slice(opener.start, opener.end))
  );
}

/** Does "and" at `i` join a second that-clause? Then the clause starts at i + 2. */
export function joinsSecondThatClause(body: string, tokens: readonly Token[], i: number): boolean {
  const that = tokens[i + 1];
  const opener = tokens[i + 2];
  if (!that || !opener || !(that.flags & THAT)) return false;
  if (
    !(opener.gates & DETERMINERS) &&
    !(opener.flags & (SUBJECT_PRONOUN | CAPITALISED | MAY_START_QUANTITY)) &&
    // "and that taxes would rise", not "and that means 400 jobs …": a verb right after the plural.
    !(pluralNoun(body, opener) && (tokens[i + 3]?.flags ?? 0) & (ALWAYS_FINITE | PAST)) &&
    !nounThenVerb(body, tokens, i)
  )
    return false;
  // A determiner or a figure after "that" makes "that" a conjunction ("and that several counties
  // now sit below 80%"), whose verb the flags need not know; a word of its own still needs one.
  if (opener.gates & DETERMINERS || opener.flags & MAY_START_QUANTITY) return i + 4 < tokens.length;
  return firstFiniteVerb(tokens, i + 3, Math.min(tokens.length, i + 3 + VERB_WINDOW)) > i + 2;
}

/** How far back from "and that" a present-tense verb of the first clause is looked for. */
const PRESENT_WINDOW = 12;

/**
 * Does the clause in tokens [from, to) hold, after its first word, a lowercase word in "-s" that
 * no determiner precedes ("herd immunity requires", not "the counties")? Before "and that" it is
 * read as the first that-clause's verb.
 */
export function mayHoldPresentVerb(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(from + 1, to - PRESENT_WINDOW); k < to; k++) {
    const t = tokens[k]!;
    const first = body.charCodeAt(t.start);
    if (first < 97 || first > 122 || !endsInPluralS(body, t) || t.flags & (ALWAYS_FINITE | PAST)) continue;
    if (!(tokens[k - 1]!.gates & DETERMINERS)) return true;
  }
  return false;
}

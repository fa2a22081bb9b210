import type { Token } from "./tokens.ts";
import { defineGate } from "./word-gates.ts";
import {
  AND,
  ASCII_WORD,
  COORDINATOR,
  CAPITALISED,
  MAY_START_QUANTITY,
  OBJECT_STARTER,
  PARENTHETICAL_PREPOSITION,
  TO,
} from "./word-flags.ts";

/**
 * A present-tense verb in "-s" where the token flags know none: "the city spends $2 billion",
 * "the plan aims to cut". The flags know auxiliaries and past forms only, so such clauses were
 * neither split off nor read as reported. A plural noun has the same shape ("the city councils in
 * three states"), so the word must follow a determiner and a noun (or stand second in the
 * clause), and be followed by what opens an object: a determiner, "to", a number or a currency
 * sign. Callers look for it only where no known verb stands.
 */

const DOLLAR = 36;
/**
 * Words that open a verb's object. Narrower than OBJECT_STARTER, which also holds prepositions
 * ("the troops who serve", "options for adoption" are nouns before them). A word gate, so the
 * test reads a bit of the token.
 */
export const OBJECT_OPENERS = defineGate("the a an his her its their our this that these those".split(" "));

/**
 * Does the token, four letters or more, end in an "-s" that may make a plural or a third person
 * ("-ss", "-us", "-is" do not: "press", "bonus", "analysis")?
 */
export function endsInPluralS(body: string, t: Token): boolean {
  if (t.end - t.start < 4 || body.charCodeAt(t.end - 1) !== 115) return false;
  const before = body.charCodeAt(t.end - 2);
  return before !== 115 && before !== 117 && before !== 105;
}

/** Index of the first such verb in tokens [from, to), or -1. */
export function presentTenseVerbIn(body: string, tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to && k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.flags & (ASCII_WORD | CAPITALISED)) !== ASCII_WORD || !endsInPluralS(body, t)) continue;
    const subjectHead = tokens[k - 1]!;
    // "three years before", "And thanks to": a count or a conjunction before a plural noun.
    if (subjectHead.flags & (OBJECT_STARTER | PARENTHETICAL_PREPOSITION | TO | MAY_START_QUANTITY | COORDINATOR | AND))
      continue;
    if (k - 1 !== from && !(k - 2 >= from && tokens[k - 2]!.flags & OBJECT_STARTER)) continue;
    // "found no similar association for other antidepressants in …": after a preposition, "other"
    // before a plural is the noun's. Only there: "the other shows a rise" names one of two, and in
    // "said (many) other states that signed the treaty cut …" the plural opens the clause's subject.
    if (otherAfterPreposition(body, tokens, k)) continue;
    const next = tokens[k + 1]!;
    if (commaBetween(body, t.end, next.start)) continue;
    if (
      next.gates & OBJECT_OPENERS ||
      next.flags & (TO | MAY_START_QUANTITY) ||
      body.charCodeAt(next.start - 1) === DOLLAR
    )
      return k;
  }
  return -1;
}

/** Is token k a plural after "other" and a preposition: "for other antidepressants"? */
function otherAfterPreposition(body: string, tokens: readonly Token[], k: number): boolean {
  const head = tokens[k - 1]!;
  if (head.end - head.start !== 5 || body.slice(head.start, head.end).toLowerCase() !== "other") return false;
  return k >= 2 && (tokens[k - 2]!.flags & PARENTHETICAL_PREPOSITION) !== 0;
}

function commaBetween(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (body.charCodeAt(i) === 44) return true;
  return false;
}

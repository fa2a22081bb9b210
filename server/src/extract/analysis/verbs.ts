import type { Token } from "./tokens.ts";
import {
  ALWAYS_FINITE,
  CAPITALISED,
  MAY_START_QUANTITY,
  CONTRACTED_MODAL,
  NOT_VERB_AFTER,
  OBJECT_STARTER,
  PAST,
  UPPER_OR_NUMBER_FIRST,
} from "./word-flags.ts";

/** Past-tense form of a content verb: irregular list or a regular "-ed" word. */
export function isPastVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.flags & PAST) !== 0;
}

/** Heuristic finite-verb test: auxiliaries, irregular past forms, or "-ed" words not used as adjectives. */
export function isFiniteVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // "taken on May 30": a capitalised auxiliary inside a sentence before a figure is a month.
  if (t.flags & ALWAYS_FINITE)
    return !(i > 0 && t.flags & CAPITALISED && (tokens[i + 1]?.flags ?? 0) & MAY_START_QUANTITY);
  const prev = tokens[i - 1];
  // "she'll sign", "we'd support": the modal is written onto the pronoun before the verb.
  if (prev && prev.flags & CONTRACTED_MODAL) return true;
  if (!(t.flags & PAST)) return false;
  return !prev || !(prev.flags & NOT_VERB_AFTER);
}

export function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isFiniteVerb(tokens, i)) return true;
  return false;
}

/** Index of the first finite verb in [from, to), or -1. */
export function firstFiniteVerb(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isFiniteVerb(tokens, i)) return i;
  return -1;
}

/** Does a verb phrase start at i ("signed the letter", "met with X")? Used for VP coordination. */
export function startsVerbPhrase(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!isPastVerb(tokens[i]) || !next) return false;
  // "opened three schools": a number in words opens the object as digits do.
  return (next.flags & (OBJECT_STARTER | UPPER_OR_NUMBER_FIRST | MAY_START_QUANTITY)) !== 0;
}

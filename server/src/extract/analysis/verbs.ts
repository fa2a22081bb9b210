import { AUXILIARIES, IRREGULAR_PAST, OBJECT_STARTERS } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

const NOT_VERBS_AFTER = new Set([
  "the",
  "a",
  "an",
  "to",
  "be",
  "been",
  "being",
  "of",
  "and",
  "most",
  "more",
  "very",
  "well",
]);

/** Past-tense form of a content verb: irregular list or a regular "-ed" word. */
export function isPastVerb(t: Token | undefined): boolean {
  if (!t) return false;
  return IRREGULAR_PAST.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith("ed") && !/^[A-Z]/.test(t.text));
}

/** Heuristic finite-verb test: auxiliaries, irregular past forms, or "-ed" words not used as adjectives. */
export function isFiniteVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower)) return true;
  if (!isPastVerb(t)) return false;
  const prev = tokens[i - 1];
  return !prev || !NOT_VERBS_AFTER.has(prev.lower);
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
  return OBJECT_STARTERS.has(next.lower) || /^[\p{Lu}\p{N}]/u.test(next.text);
}

import { RULE_NOUNS } from "./lexicon.ts";

/** "the rules", "the new rules", "the terms of the deal", "rules": a rule noun, "of …" after it. */
const RULES_SOURCE = /^(?:the\s+)?(?:(?:new|old|current|latest|official|strict|existing)\s+)?([a-z]+)(?:\s+of\b.*)?$/;

/**
 * Does the source of "according to" name rules rather than a speaker ("the rules", "the terms of
 * the deal", "the new guidelines"; decision 1085)? Then the sentence states what the rules say and
 * stays the article's, "According to the rules" in its wording. A char test (lowercase "t" or "r",
 * "g", "l", "c", "p", "i") is not worth it: one anchored regex and one set look-up, asked only
 * where "according to" matched.
 */
export function namesRulesNotASpeaker(source: string): boolean {
  const m = RULES_SOURCE.exec(source);
  return m !== null && RULE_NOUNS.has(m[1]!);
}

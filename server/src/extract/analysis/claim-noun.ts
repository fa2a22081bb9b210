import { lowerWordAt, type Token } from "./tokens.ts";

/**
 * "The president repeated his claim that the economy added 2 million jobs": "claim" is a noun
 * here, and its owner is the subject of "repeated". Without this reading the words before it
 * ("The president repeated his") were taken for a speaker.
 */

const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);
/** Verbs that put forward a claim one owns. Not "rejected", "dropped" or "withdrew": those retract it. */
const RESTATING_VERBS = new Set(
  "repeated repeats repeat reiterated reiterates restated restates renewed renews made makes pressed presses defended defends".split(
    " ",
  ),
);

/**
 * Where to look for the speaker of the reporting word at `i`: `i` itself for a verb ("Hale
 * claimed"), the restating verb two tokens back for a noun after a possessive ("Hale repeated
 * his claim"), or -1 when a possessive makes it a noun no restating verb owns ("dismissed her
 * claim"): then no one is reported here.
 */
export function reportingVerbIndex(body: string, tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  if (!before || !POSSESSIVES.has(lowerWordAt(body, before))) return i;
  return i >= 3 && RESTATING_VERBS.has(lowerWordAt(body, tokens[i - 2]!)) ? i - 2 : -1;
}

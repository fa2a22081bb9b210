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

const ARTICLES = new Set(["the", "a", "an"]);
/** "his false claim", "the debunked claim": what the article thinks of it (the `disputed` flag reads it). */
const JUDGING_ADJECTIVES = new Set(
  "false baseless unfounded unsubstantiated debunked discredited disproven bogus familiar earlier previous frequent oft-repeated dubious".split(
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
  // "repeated his false claim", "repeated the debunked claim": a word that judges the claim may
  // stand between the determiner and the noun.
  const d = i >= 2 && JUDGING_ADJECTIVES.has(lowerWordAt(body, tokens[i - 1]!)) ? i - 1 : i;
  const before = tokens[d - 1];
  if (!before) return i;
  const determiner = lowerWordAt(body, before);
  const restates = d >= 3 && RESTATING_VERBS.has(lowerWordAt(body, tokens[d - 2]!));
  if (POSSESSIVES.has(determiner)) return restates ? d - 2 : -1;
  // "repeated the claim that …": the claim is the subject's own only after a restating verb.
  return restates && ARTICLES.has(determiner) ? d - 2 : i;
}

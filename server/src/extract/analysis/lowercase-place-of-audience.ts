import { OPENS_A_CLAUSE } from "./place-noun-after-audience.ts";
import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";

/**
 * "Smith told workers at the plant the factory would close": a listener's place written in
 * lowercase ("the plant", "the depot", "the time") has an end where a clause's opener follows its
 * one noun, and what was said starts there: "According to Smith, the factory would close"
 * (decision 700). Before, a place with no capitalised name had no clear end and the listener stayed
 * in the wording ("Smith said workers at the plant the factory would close"). `k` is the token after
 * the place's preposition; returns the token that opens what was said, or -1 ("at the plant fire
 * crews had left": "fire" opens no clause; "at the plant, the …": a comma is read as before).
 */
export function afterLowercasePlace(body: string, tokens: readonly Token[], k: number): number {
  const the = tokens[k];
  const noun = tokens[k + 1];
  const next = tokens[k + 2];
  // Cheap first: "the" by length, then a lowercase noun and a word after it.
  if (the === undefined || noun === undefined || next === undefined || the.end - the.start !== 3) return -1;
  if (lowerWordAt(body, the) !== "the" || isCapitalised(noun) || isCapitalised(next)) return -1;
  if (commaBefore(body, tokens, k + 2)) return -1;
  const opener = lowerWordAt(body, next);
  if (!OPENS_A_CLAUSE.has(opener)) return -1;
  // "at the plant a day earlier the factory …", "at the plant the day before …": a time after the
  // place, not what was said, so the place has no clear end (review of decision 700).
  const after = tokens[k + 3];
  if (opener.length <= 3 && ARTICLES.has(opener) && after !== undefined && TIME_NOUNS.has(lowerWordAt(body, after)))
    return -1;
  return k + 2;
}

const ARTICLES = new Set(["a", "an", "the"]);
/** Nouns of time that an article before them makes a when, not a clause's subject. */
const TIME_NOUNS = new Set("day week month year night morning afternoon evening weekend hour moment".split(" "));

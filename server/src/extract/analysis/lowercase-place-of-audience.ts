import { OPENS_A_CLAUSE } from "./place-noun-after-audience.ts";
import { opensARelativeClause } from "./relative-clause-after-place.ts";
import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { TIME_SPAN_NOUNS } from "./lexicon.ts";

/**
 * "Smith told workers at the plant the factory would close": a listener's place written in
 * lowercase ("the plant", "the depot", "the time") has an end where a clause's opener follows its
 * one noun, and what was said starts there: "According to Smith, the factory would close"
 * (decision 700). Before, a place with no capitalised name had no clear end and the listener stayed
 * in the wording ("Smith said workers at the plant the factory would close"). A place of two nouns
 * ("the car plant", "the bus depot") ends the same way (decision 725). `k` is the token after the
 * place's preposition; returns the token that opens what was said, or -1 ("at the plant fire
 * crews had left": "fire" opens no clause; "at the plant, the …": a comma is read as before; "at
 * the plant he visited the factory would close": a relative clause, decision 725).
 */
export function afterLowercasePlace(body: string, tokens: readonly Token[], k: number): number {
  const the = tokens[k];
  const noun = tokens[k + 1];
  // Cheap first: "the" by length, then a lowercase noun.
  if (the === undefined || noun === undefined || the.end - the.start !== 3) return -1;
  if (lowerWordAt(body, the) !== "the" || isCapitalised(noun)) return -1;
  let at = openerAfterNoun(body, tokens, k + 2);
  // "at the car plant the factory …": one more lowercase noun before the opener (decision 725).
  if (at === -2 && secondNoun(body, tokens, k + 2)) at = openerAfterNoun(body, tokens, k + 3);
  if (at < 0) return -1;
  // "at the plant a day earlier the factory …", "at the plant the day before …": a time after the
  // place, not what was said, so the place has no clear end (review of decision 700).
  const opener = lowerWordAt(body, tokens[at]!);
  const after = tokens[at + 1];
  if (
    opener.length <= 3 &&
    ARTICLES.has(opener) &&
    after !== undefined &&
    TIME_SPAN_NOUNS.has(lowerWordAt(body, after))
  )
    return -1;
  return opensARelativeClause(body, tokens, at) ? -1 : at;
}

/**
 * `i` when the token there opens a clause after the place's noun; -1 when nothing may follow (the
 * end, a capital or a comma); -2 when a lowercase word that opens no clause stands there.
 */
function openerAfterNoun(body: string, tokens: readonly Token[], i: number): number {
  const next = tokens[i];
  if (next === undefined || isCapitalised(next) || commaBefore(body, tokens, i)) return -1;
  return OPENS_A_CLAUSE.has(lowerWordAt(body, next)) ? i : -2;
}

/** Is the word at `i` a second noun of the place ("car plant"), not a word that ends it ("plant near", "plant yesterday")? */
function secondNoun(body: string, tokens: readonly Token[], i: number): boolean {
  const word = lowerWordAt(body, tokens[i]!);
  return LOWERCASE_LETTERS.test(word) && !ENDS_A_PLACE.has(word);
}

const ARTICLES = new Set(["a", "an", "the"]);
const LOWERCASE_LETTERS = /^\p{Ll}+$/u;
/**
 * Words after a place's noun that end the place rather than name it further: prepositions ("at the
 * plant up the road the …", "over the summer", "via a video link": second review of decision 725),
 * joiners, times.
 */
const ENDS_A_PLACE = new Set(
  "near in on at by of for with from to into outside inside behind beside after before during where when which who whose while and or but as yesterday today tonight now then earlier later recently last this next about above across against along alongside amid among around below beneath beyond down like off onto opposite over past per since through throughout towards toward under underneath until up upon via within without".split(
    " ",
  ),
);

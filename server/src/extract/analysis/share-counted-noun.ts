import { countsPlural } from "./parallel-counted-noun.ts";

/**
 * "one in four white men", "one in three young women", "one in five older adults": the word after
 * a share is an adjective of the people counted, and the counted noun is the plural after it (a
 * share of men, of women, of adults). Before, the share counted "white", "young", "older".
 *
 * Only a word that describes people or things and cannot be a verb hops: "one in four own guns"
 * and "one in five report symptoms" have a verb after the share, and its object is no noun of the
 * share. A word that is plural itself stays the noun ("one in four adults", "one in four voters").
 */
export const SHARE_MODIFIERS = new Set(
  (
    "white black brown young younger old older elderly adult teenage single married divorced widowed " +
    "unemployed employed retired disabled working poor rich wealthy male female gay lesbian transgender " +
    "rural urban likely registered eligible new small large local foreign first-time full-time part-time"
  ).split(" "),
);
/** A capitalised modifier: "Black women", "American adults", "Republican voters", "UK adults". */
const CAPITALISED = /^\p{Lu}/u;
/** A compound adjective: "low-income families", "middle-aged men", "working-class voters". */
const COMPOUND_ADJECTIVE = /^\p{Ll}+-\p{Ll}+$/u;
const NEXT_WORD = /^[ \u00a0]+(\p{Ll}[\p{Ll}’'-]*)/u;

/**
 * For the word `word` after a share, ending at `end` of `text`: undefined when it is no modifier
 * (it stays the noun, as before); else the plural it modifies and where that ends, or a null noun
 * when no lowercase plural follows ("one in four New Yorkers": the share is read bare).
 */
export function nounPastShareModifier(
  text: string,
  word: string,
  end: number,
): { noun: string | null; end: number } | undefined {
  const lower = word.toLowerCase();
  if (countsPlural(lower)) return undefined;
  const compound = COMPOUND_ADJECTIVE.test(word) && !word.endsWith("s");
  if (!SHARE_MODIFIERS.has(lower) && !CAPITALISED.test(word) && !compound) return undefined;
  const m = NEXT_WORD.exec(text.slice(end, end + 40));
  if (m === null || !countsPlural(m[1]!)) return { noun: null, end };
  return { noun: m[1]!, end: end + m[0].length };
}

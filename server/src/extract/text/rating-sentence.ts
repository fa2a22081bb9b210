/**
 * A fact-check's ruling written as a sentence: "We rate it False.", "We rate this claim Mostly
 * True." It is the same label as a "RATING: False" line, which yields no claim: the verdict on the
 * claim under check, not a claim of its own (the dispute readers still read it, before it is
 * dropped, to mark the claim it rates). Only the whole sentence: "We rate it False because the
 * data show a 14% rise" gives its reason and stays.
 */
const BARE_RATING =
  /^We (?:rate|rated|give|gave) (?:this|that|the|his|her|its|their|it)(?: [\p{L}-]+)?(?: (?:claim|statement|post|assertion|ad|video)s?)? (?:as |an? )?(true|mostly true|half true|mostly false|false|pants on fire!?|misleading|missing context|unproven|unsupported|mixture|correct|incorrect|accurate|inaccurate|exaggerated|four pinocchios|three pinocchios|two pinocchios|one pinocchio)[.!]?$/iu;
const RATING_MAX = 70;

/** Is the sentence only a fact-check's rating ("We rate it False.")? */
export function isRatingSentence(sentence: string): boolean {
  return sentenceRating(sentence) !== null;
}

/**
 * The rating a sentence that is only a fact-check's ruling gives ("Mostly False" for "We rate this
 * claim Mostly False."), else null: under a checked claim, it rates that claim (decision 610).
 */
export function sentenceRating(sentence: string): string | null {
  // "We r"/"We g" and short: two char tests before the regex.
  if (sentence.length > RATING_MAX || sentence.charCodeAt(0) !== 87 || sentence.charCodeAt(1) !== 101) return null;
  return BARE_RATING.exec(sentence.trimEnd())?.[1] ?? null;
}

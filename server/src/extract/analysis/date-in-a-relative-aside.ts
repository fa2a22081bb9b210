/**
 * "The keeper, who conceded yesterday, said the defence was poor": a date right after the verb of
 * a relative aside about the speaker dates the aside's act (the goal conceded, the sales admitted),
 * not the statement the sentence goes on to report (decision 1110). The aside's verb, with "has" or
 * "had" before it or not, stands right after ", who" or ", which".
 */
const ASIDE_VERB_BEFORE = /,[ \u00a0]+(?:who|which)[ \u00a0]+(?:(?:has|had)[ \u00a0]+)?[^\s,]+[ \u00a0]+$/i;

/**
 * Whether a date with `before` just ahead of it and `between` from it to the claim after it stands
 * in a relative aside that closes before the claim. The comma in `between` is the aside's close
 * ("who said yesterday he was hurt, told reporters …"); with none, the claim is what the aside
 * itself said ("who said yesterday that the club needs …") and keeps its date.
 */
export function dateInARelativeAside(before: string, between: string): boolean {
  const close = between.lastIndexOf(",");
  // A verb after the close ("…, said "): with nothing there, the claim is the aside's own words
  // ("Smith, who said on Monday, “We will cut 300 jobs”, left …").
  return close >= 0 && between.slice(close + 1).trim() !== "" && ASIDE_VERB_BEFORE.test(before);
}

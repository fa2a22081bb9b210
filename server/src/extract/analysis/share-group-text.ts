/** The shapes of text the readers of a share's group share (decisions 830 to 920). */

/** The spaces between a group's words, as written. */
export const WORD = /[ \u00a0]+/;
/** A possessive's apostrophe: "men's pay", "YouGov’s poll". */
export const POSSESSIVE = "['’]";
/** The verbs in "-s" a lowercase word after a name may be: "adults is", "Wales has". */
export const VERBS_IN_S = ["is", "was", "has", "does"];
/** A lowercase plural after a word, none of `notPlurals`: "staff costs", "Labour heartlands". */
export function pluralAfter(notPlurals: readonly string[]): string {
  return `[ \\u00a0]+(?!(?:${notPlurals.join("|")})\\b)\\p{Ll}+s\\b`;
}

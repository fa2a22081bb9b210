// Full Fact's boxes over a fact-check (decision 570): "What was claimed" on a line of its own over
// the claim under check, and "Our verdict" over the verdict, whose first sentence is the rating
// ("That's not right.", "Incorrect."). The headings and a bare rating assert nothing; the claim
// under the first heading is the checked claim, as a "CLAIM:" block's is, and the rating marks it
// disputed when it calls it false, as a "VERDICT: False" line does.

import { isFalseRating, isRatingValue } from "./speaker-labels.ts";

/** Which box a heading opens: the claim under check or the fact-checker's verdict. */
export type FactCheckBox = "claimed" | "verdict";

/**
 * The headings by their length, the cheap test: Full Fact's "What was claimed" and "Our verdict";
 * PolitiFact's "Our ruling" and BBC Verify's "What we found" open the verdict's section as "Our
 * verdict" does (decision 610).
 */
const HEADINGS = new Map<number, [string, FactCheckBox]>([
  [16, ["What was claimed", "claimed"]],
  [11, ["Our verdict", "verdict"]],
  [10, ["Our ruling", "verdict"]],
  [13, ["What we found", "verdict"]],
]);

/**
 * Is the line body[start, lineEnd) one of the boxes' headings, with the box's text on the line
 * right under it? Only the whole line: "What was claimed was that …" in prose is read as before.
 */
export function factCheckBoxAt(body: string, start: number, lineEnd: number): FactCheckBox | null {
  const length = body.charCodeAt(lineEnd - 1) === 13 ? lineEnd - start - 1 : lineEnd - start;
  // Cheap first: one of four lengths, then the first char, then the box's text under it.
  const heading = HEADINGS.get(length);
  if (heading === undefined || body.charCodeAt(start) !== heading[0].charCodeAt(0)) return null;
  const under = body.charCodeAt(lineEnd + 1);
  // A line under that goes on in lower case ("What was claimed / in the leaflet was …") is a
  // sentence wrapped at the heading's words, not a box.
  if (Number.isNaN(under) || under === 10 || under === 13 || (under >= 97 && under <= 122)) return null;
  if (!body.startsWith(heading[0], start)) return null;
  return heading[1];
}

/**
 * A verdict written as a sentence that only rates the claim: "That's not right.", "This is
 * misleading.", "That's correct." Its reasons ("The number … rose by about 40%") are sentences of
 * their own and stay claims.
 */
const VERDICT_SENTENCE =
  /^(?:that|this|it)(?:['’]s| is| was) (not (?:right|true|correct|accurate|the case)|wrong|untrue|false|incorrect|inaccurate|misleading|exaggerated|right|true|correct|accurate)[.!]?$/i;
/** The verdict sentence's words that agree with the claim. */
const AGREES = /^(?:right|true|correct|accurate)$/i;
const VERDICT_MAX = 40;
/**
 * A rating said of the claim (decision 610): "That's mostly false.", "This is missing context.",
 * "This needs context." What follows is read with the rating lists of a "VERDICT:" line.
 */
const RATED_SUBJECT = /^(?:that|this|it)(?:['’]s| is| was)? /i;

/**
 * The rating the verdict box's first sentence gives: "false" when it calls the checked claim
 * false, incorrect or misleading, "other" for any other bare rating ("Correct.", "Half true."),
 * null when the sentence says more than a rating and is read as a claim.
 */
export function verdictRating(sentence: string): "false" | "other" | null {
  if (sentence.length > VERDICT_MAX) return null;
  const text = sentence.trim();
  if (isFalseRating(text)) return "false";
  if (isRatingValue(text)) return "other";
  const subject = RATED_SUBJECT.exec(text);
  if (subject !== null) {
    const rating = text.slice(subject[0].length);
    if (isFalseRating(rating)) return "false";
    if (isRatingValue(rating)) return "other";
  }
  const m = VERDICT_SENTENCE.exec(text);
  if (!m) return null;
  return AGREES.test(m[1]!) ? "other" : "false";
}

// Cheap tests asked before the dispute readers' large patterns (decision 760). A sentence reaches
// disputed-claims.ts when it holds any dispute word, and common ones ("true", "case", "support",
// "called") let most such sentences through; each pattern there compiles to 20 to 190 KB of
// regular-expression bytecode, and V8 compiles it again, to native code, for the first sentence
// of two-byte text (a curly quote or a dash is enough). Each test here holds for every text its
// pattern matches, so a pattern is run, and compiled, only where it could match.
//
// The patterns are /iu, which folds "ſ" to "s" and "K" (the Kelvin sign) to "k": the lowercase
// tests let a sentence with "ſ" through, and toLowerCase already gives "k" for "K".

import { isJsSpace } from "../text/char-classes.ts";

/** Does the lowercased sentence hold any of `words`, or an "ſ" that could stand for an "s"? */
function holdsAny(lower: string, words: readonly string[]): boolean {
  if (lower.includes("ſ")) return true;
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}

/**
 * Could REBUTTAL_OPENER match: does the sentence open, after at most one opening quotation mark,
 * on the first letter of "he", "she", "they", "it", "that", "this", "the", "such", "those",
 * "these", "both" or "all", in either case (or "ſ")? "Who has the integrity …" does not.
 */
export function mayOpenRebuttal(sentence: string): boolean {
  if (sentence.length < 2) return false;
  let c = sentence.charCodeAt(0);
  if (c === 0x201c || c === 34 || c === 0x2018 || c === 39) c = sentence.charCodeAt(1);
  if (c === 0x17f) return true;
  const lower = c | 32;
  return lower === 104 || lower === 115 || lower === 116 || lower === 105 || lower === 98 || lower === 97;
}

/**
 * Could COMMENT_VERDICT match: is there a comma whose next char after any white space is the
 * first letter of "a", "the", "an" or "which", in either case? "Americans, I am that man" has none.
 */
export function mayCommentAfterComma(sentence: string): boolean {
  for (let i = sentence.indexOf(","); i >= 0; i = sentence.indexOf(",", i + 1)) {
    let j = i + 1;
    while (j < sentence.length && isJsSpace(sentence.charCodeAt(j))) j++;
    // Asked only inside the text: a read past its end would deopt the compiled loop (decision 695).
    if (j === sentence.length) return false;
    const lower = sentence.charCodeAt(j) | 32;
    if (lower === 97 || lower === 116 || lower === 119) return true;
  }
  return false;
}

/** Could CHALLENGED_BY match ("challenged by", "disputed by", …): each of its verbs ends "ed by". */
export function mayChallengeBy(lower: string): boolean {
  return lower.includes("ed by");
}

/** The verbs of DISPUTING_SENTENCE, cut to what each of its forms holds ("denie" for "denied", "denies"). */
const DISPUTING_VERBS = [
  "disput",
  "reject",
  "denie",
  "deny",
  "contest",
  "question",
  "challeng",
  "refut",
  "contradict",
  "debunk",
  "dismiss",
  "called",
  "brand",
  " not ",
];

/** Could DISPUTING_SENTENCE match ("The IFS disputed that figure", "does not support that")? */
export function mayDisputeBefore(lower: string): boolean {
  return holdsAny(lower, DISPUTING_VERBS);
}

/** The nouns SPEAKER_VERDICT reads before " that" ("false claims that", "denied reports that"). */
const CLAIM_NOUNS = [
  "claim",
  "assertion",
  "allegation",
  "statement",
  "suggestion",
  "theor",
  "report",
  "accusation",
  "rumo",
  "speculation",
  "argument",
  "contention",
];

/**
 * Could SPEAKER_VERDICT match: an adverb on "-ly" ("falsely"), "evidence" or "proof" ("without
 * evidence"), or " that" after a claim's noun ("false claims that", "denied reports that")?
 */
export function mayJudgeASpeaker(lower: string): boolean {
  if (lower.includes("ly") || lower.includes("evidence") || lower.includes("proof")) return true;
  return lower.includes(" that") && holdsAny(lower, CLAIM_NOUNS);
}

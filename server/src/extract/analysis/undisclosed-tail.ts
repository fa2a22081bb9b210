import { type Token } from "./tokens.ts";
import { COORDINATOR } from "./word-flags.ts";

/**
 * "Halvern said it was investigating, but it has not announced a recall", "Police said a man had
 * been arrested but would not say whether he had been charged": what the speaker has not made
 * public is the article's observation about the speaker, not part of what was said. Only verbs of
 * making public, so "He said he backed the plan but would not vote for it" (his own words,
 * backshifted) stays his; not "had not" ("said it had not announced …" is the speaker's past);
 * not "comment", whose tails are dropped as no claim (`noCommentTailAt`).
 */
const UNDISCLOSED =
  /^(?:(?:it|he|she|they)\s+)?(?:(?:did|would|could|has|have)\s+not|(?:did|would|could|has|have)n['’]t|declined\s+to|refused\s+to)\s+(?:yet\s+|immediately\s+|publicly\s+)?(?:say|said|disclose|disclosed|confirm|confirmed|give|given|name|named|identify|identified|specify|specified|reveal|revealed|release|released|provide|provided|explain|explained|announce|announced|publish|published|detail|detailed)\b/;
/** "it " before the verb group: left out of the wording, which names the speaker instead. */
const LEADING_PRONOUN = /^(?:it|he|she|they)\s+/;

export interface UndisclosedTail {
  /** Where the speaker's content ends: the comma or space before "but". */
  contentEnd: number;
  /** From the word after "but" to `end`. */
  tail: { start: number; end: number };
  /** The tail worded of the speaker: "Halvern has not announced a recall". */
  wording: string;
}

/** The first "but" in tokens [from, …) before `end` that opens such a tail, or null. */
export function undisclosedTailAt(
  body: string,
  tokens: readonly Token[],
  from: number,
  end: number,
  speaker: string,
): UndisclosedTail | null {
  for (let k = from; k < tokens.length - 2 && tokens[k]!.end < end; k++) {
    const t = tokens[k]!;
    // Cheap first: a coordinator of three letters, "but".
    if (!(t.flags & COORDINATOR) || t.end - t.start !== 3 || body.charCodeAt(t.start) !== 98) continue;
    const next = tokens[k + 1]!;
    const rest = body.slice(next.start, end);
    if (!UNDISCLOSED.test(rest)) continue;
    let contentEnd = t.start;
    while (contentEnd > 0 && (body.charCodeAt(contentEnd - 1) === 32 || body.charCodeAt(contentEnd - 1) === 44))
      contentEnd--;
    const said = rest.replace(LEADING_PRONOUN, "").replace(/[.!]\s*$/, "");
    // "police would not say" opens the wording: "Police would not say …".
    const wording = `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} ${said}`;
    return { contentEnd, tail: { start: next.start, end }, wording };
  }
  return null;
}

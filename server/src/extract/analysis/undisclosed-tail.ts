import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { type Token } from "./tokens.ts";
import { COORDINATOR } from "./word-flags.ts";

/**
 * "Halvern said it was investigating, but it has not announced a recall", "Police said a man had
 * been arrested but would not say whether he had been charged": what the speaker has not made
 * public is the article's observation about the speaker, not part of what was said.
 *
 * Only where the tail's subject is surely the speaker: a pronoun that fits the speaker and also
 * opens what was said ("said it was investigating, but it has not …"), or no subject and a verb
 * of saying ("but would not say", "but did not specify"). "The report said the company knew of
 * the defect but did not disclose it" is the company's failure the report describes, and "Kim
 * said the council had been warned, but it did not publish the warning" is the council's. Only
 * verbs of making public; not "had not" (the speaker's own backshifted words), not "would not
 * vote" (an act the speaker may have announced), not "comment" (no-comment tails are dropped as
 * no claim: `noCommentTailAt`).
 */
const UNDISCLOSED =
  /^(?:(it|he|she|they)\s+)?(?:(?:did|would|could|has|have)\s+not|(?:did|would|could|has|have)n['’]t|declined\s+to|refused\s+to)\s+(?:yet\s+|immediately\s+|publicly\s+)?(say|said|specify|specified|elaborate|elaborated|confirm|confirmed|name|named|disclose|disclosed|give|given|identify|identified|reveal|revealed|release|released|provide|provided|explain|explained|announce|announced|publish|published|detail|detailed)\b/;
/** Verbs a tail without a subject may have: the speaker's own saying, whoever the clause said was about. */
const SAYING = new Set([
  "say",
  "said",
  "specify",
  "specified",
  "elaborate",
  "elaborated",
  "confirm",
  "confirmed",
  "name",
  "named",
]);

export interface UndisclosedTail {
  /** Where the speaker's content ends: the comma or space before "but". */
  contentEnd: number;
  /** From the word after "but" to `end`. */
  tail: { start: number; end: number };
  /** The tail worded of the speaker: "Halvern has not announced a recall". */
  wording: string;
}

/** Does the pronoun fit the claimant: "it"/"they" for a body or group, "he"/"she" for a person? */
function fits(pronoun: string, claimant: Claimant): boolean {
  return claimant.type === "person" ? pronoun === "he" || pronoun === "she" : pronoun === "it" || pronoun === "they";
}

/**
 * The first "but" in tokens [from, …) before `end` that opens such a tail, or null. `contentStart`
 * is where what was said begins; `speaker` the speaker as written, `claimant` who it is.
 */
export function undisclosedTailAt(
  body: string,
  tokens: readonly Token[],
  from: number,
  end: number,
  contentStart: number,
  speaker: string,
  claimant: Claimant,
): UndisclosedTail | null {
  for (let k = from; k < tokens.length - 2 && tokens[k]!.end < end; k++) {
    const t = tokens[k]!;
    // Cheap first: a coordinator of three letters, "but".
    if (!(t.flags & COORDINATOR) || t.end - t.start !== 3 || body.charCodeAt(t.start) !== 98) continue;
    const next = tokens[k + 1]!;
    const rest = body.slice(next.start, end);
    const m = UNDISCLOSED.exec(rest);
    if (m === null) continue;
    const pronoun = m[1];
    if (
      pronoun === undefined ? !SAYING.has(m[2]!) : !fits(pronoun, claimant) || !opensWith(body, contentStart, pronoun)
    )
      return null;
    let contentEnd = t.start;
    while (contentEnd > 0 && (body.charCodeAt(contentEnd - 1) === 32 || body.charCodeAt(contentEnd - 1) === 44))
      contentEnd--;
    const said = (pronoun === undefined ? rest : rest.slice(pronoun.length).trimStart()).replace(/[.!]\s*$/, "");
    // "police would not say" opens the wording: "Police would not say …".
    const wording = `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} ${said}`;
    return { contentEnd, tail: { start: next.start, end }, wording };
  }
  return null;
}

/** Does what was said, from `at`, open with the pronoun ("said it was investigating")? */
function opensWith(body: string, at: number, pronoun: string): boolean {
  return body.startsWith(pronoun, at) && !/[\p{L}]/u.test(body.charAt(at + pronoun.length));
}

import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { Attribution } from "./attribution.ts";
import { commaBefore, type Token } from "./tokens.ts";
import { AND, COORDINATOR } from "./word-flags.ts";

/**
 * "Halvorsen lowered its profit forecast, blaming a 40% jump in cocoa prices": the participle gives
 * the subject's reason for what it did, a claim of the subject's (the 40% is the company's
 * figure), while the act before it is the article's. Unlike "saying", what follows is no clause
 * that stands alone ("a 40% jump in cocoa prices"), so the claim keeps the verb: "Halvorsen
 * blamed a 40% jump in cocoa prices".
 */

const B = 98;

/** Is the token the word "blaming", in lowercase? A char test before the slice. */
export function isBlaming(body: string, t: Token): boolean {
  return t.end - t.start === 7 && body.charCodeAt(t.start) === B && body.slice(t.start, t.end) === "blaming";
}

/** The subject's reason after ", blaming" at token i, worded "<subject> blamed …". */
export function blamedReason(
  subject: string,
  claimant: Claimant,
  body: string,
  tokens: readonly Token[],
  i: number,
  start: number,
  end: number,
): Attribution {
  const reason = body.slice(tokens[i + 1]!.start, end).replace(/[.!]$/, "");
  return {
    claimant,
    contentStart: tokens[i]!.start,
    contentEnd: end,
    contentWording: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} blamed ${reason}`,
    lead: { start, end: tokens[i - 1]!.end },
    tail: null,
    aside: null,
  };
}

/**
 * Where the clause that holds the participle at i starts: after the last ", but", ", and" or
 * ", while" before it ("Halvorsen reported earnings that topped estimates, but the snack maker
 * lowered its forecast, blaming …"), else `from`.
 */
export function lastClauseStart(body: string, tokens: readonly Token[], i: number, from: number): number {
  for (let k = i - 2; k > from; k--)
    if (tokens[k]!.flags & (AND | COORDINATOR) && commaBefore(body, tokens, k)) return k + 1;
  return from;
}

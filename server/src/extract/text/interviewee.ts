import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { claimantFromPhrase } from "../analysis/claimant.ts";

/**
 * In a Q&A interview the "A:" turns are the interviewee's words, and the introduction names them
 * ("Climate scientist Dr. Ingrid Solberg has studied Arctic ice for 25 years. We spoke with her
 * …"). Without this every answer was the article's own claim.
 */

/** How much of the text before the first answer is read for the name: the introduction. */
const INTRODUCTION_CHARS = 1500;
/**
 * A person's name as an introduction writes it: after a title ("Dr. Ingrid Solberg") or after a
 * lowercase word ("scientist Ingrid Solberg", "with Ingrid Solberg"), two or three capitalised
 * words. A run that opens a sentence could be a place or a body, so it is not taken.
 */
const NAME =
  /(?:\b(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov)\.\s+|\b\p{Ll}+\s+)(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})(?![\p{L}-])/u;
const TITLE_BEFORE = /\b(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov)\.\s+$/;

/** The person the introduction in body[0, end) names first, with a title if it gives one; null if none. */
export function intervieweeBefore(body: string, end: number): Claimant | null {
  const intro = body.slice(Math.max(0, end - INTRODUCTION_CHARS), end);
  const m = NAME.exec(intro);
  if (!m) return null;
  const nameStart = m.index + m[0].length - m[1]!.length;
  const title = TITLE_BEFORE.exec(intro.slice(Math.max(0, nameStart - 6), nameStart));
  const c = claimantFromPhrase(title ? title[0] + m[1]! : m[1]!);
  return c.type === "person" ? c : null;
}

import { letterOrNumberAt } from "./tokens.ts";

/**
 * "Canal+", "Disney+", "Apple TV+" (decision 770): a brand's name may end in a "+", which is no
 * letter, so the name's last token stops before it and the speaker was named "Canal". The end of a
 * name that stops at `end`, past a "+" written right after its last letter and before no letter
 * or number ("C+D", "A+E" join two, and are left as the tokens read them).
 */
export function endPastPlus(body: string, end: number): number {
  // Cheap first: the one character after the name.
  if (body.charCodeAt(end) !== 43 || end === 0) return end;
  if (letterOrNumberAt(body, end - 1, end) === 0) return end;
  return end + 1 < body.length && letterOrNumberAt(body, end + 1, body.length) > 0 ? end : end + 1;
}

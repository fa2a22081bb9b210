import { A_PERFORMERS_QUALITIES } from "./lexicon.ts";

/**
 * "Shaw, 68, is magnificent.", "Rahm, 31, was superb, and …": "is" or "was", one word of praise or
 * blame given to a performer (the lexicon's A_PERFORMERS_QUALITIES), then the clause ends. A
 * surname alone before the age is then a person, and the figure an age (decision 1080). A tally's
 * place goes on with a rank or a noun ("Kent, 34, is second", "Kent, 34, was the worst-hit
 * county"), which stay a tally's. Optional "simply", "quite", "truly" before the word.
 */
const QUALITY_GOES_ON =
  /^,[ \u00a0]+(?:is|was)[ \u00a0]+(?:(?:simply|quite|truly|utterly|just)[ \u00a0]+)?(\p{Ll}+)(?=[ \u00a0]*(?:[,.;:!]|$|[ \u00a0]+(?:as|in|and|but)\b))/u;

/** Does the aside after the age (`after`, from the comma) give a performer's quality? */
export function aPerformersQualityGoesOn(after: string): boolean {
  // Cheap first: "is" or "was" after ", ".
  const c = after.charCodeAt(2);
  if (c !== 0x69 && c !== 0x77) return false;
  const m = QUALITY_GOES_ON.exec(after);
  return m !== null && A_PERFORMERS_QUALITIES.has(m[1]!);
}

/**
 * Regional newspapers' names, whose last word no national paper's list holds (decision 675):
 * "Liverpool Echo", "Northern Echo", "Birmingham Mail", "Western Mail", "Manchester Evening News",
 * "Edinburgh Evening News". A page pasted from a regional paper's site opens with its name and is
 * seldom signed again lower down, so the masthead needs no signature, as a national paper's does
 * not (decision 635). "Mail" and "Echo" alone, and "Evening News" without a place before it, stay a
 * headline's words; the words before the paper's are tested as newspaper-name-alone.ts tests them.
 * Decision 720 adds "Kent Messenger", "Bristol Live", "Eastern Daily Press" and others
 * (regional-newspaper-endings.ts).
 */

import { endsLikeAnotherRegionalPaper } from "./regional-newspaper-endings.ts";

/** The last words of a regional paper's name. */
const REGIONAL_LAST_WORDS = new Set(["Echo", "Mail"]);

/** Does the name (its words, no "The") end as a regional paper's does, with a word before its ending? */
export function endsLikeARegionalPaper(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2) return false;
  const last = words[n - 1]!;
  if (REGIONAL_LAST_WORDS.has(last)) return true;
  // "Manchester Evening News": "News" only after "Evening" and a place before both ("Good News" and
  // "Evening News" alone are read as before).
  if (n >= 3 && last === "News" && words[n - 2] === "Evening") return true;
  return endsLikeAnotherRegionalPaper(words);
}

import { isUpperLetter } from "./char-classes.ts";

/**
 * Regional newspapers' names, whose last word no national paper's list holds. A page pasted from a
 * regional paper's site opens with its name and is seldom signed again lower down, so the masthead
 * needs no signature, as a national paper's does not (decision 635). The words before the paper's
 * are tested as newspaper-name-alone.ts tests them.
 *
 * - "Liverpool Echo", "Northern Echo", "Birmingham Mail", "Western Mail", "Manchester Evening
 *   News" (decision 675): "Mail" and "Echo" alone, and "Evening News" without a place before it,
 *   stay a headline's words.
 * - "Kent Messenger", "Brighton Argus", "Dundee Courier", "Huddersfield Examiner", "Stoke Sentinel"
 *   (decision 720): a paper's word after capitalised words only, so "Shoot the Messenger" is read
 *   as before.
 * - "Bristol Live", "Hull Live" (decision 720): a regional site's "Live" only after one place, so
 *   "Premier League Live" is read as before.
 * - "Eastern Daily Press", "York Evening Press" (decision 720): "Press" only after "Daily" or
 *   "Evening" and a place, so "Free Press" and "Bench Press" are read as before.
 */

/** The last words of a regional paper's name. */
const REGIONAL_LAST_WORDS = new Set(["Echo", "Mail"]);
const PAPER_WORDS = new Set(["Messenger", "Argus", "Courier", "Examiner", "Sentinel", "Advertiser"]);
const DAILY_OR_EVENING = new Set(["Daily", "Evening"]);
/**
 * The middle word of a three-word name that ends in a paper's word: "Huddersfield Daily Examiner",
 * "West Sussex Advertiser". A headline in title case has its verb there ("Police Hunt Courier"), or
 * before a fourth word ("Police Hunt Fake Courier", "Police Raid Daily Press"), so a name of four
 * words, or of three with another middle word, is read (decision 720's review).
 */
const NAME_MIDDLE = new Set(["Daily", "Evening", "Morning", "Weekly", "Sussex", "Yorkshire"]);

/** Does the name (its words, no "The") end as a regional paper's does, with a word before its ending? */
export function endsLikeARegionalPaper(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2) return false;
  const last = words[n - 1]!;
  if (REGIONAL_LAST_WORDS.has(last)) return true;
  // "Manchester Evening News": "News" only after "Evening" and a place before both ("Good News" and
  // "Evening News" alone are read as before).
  if (n >= 3 && last === "News" && words[n - 2] === "Evening") return true;
  if (PAPER_WORDS.has(last)) {
    if (n > 3 || (n === 3 && !NAME_MIDDLE.has(words[1]!))) return false;
    return words.every((word) => isUpperLetter(word[0]!));
  }
  if (last === "Live") return n === 2;
  return n === 3 && last === "Press" && DAILY_OR_EVENING.has(words[1]!);
}

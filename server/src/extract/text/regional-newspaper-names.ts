import { isUpperLetter } from "./char-classes.ts";
import { isCountyNamedAlone } from "../analysis/counties-listed-alone.ts";
import { endsLikeAPlaceName } from "./place-name-endings.ts";

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
 * - "Cambridge News", "Bournemouth News" (decision 740): "News" after one word that ends as a
 *   town's name does (place-name-endings.ts), so "Good News", "Jobs News" and "Fake News" are read
 *   as before.
 * - "Hemel Hempstead Courier" (decision 740): a paper's word after a two-word place, whose second
 *   word ends as a town's name does; "Police Hunt Courier" is read as before.
 * - "Express & Star", "Post and Courier" (decision 740): two papers' words joined by "&" or "and".
 * - "POST AND COURIER", "News & Star", "Kent News" (decision 765): a name in capitals, whose "and"
 *   is read as "And"; "News" before "&"; a county's "News" (counties-listed-alone.ts's list, or
 *   any "-shire"), so "Good News" and "Fake News" are read as before.
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
/**
 * The papers' words that make a name when joined by "&" or "and": "Express & Star", "Post and
 * Courier", "Chronicle & Echo", "News & Star" (decision 765). Both sides must be one, so "Stars and
 * Stripes" is read.
 */
const JOINED_PAPER_WORDS = new Set(
  "Express Star Echo Post Courier Chronicle Mail Press Times Herald Gazette Advertiser News".split(" "),
);
/**
 * The words that join two papers' words: "&", "and", and "And" from a name in capitals ("POST AND
 * COURIER" is read as "Post And Courier"; decision 765).
 */
const JOINERS = new Set(["&", "and", "And"]);

/** Does the word join two papers' words in a name ("&", "and", "And")? */
export function isPaperJoiner(word: string | undefined): boolean {
  return word !== undefined && JOINERS.has(word);
}

/** Does the name (its words, no "The") end as a regional paper's does, with a word before its ending? */
export function endsLikeARegionalPaper(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2) return false;
  const last = words[n - 1]!;
  if (REGIONAL_LAST_WORDS.has(last)) return true;
  // "Manchester Evening News": "News" only after "Evening" and a place before both ("Good News" and
  // "Evening News" alone are read as before).
  if (n >= 3 && last === "News" && words[n - 2] === "Evening") return true;
  // "Cambridge News": a place's "News" (decision 740); "Kent News": a county's (decision 765).
  if (last === "News") return n === 2 && (endsLikeAPlaceName(words[0]!) || isCountyNamedAlone(words[0]!));
  // "Express & Star": two papers' words joined (decision 740), asked before "Courier" alone is.
  if (n === 3 && isPaperJoiner(words[1]) && JOINED_PAPER_WORDS.has(last)) {
    return JOINED_PAPER_WORDS.has(words[0]!);
  }
  if (PAPER_WORDS.has(last)) {
    if (n > 3 || (n === 3 && !NAME_MIDDLE.has(words[1]!) && !endsLikeAPlaceName(words[1]!))) return false;
    return words.every((word) => isUpperLetter(word[0]!));
  }
  if (last === "Live") return n === 2;
  return n === 3 && last === "Press" && DAILY_OR_EVENING.has(words[1]!);
}

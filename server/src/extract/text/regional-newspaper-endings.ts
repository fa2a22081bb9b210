/**
 * More regional papers' endings (decision 720), whose masthead alone on a pasted page's first line
 * was read as a claim: "Kent Messenger", "Brighton Argus", "Dundee Courier", "Huddersfield Examiner",
 * "Stoke Sentinel" (a paper's word, after capitalised words only: "Shoot the Messenger" is read as before), "Bristol Live", "Hull Live" (a
 * regional site's "Live", only after one place, so "Premier League Live" is read as before), and
 * "Eastern Daily Press", "York Evening Press" ("Press" only after "Daily" or "Evening" and a place,
 * so "Free Press" and "Bench Press" are read as before).
 */
import { isUpperLetter } from "./char-classes.ts";

const PAPER_WORDS = new Set(["Messenger", "Argus", "Courier", "Examiner", "Sentinel", "Advertiser"]);
const DAILY_OR_EVENING = new Set(["Daily", "Evening"]);
/**
 * The middle word of a three-word name that ends in a paper's word: "Huddersfield Daily Examiner",
 * "West Sussex Advertiser". A headline in title case has its verb there
 * ("Police Hunt Courier"), or before a fourth word ("Police Hunt Fake Courier", "Police Raid Daily
 * Press"), so a name of four words, or of three with another middle word, is read (decision 720's
 * review).
 */
const NAME_MIDDLE = new Set(["Daily", "Evening", "Morning", "Weekly", "Sussex", "Yorkshire"]);

/** `words`: the name's words, no "The", two or more. */
export function endsLikeAnotherRegionalPaper(words: readonly string[]): boolean {
  const n = words.length;
  const last = words[n - 1]!;
  // Every word before capitalised: "Shoot the Messenger" is a headline's.
  if (PAPER_WORDS.has(last)) {
    if (n > 3 || (n === 3 && !NAME_MIDDLE.has(words[1]!))) return false;
    return words.every((word) => isUpperLetter(word[0]!));
  }
  if (last === "Live") return n === 2;
  return n === 3 && last === "Press" && DAILY_OR_EVENING.has(words[1]!);
}

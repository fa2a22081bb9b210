/**
 * "one" that counts nothing: "Justice Kavanaugh at one point asked …" (an idiom of time) and "the
 * one achieved by NASA's Stardust mission" (a pronoun for a noun said before). The quantity
 * reader asks here before it reads "one" as a figure; "one point" after anything but "at" ("won
 * by one point") and "one" after other words ("one person died") still count.
 */

/** "at one point", "at one time", "at one stage", "at one moment": when, not how many. */
const AT_ONE_NOUNS = new Set(["point", "time", "stage", "moment"]);

/** The lowercase word that ends right before `at` (after one space), or "". */
function wordBefore(text: string, at: number): string {
  if (text.charCodeAt(at - 1) !== 32) return "";
  let s = at - 1;
  while (s > 0 && s > at - 8 && isLetter(text.charCodeAt(s - 1))) s--;
  return text.slice(s, at - 1).toLowerCase();
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Words after "the one" that show it stands for a noun said before ("the one that failed", "the
 * one we had in Georgia", "the one in Jackson", "the one is", "on the one hand"), not a count of
 * the noun after it ("the one hospital in the county": one hospital).
 */
const PRONOUN_FOLLOWERS = new Set(
  (
    "that who which whom whose where when we i you he she they it the a an this his her their its our my " +
    "in at on of for from with by to near under like and or but is was are were has had will would could can " +
    "hand side"
  ).split(" "),
);

/**
 * Is the number word `num` at text[at] (with `noun`, the word after it, if any) "one" that counts
 * nothing?
 */
export function oneCountsNothing(text: string, at: number, num: string, noun: string | undefined): boolean {
  if (num.length !== 3 || num.toLowerCase() !== "one") return false;
  const before = wordBefore(text, at);
  if (before === "at") return noun !== undefined && AT_ONE_NOUNS.has(noun.toLowerCase());
  if (before !== "the") return false;
  // "the one billion mark" has a multiplier and is never asked about.
  if (noun === undefined) return true;
  const word = noun.toLowerCase();
  // "the one we've been on": the word before its apostrophe.
  const apostrophe = word.search(/['’]/);
  if (PRONOUN_FOLLOWERS.has(apostrophe > 0 ? word.slice(0, apostrophe) : word)) return true;
  // "the one achieved by NASA's Stardust mission": a participle after it is the pronoun's, as
  // often as not ("the one reported death" is left uncounted with them); and a word in capitals
  // ("the one WASHINGTON") is no noun it counts.
  return (word.length > 4 && word.endsWith("ed")) || noun === noun.toUpperCase();
}

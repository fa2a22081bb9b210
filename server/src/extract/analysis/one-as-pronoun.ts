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
 * Is the number word `num` at text[at] (with `noun`, the word after it, if any) "one" that counts
 * nothing?
 */
export function oneCountsNothing(text: string, at: number, num: string, noun: string | undefined): boolean {
  if (num.length !== 3 || num.toLowerCase() !== "one") return false;
  const before = wordBefore(text, at);
  if (before === "at") return noun !== undefined && AT_ONE_NOUNS.has(noun.toLowerCase());
  // "the one achieved by", "the one that failed": a pronoun; "the one billion mark" has a multiplier
  // and is never asked about.
  return before === "the";
}

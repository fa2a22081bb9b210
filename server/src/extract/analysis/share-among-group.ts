import { countsPlural } from "./parallel-counted-noun.ts";

/**
 * "one in 20 among teenagers", "1 in 10 among men": a share with no noun of its own that names the
 * group it is a share of after "among". Compared with "One in four women" before it, the share had
 * taken "women"; it is a share of men. The unit for the share ending at `end` of `text`:
 * "share of <noun>" for a plural noun after "among", "share" (nothing lent) for another group
 * ("among young people", "among the over-65s", "among Black women"), or undefined when no group is named there or
 * "among" is followed by a pronoun ("among those who ate the most", a share of what the sentence
 * counted before, decision 340).
 */
const AMONG = /^[ \u00a0]+among[ \u00a0]+(\p{L}[\p{L}-]*)/u;
const PRONOUNS = new Set(["those", "them", "these", "whom", "which", "us"]);
/**
 * Words that end like a plural and are none: a determiner before the group ("among its members",
 * "among his supporters", "among this group") or an adjective in "-ous" ("among previous
 * customers", "among various age groups"). The group is named, in more than one word.
 */
const NOT_PLURAL = /^(?:its|his|hers|ours|yours|theirs|this|thus)$|ous$/;

export function shareAmongGroup(text: string, end: number): string | undefined {
  // Cheap test: " among " is seven chars and starts with a space and "a".
  if (text.charCodeAt(end) !== 32 || (text.charCodeAt(end + 1) | 32) !== 97) return undefined;
  const m = AMONG.exec(text.slice(end, end + 40));
  if (m === null || PRONOUNS.has(m[1]!)) return undefined;
  return countsPlural(m[1]!) && !NOT_PLURAL.test(m[1]!) ? `share of ${m[1]!}` : "share";
}

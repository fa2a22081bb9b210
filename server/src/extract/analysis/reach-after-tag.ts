/**
 * "“Violent crime has doubled,” Ray Dunmore said in a March 3 video posted to his campaign's
 * Facebook page, which has been viewed more than 85,000 times.": how many saw the claim is a
 * figure fact-checks report, and it sat in the speaker's tag, where no claim held it. The clause
 * is the article's own claim about the video (views count a video, a post or a clip, not the page
 * it was posted to), worded with it: "The March 3 video posted to his campaign's Facebook page has
 * been viewed more than 85,000 times".
 * Only a count of times after viewed, watched, shared, seen, liked, retweeted or played.
 */
const REACH_AFTER_TAG =
  /\b(?:in|on|during) (?:a|an|the|his|her|their|its) ((?:[\p{L}\d’'-]+ ){0,3}?(?:video|post|clip|ad|advert|advertisement|tweet|livestream|reel|speech|interview|podcast|broadcast)\b[^,;“”"]{0,80}), (which|that) ((?:has|have|had) (?:since |now |already )?been (?:viewed|watched|shared|seen|liked|retweeted|played|streamed) (?:[^,;.“”"]|[,.](?=\d)){1,40}?\btimes)\s*[.!]?\s*$/u;

/** The clause's start in `after` (an offset into it) and its wording, or null. */
export function reachAfterTag(after: string): { from: number; wording: string } | null {
  // Every such clause ends in "times": one native search before the regex.
  if (!after.includes("times") || !after.includes("which")) return null;
  const m = REACH_AFTER_TAG.exec(after);
  if (m === null) return null;
  const from = m.index + m[0].indexOf(`, ${m[2]!} `) + 2;
  return { from, wording: `The ${m[1]!.trimEnd()} ${m[3]!}` };
}

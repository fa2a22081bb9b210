import { lowerWordAt, type Token } from "./tokens.ts";
import { PAST } from "./word-flags.ts";

/** Where something is said: "In a statement posted on Telegram, …", "In an interview broadcast on Sunday, …". */
export const SAID_IN = new Set(
  "statement post interview letter email filing video speech message note release".split(" "),
);

/**
 * "…, TikTok said in a video posted on Monday": "posted" right after the noun of where it was said
 * describes that video, as "released" does in "a statement released on Monday"; it is no reporting
 * verb of its own. Read as one, it made "TikTok said in a video" the speaker's lead and "in a video
 * posted on Monday" what was said (decision 885). "Trump posted that …" and "…, he posted" still
 * report. Asked only of a token that is a reporting verb: one string compare, then one set look-up.
 */
export function postedDescribesMedium(body: string, tokens: readonly Token[], i: number): boolean {
  return i > 0 && lowerWordAt(body, tokens[i]!) === "posted" && SAID_IN.has(lowerWordAt(body, tokens[i - 1]!));
}

/**
 * How much longer a tag may be when it names a medium a past form describes: the participle's
 * (decision 885's review) and the trailing tag's own walk, "…, Tesco said in a statement posted to
 * its website on Monday" (decision 930).
 */
export const MEDIUM_REACH = 6;

/**
 * "Tesco said in a video posted on Monday, adding that …": after the verb, "in", a medium of
 * decision 885's (with a determiner or none) and a past form that describes it ("posted",
 * "delivered"). Set look-ups only; asked only of a tag too long for the plain reading
 * (`trailingSpeakerBefore` in participle-speech.ts, `trailingContent` in reported-content.ts).
 */
export function describedMedium(body: string, tokens: readonly Token[], verb: number): boolean {
  if (verb + 3 >= tokens.length || lowerWordAt(body, tokens[verb + 1]!) !== "in") return false;
  const noun = SAID_IN.has(lowerWordAt(body, tokens[verb + 2]!)) ? verb + 2 : verb + 3;
  return SAID_IN.has(lowerWordAt(body, tokens[noun]!)) && ((tokens[noun + 1]?.flags ?? 0) & PAST) !== 0;
}

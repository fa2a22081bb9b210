import { lowerWordAt, type Token } from "./tokens.ts";

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

import { lowerWordAt, type Token } from "./tokens.ts";
import {
  AND,
  CAPITALISED,
  COORDINATOR,
  OBJECT_STARTER,
  PARENTHETICAL_PREPOSITION,
  PAST,
  UPPER_OR_NUMBER_FIRST,
} from "./word-flags.ts";

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
  const noun = mediumAfter(body, tokens, verb);
  return noun > 0 && ((tokens[noun + 1]?.flags ?? 0) & PAST) !== 0;
}

/**
 * The index of the medium named right after the verb at `verb`, "in" and a medium of decision
 * 885's with a determiner or none ("in a statement", "in its filing"), or -1. Set look-ups only.
 */
export function mediumAfter(body: string, tokens: readonly Token[], verb: number): number {
  if (verb + 2 >= tokens.length || lowerWordAt(body, tokens[verb + 1]!) !== "in") return -1;
  if (SAID_IN.has(lowerWordAt(body, tokens[verb + 2]!))) return verb + 2;
  return verb + 3 < tokens.length && SAID_IN.has(lowerWordAt(body, tokens[verb + 3]!)) ? verb + 3 : -1;
}

/**
 * "…, Tesco said in a statement to the stock exchange in London on Monday morning": a tag that
 * names its medium right after the verb may run up to `MEDIUM_REACH` words past the plain 8 when
 * nothing in it may be a clause's verb in the present, a lowercase word in "-s" after a lowercase
 * word that is no determiner or preposition ("in London on Monday the price of bread rises by
 * 10%", decision 970), or after a capital once "as", "but" or "while" has joined a clause. The
 * tag's pasts are asked by the caller (`adjunctHasVerb`). Asked only of a tag too long for the plain
 * reading: set look-ups, char codes and one string compare over its words.
 */
export function namedMediumTag(body: string, tokens: readonly Token[], verb: number, end: number): boolean {
  const noun = mediumAfter(body, tokens, verb);
  if (noun < 0) return false;
  // After a word that joins a clause ("as", "but", "while"), a name before the "-s" word is the
  // clause's subject, not a noun's modifier: "… on Monday as its rival Sainsbury's cuts 400 jobs".
  let joined = false;
  for (let k = noun + 1; k < end; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (
      body.charCodeAt(t.end - 1) === 115 &&
      !(t.flags & (CAPITALISED | UPPER_OR_NUMBER_FIRST)) &&
      !(prev.flags & (OBJECT_STARTER | PARENTHETICAL_PREPOSITION)) &&
      (joined || !(prev.flags & (CAPITALISED | UPPER_OR_NUMBER_FIRST)))
    )
      return false;
    if (!joined && ((t.flags & COORDINATOR && !(t.flags & AND)) || lowerWordAt(body, t) === "as")) joined = true;
  }
  return true;
}

/**
 * A newsroom's donation box, a short paragraph of its own that ends on its button (decision 595):
 * Full Fact's "Full Fact fights bad information / We're a team of independent fact checkers and
 * campaigners who find, expose and counter the harm it does. / Donate now". The lines over the
 * button are the pitch; alone, each reads as a claim of the story.
 */

/** A donation or membership button alone on its line: "Donate now", "Become a member", "Support us". */
export const DONATE_BUTTON =
  /^(?:Donate(?: (?:now|today|here))?|Make a donation(?: (?:now|today))?|Give (?:now|today)|Support us(?: (?:now|today))?|Become an? (?:member|supporter|patron|donor|subscriber)(?: (?:now|today))?)\s*[.!]?\s*$/i;
/** The longest paragraph read as a box: a heading, a line or two and the button. */
const BOX_MAX = 400;
/** The most lines a box has over its button. */
const LINES_OVER_BUTTON = 3;
/**
 * A figure, a number or a share in words, a comparison or a source's word: news that a story's or a
 * charity's paragraph over such a line carries ("One in four children in the UK lives in poverty.",
 * "Rents have doubled in the city", "Wildfires destroyed thousands of homes, officials say",
 * "Measles cases have tripled, WHO figures show"). Such a paragraph is read, the button alone dropped.
 */
const NEWS_IN_BOX =
  /\d|\b(?:said|says|say|told|according to|warned|warns|announced|claimed|claims|reported|show|shows|showed|found|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|half|third|quarter|most|every|twice|doubled|tripled|halved|than|record|worst|best|only)\b/i;
/**
 * The newsroom's own voice ("We're a team of …", "Our reporting is free …", "Help us keep going"):
 * a box speaks for its newsroom; a story's paragraph over a stray button ("The hospice relies on
 * public donations to stay open." over "Give now") does not. "us" in lowercase only: "US" is a country.
 */
const NEWSROOM_VOICE = /\b(?:[Ww]e|[Oo]ur|us)\b/;

/**
 * Is the paragraph body[from, to) a donation box: a few lines of pitch in the newsroom's own voice,
 * with no news in them, over a DONATE_BUTTON line?
 */
export function isDonationBox(body: string, from: number, to: number): boolean {
  if (to - from > BOX_MAX) return false;
  const buttonAt = body.lastIndexOf("\n", to - 1) + 1;
  // Cheap first: the last line opens as a button does ("D", "M", "G", "S", "B").
  if (buttonAt <= from || !"DMGSB".includes(body[buttonAt]!)) return false;
  if (!DONATE_BUTTON.test(body.slice(buttonAt, to))) return false;
  const pitch = body.slice(from, buttonAt);
  return pitch.split("\n").length - 1 <= LINES_OVER_BUTTON && NEWSROOM_VOICE.test(pitch) && !NEWS_IN_BOX.test(pitch);
}

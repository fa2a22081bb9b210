/**
 * What the words around a figure say about it: "more than", "about", "at most" (the qualifier),
 * flipped by a negation ("did not fall below 25C" is at least 25), a verb of passing ("could
 * exceed 10,000" is more than), and "over" a span of time after another figure, which is the
 * period it is spread across, not a bound. Read from short slices of the text around the figure.
 */
import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { asciiPlainWord, mayBeNegation } from "./large-pattern-gates.ts";

export const QUALIFIERS: Record<string, string> = {
  "just over": "more_than",
  "more than": "more_than",
  "greater than": "more_than",
  over: "more_than",
  above: "more_than",
  "upwards of": "more_than",
  "in excess of": "more_than",
  "just under": "less_than",
  "less than": "less_than",
  "fewer than": "less_than",
  under: "less_than",
  below: "less_than",
  about: "approximately",
  around: "approximately",
  roughly: "approximately",
  approximately: "approximately",
  some: "approximately",
  "close to": "approximately",
  nearly: "approximately",
  almost: "approximately",
  "at least": "at_least",
  // "as many as 1,000 people": up to that many, the figure being the high end.
  "as many as": "at_most",
  "as much as": "at_most",
  "up to": "at_most",
  "at most": "at_most",
  "no more than": "at_most",
  // "no fewer than 30 people" is at least 30.
  "no fewer than": "at_least",
  "no less than": "at_least",
  exactly: "exactly",
  // "an estimated 32 million people": an estimate is an approximation.
  estimated: "approximately",
};

/** A verb of movement right before "up to": the level reached, not a bound. */
const MOVED_BEFORE =
  /\b(?:edged|ticked|inched|crept|moved|went|shot|jumped|climbed|rose|bumped|revised|nudged|pushed|ramped|stepped)\s+$/i;

/** A word that denies: "not", "never", "cannot", "didn't", "nobody" ("no one" is read as two words). */
const NEGATION = /^(?:not|never|cannot|nobody|\p{L}+n['’]t)$/iu;
/** A run of letters alone: no figure, no punctuation. */
const PLAIN_WORD = /^\p{L}+$/u;

/** Is the word a run of letters alone? ASCII words are told without the pattern (decision 760). */
export function isPlainWord(word: string): boolean {
  return asciiPlainWord(word) ?? PLAIN_WORD.test(word);
}
/**
 * Words between a negation and a bound past which it denies something else: a new clause ("did
 * not say how over 20 …"), a preposition ("would not comment on over 300 cases"), "rule out"
 * ("did not rule out more than 20 deaths" leaves more possible), or "only" and "just" ("not only
 * rose above" stresses rather than denies).
 */
const NEGATION_BREAKS = new Set(
  "that which who whom whose what why how when where while whether if unless until once because and but or nor as since although though than so then also yet to of on in for with from by at into about out the a an only just merely simply even".split(
    " ",
  ),
);

/**
 * The qualifier a match's qualifier words stand for. A denied bound flips: "did not fall below
 * 25C" is at least 25, "never rose above 4 metres" at most 4. `at` is where the qualifier starts
 * in `text`.
 */
export function qualifierAt(qual: string | undefined, text: string, at: number): string | null {
  if (!qual) {
    if (!passedBefore(text, at)) return null;
    return DENIED_PASSING.test(text.slice(Math.max(0, at - 36), at)) ? "at_most" : "more_than";
  }
  // "we are talking about 26 fewer admissions": "about" is what is talked of, not roughly.
  if (
    qual.length === 5 &&
    qual.toLowerCase() === "about" &&
    TOPIC_VERB_BEFORE.test(text.slice(Math.max(0, at - 16), at))
  )
    return null;
  const q = QUALIFIERS[qual.toLowerCase()] ?? null;
  // "edged up to 34.3 hours", "went up to 6.9%": "up" goes with the verb; the figure is where it got to.
  if (
    qual.length === 5 &&
    q === "at_most" &&
    qual.toLowerCase() === "up to" &&
    MOVED_BEFORE.test(text.slice(Math.max(0, at - 16), at))
  )
    return null;
  if (q !== "more_than" && q !== "less_than") return q;
  if (!negatedBefore(text, at) && !UNLIKELY_BEFORE.test(text.slice(Math.max(0, at - 32), at))) return q;
  return q === "more_than" ? "at_most" : "at_least";
}

// Only verbs of talking: after "heard", "know" or "read" it is "roughly" ("heard about 20 gunshots").
const TOPIC_VERB_BEFORE = /\b(?:talk|talks|talking|talked|worried|concerned)[ \u00a0]+$/i;

/** "could exceed 10,000", "topped $5 billion", "may top 5%": a verb of passing makes the figure a lower bound. */
const PASSING_VERB =
  /(?:\bexceed(?:s|ed|ing)?|\bsurpass(?:es|ed|ing)?|\btop(?:s|ped|ping)|\b(?:could|may|might|will|would|to|can|should)[ \u00a0]+top)[ \u00a0]+(?:[$€£¥₹₩][ \u00a0]?)?$/i;

/** Does a verb of passing stand right before the figure at `at`? Reads a short slice only. */
function passedBefore(text: string, at: number): boolean {
  if (at < 4) return false;
  const c = text.charCodeAt(at - 1);
  if (c !== 32 && c !== 0xa0) return false;
  return PASSING_VERB.test(text.slice(Math.max(0, at - 24), at));
}

/** "is unlikely to exceed 2C", "did not top 5%": a denied passing is an upper bound. */
const DENIED_PASSING =
  /(?:\bunlikely to|\bnot|\bnever|n['’]t|\bcannot)[ \u00a0]+(?:\w+[ \u00a0]+)?(?:exceed|surpass|top)[ \u00a0]+(?:[$€£¥₹₩][ \u00a0]?)?$/i;

const MAY_NEGATE = /not|n['’]t|never|nobody|no one/i;
/** "is unlikely to fall below 6 million" is at least 6 million: a bound judged unlikely to be passed. */
const UNLIKELY_BEFORE = /\bunlikely[ \u00a0]+to[ \u00a0]+(?:\w+[ \u00a0]+)?$/i;

/**
 * Does a negation stand at most two plain words (and a "by") before `at` ("not more than", "did
 * not fall below", "didn't drop much under", "did not cut costs by more than")? Reads a short slice only, so the cost does not grow with the text.
 */
function negatedBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  const slice = text.slice(from, at);
  // Most bounds have no negation near them: one native search before splitting into words.
  if (!MAY_NEGATE.test(slice)) return false;
  const words = slice.split(/\s+/);
  // The last piece is "" when white space stands right before the qualifier; the first may be a
  // word the slice cut, unless the slice starts the text.
  if (words.length < 2 || words[words.length - 1] !== "") return false;
  const first = from === 0 ? 0 : 1;
  // "did not reduce deaths by more than 10 percent", "has not been seen by more than 20 people":
  // "by" right before the bound measures what is denied, so it is read past and not counted.
  let last = words.length - 2;
  if (last > first && words[last]!.toLowerCase() === "by") last--;
  for (let i = last, gap = 0; i >= first && gap <= 2; i--, gap++) {
    const w = words[i]!.toLowerCase();
    if (mayBeNegation(w) && NEGATION.test(w)) return true;
    // "no one should pay more than $35": a cap, as "nobody should" is.
    if (w === "one" && i > first && words[i - 1]!.toLowerCase() === "no") return true;
    if (!isPlainWord(w) || NEGATION_BREAKS.has(w)) return false;
  }
  return false;
}

const PERIOD_UNITS = new Set([
  "year",
  "years",
  "month",
  "months",
  "decade",
  "decades",
  "week",
  "weeks",
  "day",
  "days",
  "season",
  "seasons",
  "quarters",
]);
/** Verbs of lasting before "over N weeks": "waited over 18 weeks" is more than 18 weeks. */
const LASTING_BEFORE =
  /\b(?:waited|wait|waiting|lasted|lasts|lasting|took|takes|spent|served|lived|worked|stayed|remained|ran|been)[ \u00a0]+$/i;
/** Words before "over N years" that make it "more than": "for over ten years", "aged over 65 years". */
const OVER_MEANS_MORE = /\b(?:for|aged|than|of|after|in|within)[ \u00a0]+$/i;

/**
 * "pledged 3 billion crowns over ten years", "cut 5,000 jobs over three years": "over" a span of
 * time right after another figure is the period that figure is spread across, not more than it.
 * Anywhere else it is more than: "people over 65 years of age", "waited over 18 weeks", "for over
 * ten years".
 */
export function overIsPeriod(
  qualifier: string,
  q: Quantity,
  text: string,
  start: number,
  at: number,
  found: readonly Quantity[],
): boolean {
  if (q.unit === null || !PERIOD_UNITS.has(q.unit) || qualifier.toLowerCase() !== "over") return false;
  // "Over 11 years, 600 people died": a span of time that opens the sentence, set off by a comma.
  if (text.slice(0, at).trim() === "" && text.charCodeAt(q.end - start) === 44) return true;
  const previous = found[found.length - 1];
  if (previous === undefined || previous.end - start > at) return false;
  const before = text.slice(Math.max(0, at - 12), at);
  if (OVER_MEANS_MORE.test(before)) return false;
  // Right after the figure ("cut 5,000 jobs over three years"), or later in its clause when no
  // verb of lasting stands before it ("8,000 people crossed into Ceuta over two days").
  if (at - (previous.end - start) <= 2) return true;
  return !/[,;:]/.test(text.slice(previous.end - start, at)) && !LASTING_BEFORE.test(before);
}

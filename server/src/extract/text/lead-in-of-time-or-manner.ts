/**
 * Lead-ins before "…, X said" that open with no place word, sentence adverb or listed opener
 * (decision 835): "Last week, the company said", "By contrast, the Treasury said", "Back in London,
 * the prime minister said", "Throughout the trial, his lawyer said", "From the dock, Smith said",
 * "With tears in her eyes, the mother said". Decision 805 read only a place's preposition or one
 * adverb as a lead-in's first word, since a statement that closes on its speaker opens with the
 * noun it is about. Each shape here is one a statement does not take: a time named by "last",
 * "this" or "next"; a fixed phrase of comparison; "back" before a place; a preposition of time or
 * manner before an article, a possessive or words with no figure. The caller has already asked
 * for the unit's only comma and for no verb of its own.
 */

import { WEEKDAYS } from "../analysis/dates.ts";
import { OCCUPATIONS, ORGANISATION_WORDS, POSSESSIVE_DETERMINERS, ROLE_WORDS } from "../analysis/lexicon.ts";
import { NUMBER_WORDS } from "../analysis/quantities.ts";
import { PERIODS } from "../analysis/time-before-speaker.ts";
import { isAsciiLower, isAsciiUpper, isDigit } from "./char-classes.ts";

/** "Last week", "This morning", "Last Tuesday": a time named from the day of writing. */
export const TIME_POINTERS = new Set(["last", "this", "next"]);
/**
 * The periods a time before a speaker counts (decision 820's `PERIODS`) and the weekdays. Not
 * "fall": "Last fall" over a line was not tried as a lead-in, and "fall" is as often a verb.
 */
export const TIME_NOUNS: ReadonlySet<string> = new Set([...[...PERIODS].filter((p) => p !== "fall"), ...WEEKDAYS]);
/** "By contrast", "By comparison": the phrase sets one speaker against another, it says nothing. */
const COMPARISON_NOUNS = new Set(["contrast", "comparison"]);
/** The words after "from" that open a place or a time ("From the dock", "From his cell"). */
export const FROM_DETERMINERS = new Set(["the", "a", "an", ...POSSESSIVE_DETERMINERS]);
/** A preposition of time or manner and up to four words: "With tears in her eyes". */
const MANNER_LEAD_IN_WORDS = 5;
/**
 * The most words of a lead-in opened by "Throughout", counting "Throughout": it and up to three
 * words, as a place lead-in's. "Throughout the UK rents rise, the ONS said" is a statement with its
 * subject after the place (review of decision 835).
 */
const THROUGHOUT_LEAD_IN_WORDS = 4;
/**
 * A competition or an office after "back in": "Back in the Premier League", "Back in Government"
 * state where a club or a party stands, not where the saying was (review of decision 835).
 */
const STANDING_NOUNS = new Set(["league", "cup", "division", "championship", "government", "power", "office"]);

/**
 * Are `words` (the lead-in's words, `first` its first in lowercase) a lead-in of time or manner?
 * `placeLeadIn` reads the words after "back" ("Back in London", "Back home"), given their first in
 * lowercase. Set lookups and a digit test on a few words, asked only after the place's and the adverb's tests failed.
 */
export function leadInOfTimeOrManner(
  words: readonly string[],
  first: string,
  placeLeadIn: (rest: readonly string[], restFirst: string) => boolean,
): boolean {
  const second = words[1]!.toLowerCase();
  if (words.length === 2 && TIME_POINTERS.has(first)) return TIME_NOUNS.has(second);
  if (first === "by") return words.length === 2 && COMPARISON_NOUNS.has(second);
  // "Back in London", "Back at Westminster": a named place, where "Back in profit" and "Back in the
  // black" are a state.
  if (first === "back")
    return second === "home"
      ? words.length === 2
      : placeLeadIn(words.slice(1), second) && namesAPlace(words) && !STANDING_NOUNS.has(words.at(-1)!.toLowerCase());
  if (words.length > MANNER_LEAD_IN_WORDS) return false;
  if (first === "throughout") return words.length <= THROUGHOUT_LEAD_IN_WORDS;
  if (first === "from") return words.length <= 4 && FROM_DETERMINERS.has(second);
  // "With 20 dead, police said" is a count, which a headline-like statement opens with as often.
  return first === "with" && !words.some(holdsFigure);
}

/** A capital after "back" and its preposition: "Back in London", "Back in the Commons". */
function namesAPlace(words: readonly string[]): boolean {
  return words.slice(2).some((w) => isAsciiUpper(w.charCodeAt(0)));
}

/**
 * A digit in the word, or a number in words but "one" ("With two dead", "With dozens missing"; review
 * of decision 835): a count or a share, which opens a statement ("With 20 dead"). "With one voice"
 * is a manner.
 */
function holdsFigure(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower !== "one" && Object.hasOwn(NUMBER_WORDS, lower)) return true;
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) return true;
  return false;
}

/**
 * Is the speaker before "said" (`attribution`: the words after the lead-in's comma, "the mother
 * said") one the attribution reader does not name after a lead-in: a word that opens in lowercase,
 * does not end in "s" (but for "-ss", no plural: "a witness"; decision 965) and is no role,
 * occupation or body word, as the word before "said" ("the mother", "her husband", "a neighbour",
 * "the driver", "the prisoner")? Any such word counts, not
 * only one for a person. A run-on would then take the line under's words from
 * its own speaker and give them to no one ("With tears in her eyes, the mother said" over "Police
 * said …"; review of decision 835). Names, bodies ("the company", "the Treasury"), roles ("his
 * lawyer", "the striker") and groups in the plural ("officials", "firefighters") are read. A split
 * and set lookups on the last word but one.
 */
export function speakerUnreadAfterLeadIn(attribution: string): boolean {
  const words = attribution.trim().split(" ");
  if (words.length < 2) return false;
  const noun = words[words.length - 2]!;
  if (!isAsciiLower(noun.charCodeAt(0)) || (noun.endsWith("s") && !noun.endsWith("ss"))) return false;
  return !ROLE_WORDS.has(noun) && !OCCUPATIONS.has(noun) && !ORGANISATION_WORDS.has(noun);
}

/**
 * Statements that close on their speaker with the words of a lead-in (decision 880): "With us or
 * against us, the president said", "Throughout Europe prices fall, analysts said", "Across Europe
 * prices rise, analysts said". Decisions 805 and 835 read a place's preposition and up to three
 * words, or "With", "From" or "Throughout" and a few more, before "…, X said" as a lead-in, and
 * these ran on into a second speaker's words on the line under, which were then given to the
 * first. What tells them apart:
 *
 * - a first person or an either-or in a lead-in of manner is the speaker's own voice ("With us or
 *   against us", "With or without a deal", "From my cold dead hands"): the article's lead-in tells
 *   how or where the speaker spoke, in the third person, and offers no choice;
 * - two lowercase words after a place named with no article, one in "-s", are the statement's
 *   subject and verb ("Throughout Europe prices fall"): a place lead-in goes on with the place's own
 *   capitals ("Outside Leeds Crown Court"), one noun ("Near Leeds station"), a second place ("Across
 *   Europe and Asia") or a time ("Outside Downing Street today").
 */

import { PLACE_PREPOSITIONS } from "../analysis/speech-subject.ts";
import { isAsciiLower, isAsciiUpper } from "./char-classes.ts";
import { TIME_POINTERS } from "./lead-in-of-time-or-manner.ts";

/**
 * "us", "my", "or": the speaker's voice or a choice, not a narrator's manner. Looked up as written,
 * so "US" ("With US backing") is the country, not "us" (review of decision 880).
 */
const VOICE_OR_CHOICE = new Set(["I", "me", "my", "we", "us", "our", "or"]);

/**
 * A place's own noun after a name and a word in "-s" ("Outside Westminster magistrates court",
 * "Near Leeds bus station"): no verb (review of decision 880).
 */
const PLACE_NOUNS = new Set([
  "court",
  "station",
  "centre",
  "center",
  "square",
  "street",
  "hall",
  "airport",
  "hospital",
]);

/**
 * Is `w` a place's own noun, one or many ("Near Leeds bus stations", "Outside Westminster
 * magistrates courts"; decision 925)? Set lookups, the second only on a word in "-s".
 */
function isPlaceNoun(w: string): boolean {
  return PLACE_NOUNS.has(w) || (w.endsWith("s") && PLACE_NOUNS.has(w.slice(0, -1)));
}

/**
 * Lowercase words that go on a place named in capitals inside a lead-in: a second place ("and",
 * "of", "beyond", a preposition) or a time ("today"; "last" and "this" are read apart).
 */
const AFTER_A_PLACE_NAME = new Set([
  ...PLACE_PREPOSITIONS,
  ..."and of beyond today yesterday tonight overnight now then".split(" "),
]);

/**
 * Do a lead-in of manner's `words` speak in the first person or offer a choice ("With us or
 * against us")? Set lookups on at most five words, asked only after the lead-in's shape matched.
 */
export function speaksInOwnVoice(words: readonly string[]): boolean {
  // "I" after a capitalised word is a roman numeral ("Throughout World War I"), not the speaker.
  return words.some(
    (w, i) => VOICE_OR_CHOICE.has(w) && (w !== "I" || i === 0 || !isAsciiUpper(words[i - 1]!.charCodeAt(0))),
  );
}

/**
 * Do `words` (a lead-in's, its first a preposition) name a place with no article and go on with a
 * subject and its verb in the present, two lowercase words that are no second place or time, one
 * of them in "-s" ("Throughout Europe prices fall", "Across Asia demand slows")? A place's own noun
 * is one word and names no verb ("Near Leeds station", "With Smith gone", "Across Europe and
 * beyond"). Char tests on each word from the second and set lookups of lowercase ones; at most five
 * words, as the callers bound them.
 */
export function placeNameThenSubject(words: readonly string[]): boolean {
  if (words.length < 4 || !isAsciiUpper(words[1]!.charCodeAt(0))) return false;
  // "With Labour's ratings falling", "With Christmas sales down": a circumstance, not a place; and
  // a place's possessive goes on with its own noun ("Across Britain's high streets") (review of
  // decision 880).
  if (words[0]!.toLowerCase() === "with" || words[1]!.endsWith("'s") || words[1]!.endsWith("’s")) return false;
  for (let i = 2; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (!isAsciiLower(w.charCodeAt(0)) || AFTER_A_PLACE_NAME.has(w)) continue;
    // "Throughout Europe last year": the pointer and its noun ("Last week" is decision 835's lead-in).
    if (TIME_POINTERS.has(w)) {
      i++;
      continue;
    }
    const v = words[i + 1]!;
    return (
      isAsciiLower(v.charCodeAt(0)) &&
      !AFTER_A_PLACE_NAME.has(v) &&
      !isPlaceNoun(v) &&
      (w.endsWith("s") || v.endsWith("s"))
    );
  }
  return false;
}

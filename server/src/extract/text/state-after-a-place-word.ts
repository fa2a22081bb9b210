/**
 * Statements that close on their speaker and open with a place word that names no place
 * (decision 835): "Near collapse, the Treasury said", "Into recession by spring, the forecasters
 * said", "Through the roof, the landlord said", "Outside the top four, the club said". Decision 805
 * reads a place's preposition and up to three words before "…, X said" as a lead-in ("Outside
 * court, his lawyer said", "Near the scene, a witness said"), and these ran on into a second
 * speaker's words on the line under, which were then given to the first. What tells them apart:
 *
 * - "near" before a lowercase word with no article is "nearly" ("near collapse", "near zero"); a
 *   place after it has an article, a possessive or a capital ("near the scene", "near Leeds"), and
 *   a time of day none ("near midnight");
 * - "into" says where something goes, and a lead-in before "said" says where the saying was;
 * - "through the roof" and "through the floor" are a level, not a way ("Through a spokesman, the
 *   family said" is kept);
 * - "the top" after a place word is a rank ("outside the top four", "inside the top ten").
 */

import { isAsciiLower } from "./char-classes.ts";
import { FROM_DETERMINERS } from "./lead-in-of-time-or-manner.ts";

/** An article, a possessive, "this" or "that": the words after "from" and two more. */
const PLACE_DETERMINERS = new Set([...FROM_DETERMINERS, "this", "that"]);
/**
 * "Near midnight, a witness said", "Near here", "Near home": a time of day or a place that takes no
 * article is a lead-in's ("sunset", "nightfall", "town"; review of decision 835).
 */
const PLACES_AND_TIMES_WITH_NO_ARTICLE = new Set([
  ..."midnight dawn dusk noon sunset sunrise nightfall daybreak lunchtime".split(" "),
  ..."here there home town school".split(" "),
]);
const LEVEL_IDIOMS = new Set(["roof", "floor"]);

/**
 * Do `words` (a place word first, `first` in lowercase; up to four words) state where something
 * stands rather than where the saying was? Set lookups and a char test on the first three words.
 */
export function statesALevelNotAPlace(words: readonly string[], first: string): boolean {
  if (first === "into") return true;
  const second = words[1] ?? "";
  if (first === "near") {
    return (
      isAsciiLower(second.charCodeAt(0)) &&
      !PLACE_DETERMINERS.has(second) &&
      !PLACES_AND_TIMES_WITH_NO_ARTICLE.has(second)
    );
  }
  if (second !== "the" || words.length < 3) return false;
  const third = words[2]!.toLowerCase();
  if (first === "through") return words.length === 3 && LEVEL_IDIOMS.has(third);
  return third === "top";
}

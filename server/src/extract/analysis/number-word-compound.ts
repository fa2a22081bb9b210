import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { mayOpenBuilding } from "./large-pattern-gates.ts";

/**
 * "Bruno Guimarães, who is serving a one-match suspension", "a two-game ban", "a three-race
 * sanction": a number word joined to a unit of play before a ban names the kind of ban the player
 * serves, read off the rule book, not a figure the claim asserts, so it makes no statistic (it
 * stays a quantity). Only a number written as a word under ten ("a 12-match ban" in digits is the
 * copy's figure) and only before a ban: "a five-game losing streak" and "a three-match winning
 * run" count what happened, and "a three-point lead" or "a ten-point spread" measure a margin.
 */
const NUMBER_WORD_COMPOUND =
  /^(?:one|two|three|four|five|six|seven|eight|nine)-(?:match|game|race|fixture|round|test)$/i;
const BAN_AFTER = /^ (?:suspension|ban|sanction|exclusion)\b/;

/**
 * "He bought a three-bedroom house in Leeds", "a five-star hotel", "a six-storey block": a
 * dwelling's rooms, floors or a hotel's stars joined to the figure before the building say what
 * kind of place it is, as an estate agent or a guide files it, not a figure to check. Only a
 * number word (a figure in digits, "a 3-bed flat", is a statistic whatever its unit) and only
 * before a building: "a three-star admiral" (a rank) stays a figure, as do "three bedrooms" and
 * "five stars" with no hyphen.
 */
const ROOMS_OR_STARS =
  /^(?:one|two|three|four|five|six|seven|eight|nine)-(?:bed|bedroom|bedroomed|storey|story|star)$/i;
/** Exported for the test that mayOpenBuilding passes every text it matches (decision 850). */
export const BUILDING_AFTER =
  /^ (?:(?:semi-)?detached |terraced |luxury |council |family )?(?:house|home|flat|apartment|hotel|villa|cottage|bungalow|property|semi|terrace|maisonette|townhouse|penthouse|resort|block|building)s?\b/i;

/** The words after the quantity in `text`, as far as `length` chars, or null if it is not found there. */
function wordsAfter(q: Quantity, text: string, length: number): string | null {
  const at = text.indexOf(q.text);
  return at < 0 ? null : text.slice(at + q.text.length, at + q.text.length + length);
}

/**
 * Is the quantity, found in `text`, a number joined to its unit that names a kind of thing: a ban
 * counted in units of play, or a dwelling's rooms or a hotel's stars?
 */
export function numberWordCompound(q: Quantity, text: string): boolean {
  // Cheap first: a figure under ten with a unit joined by a hyphen.
  if (q.unit === null || q.value >= 10 || !q.text.endsWith(`-${q.unit}`)) return false;
  if (NUMBER_WORD_COMPOUND.test(q.text)) {
    const after = wordsAfter(q, text, 16);
    return after !== null && BAN_AFTER.test(after);
  }
  if (!ROOMS_OR_STARS.test(q.text)) return false;
  const after = wordsAfter(q, text, 40);
  return after !== null && mayOpenBuilding(after) && BUILDING_AFTER.test(after);
}

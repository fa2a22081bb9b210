/**
 * "was ruled out of Saturday's match", "was ruled out for Sunday's derby", "had been left out of
 * Sunday's squad", "was withdrawn from Saturday's race": a player kept out of a weekday's fixture
 * is kept out ahead of it, so the weekday looks ahead from the saying, though the passive and the
 * past perfect before it count a possessive weekday back as the act's own day ("was injured in
 * Saturday's match"). Only the verbs that keep a player out before the fixture: "was knocked out
 * of Sunday's cup" and "was sent off in Saturday's match" happen in it (decision 775). A result's
 * noun after the possessive ("was ruled out of Saturday's win", "left out of Saturday's draw")
 * says the fixture was played, and the day is left to read back.
 */
const KEPT_OUT_OF =
  /\b(?:ruled|left|pulled|dropped|withdrawn|omitted|stood)[ \u00a0]+(?:out[ \u00a0]+(?:of|for)|from|down[ \u00a0]+from)[ \u00a0]+$/u;

/**
 * "Saturday's win", "Sunday's 2-1 defeat", "Saturday's goalless draw", "Saturday's FA Cup win": the
 * fixture was played. Up to two words may stand before the result's noun (a review of decision
 * 775), but not "to": "Saturday's bid to win the title" is still to come.
 */
const A_RESULT_AFTER =
  /^['’]s[ \u00a0]+(?:(?!to\b)[\p{L}\d-]+[ \u00a0]+){0,2}(?:win|victory|defeat|loss|draw|stalemate|thrashing|rout|triumph)\b/u;

/**
 * "had been dropped from Saturday's broadcast", "had been omitted from Saturday's edition": what
 * was printed or aired on the day is done, so the day is left to read back (a review of decision
 * 775). A list or a team sheet is drawn up before the day it names, so one left out of
 * "Saturday's list" was left out when it was published (decision 810); "Saturday's squad" stays
 * ahead, as a squad is read as the side that plays.
 */
const A_PUBLISHED_THING_AFTER =
  /^['’]s[ \u00a0]+(?:list|team[ \u00a0-]sheet|teamsheet|edition|paper|newspaper|issue|broadcast|programme|program|show|episode|bulletin|column|coverage|highlights)\b/u;

/**
 * Do the words before a possessive weekday (`before`) keep a player out of its fixture? `after`
 * is the text from the weekday's end ("'s match").
 */
export function ruledOutOfTheWeekdaysFixture(before: string, after: string): boolean {
  // Cheap first: the weekday's possessive, then "of ", "from " or "for " before it.
  if (!after.startsWith("'") && !after.startsWith("’")) return false;
  if (!before.endsWith(" of ") && !before.endsWith(" from ") && !before.endsWith(" for ")) return false;
  return KEPT_OUT_OF.test(before) && !A_RESULT_AFTER.test(after) && !A_PUBLISHED_THING_AFTER.test(after);
}

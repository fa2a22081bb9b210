/**
 * A match's key events stamped on its clock under the hour ("(12:03) Kane opens the scoring",
 * "(34:50) Saka doubles the lead") against a podcast's chapters (decision 630). Both rise down the
 * page and neither needs a time of day, so decision 590 read such a run, with no heading over it,
 * as chapters and dropped the match. What tells them apart is the title: a match's event names
 * what happened on the pitch in words no chapter list uses without a "(00:00)" over it.
 */

/**
 * A match's event: scoring, a card, a sending-off, a substitution, the whistle. A goal told by how
 * it went in ("heads in from a corner", "fires home", "slots in") and a shot off the woodwork
 * ("hits the bar") are the reports' words as often as "scores" (decision 670); "heads home on the
 * train" is no goal's.
 */
const MATCH_EVENT =
  /\b(?:opens? the scoring|(?:doubles?|doubled|extends?|extended) (?:the|their|his|her) (?:lead|advantage)|pulls? (?:one|a goal) back|pulled (?:one|a goal) back|equalis(?:es|ed)|equaliz(?:es|ed)|levels? the score|scores? (?:his|her|their|a|the|again|from)|scored|(?:is|are) sent off|sent off|(?:is|are) booked|yellow card|red card|own goal|hat-trick|free[- ]kick|penalty (?:saved|missed|awarded|given)|(?:converts|saves|misses) (?:a |the )?penalty|comes? on for|half-time|full-time|kick-off|final whistle|(?:heads?|fires?|curls?|nods?|taps?|slots?|volleys?|drills?|smashes|smash|side-foots?|prods?|bundles?) (?:in|home)\b(?! on)|(?:hits?|strikes?|rattles?|clips?) the (?:bar|crossbar|post|woodwork))\b/i;

/**
 * Is the stamped title one of a match's events: a stamp in minutes and seconds, past the start,
 * and a title that names a match's event and asks nothing ("(24:10) Why Kane scores so often" is
 * a chapter's)?
 */
export function readsAsMatchEvent(stampSeconds: number, hasHours: boolean, title: string): boolean {
  if (hasHours || stampSeconds === 0 || title.endsWith("?")) return false;
  return MATCH_EVENT.test(title);
}

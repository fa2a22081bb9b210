/**
 * "the Treasury said on Tuesday that the new rates hit households on Friday, when the cap
 * changes": after a plural subject "hit" is a present as well as a past, and a "when" clause in
 * the present after the weekday says the day is still to come, so it is not counted back as an
 * act done (decision 810). Decision 775 read only the words before the weekday, which cannot tell
 * this from "the film, which hit cinemas on Friday, took £5m". A "when" clause with a past in it
 * ("when the roads were busy", "when prices rocketed") leaves the act done.
 */
const PLURAL_SUBJECT_HIT_BEFORE = /\p{Ll}s[ \u00a0]+hit(?:[ \u00a0]+[\p{L}'’-]+){1,4}[ \u00a0]+$/u;

/** ", when the cap changes": a "when" clause after the weekday, up to the clause's end. */
const WHEN_CLAUSE_AFTER = /^,[ \u00a0]+when[ \u00a0]+([^,.;:!?]+)/u;

/**
 * A past in the "when" clause: "were", "had", "rocketed", and the commonest irregular ones
 * ("began"); and those news copy tells a crash, a match, a storm or an assault by ("when the
 * driver lost control", "when Leeds won", "when the wind blew", "when he told them to stop", "when
 * the Fed held rates"; a review of decision 810).
 */
const PAST_IN_THE_CLAUSE =
  /\b(?:was|were|had|did|began|became|came|went|rose|fell|got|saw|ran|left|took|made|struck|broke|stood|lost|won|sat|met|told|said|held|led|kept|felt|slept|caught|fought|brought|thought|bought|sent|spent|built|drove|flew|blew|threw|drew|grew|knew|gave|chose|spoke|woke|froze|rode|shook|sank|swept|found|heard|paid|sold|stole|\p{Ll}+ed)\b/u;

/**
 * Is the weekday (`before` it, at most 48 chars; `after` it, from its end) that of a plural
 * present "hit" still to come, by a present "when" clause after it?
 */
export function presentHitBeforeAChangeAhead(before: string, after: string): boolean {
  // Cheap first: the clause's comma and "when", then "hit" in the words before.
  if (!after.startsWith(", when ") || !before.includes("s hit ")) return false;
  const when = WHEN_CLAUSE_AFTER.exec(after);
  return when !== null && !PAST_IN_THE_CLAUSE.test(when[1]!) && PLURAL_SUBJECT_HIT_BEFORE.test(before);
}

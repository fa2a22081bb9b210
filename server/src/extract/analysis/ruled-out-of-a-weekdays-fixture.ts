/**
 * "was ruled out of Saturday's match", "had been left out of Sunday's squad", "was withdrawn from
 * Saturday's race": a player kept out of a weekday's fixture is kept out ahead of it, so the
 * weekday looks ahead from the saying, though the passive and the past perfect before it count a
 * possessive weekday back as the act's own day ("was injured in Saturday's match"). Only the verbs
 * that keep a player out before the fixture: "was knocked out of Sunday's cup" and "was sent off
 * in Saturday's match" happen in it (decision 775).
 */
const KEPT_OUT_OF =
  /\b(?:ruled|left|pulled|dropped|withdrawn|omitted|stood)[ \u00a0]+(?:out[ \u00a0]+of|from|down[ \u00a0]+from)[ \u00a0]+$/u;

/** Do the words before a possessive weekday (`before`; `next` the char after it) keep a player out of its fixture? */
export function ruledOutOfTheWeekdaysFixture(before: string, next: string): boolean {
  // Cheap first: the weekday's possessive, then "of " or "from " before it.
  if (next !== "'" && next !== "’") return false;
  if (!before.endsWith(" of ") && !before.endsWith(" from ")) return false;
  return KEPT_OUT_OF.test(before);
}

import { MONTH_NAME, WEEKDAYS } from "./dates.ts";

/**
 * "control of the Senate may not be settled until Dec. 1": what may not be done before a day to
 * come is a forecast of when it will be. Only "may" and "might": "could not be counted until
 * Friday" tells of the past as often. Besides an "-ed" participle, "known" and "clear": "The cause
 * of the fire may not be known until the investigation is complete" (both are `OUTCOMES`).
 */
const MAY_NOT_UNTIL = /\b(?:may|might) not be ([a-z]+ed|known|clear) until (\S+(?: \S+)?)/i;

/**
 * Outcomes no one is allowed or forbidden: "Control of the Senate may not be settled until every
 * mail ballot is counted", "The race may not be decided until all provisional ballots are counted"
 * forecast when an outcome will come, whatever "until" names; so does what "may not be known" or
 * "clear" until then (no rule forbids knowing). A rule's "may not" is of an act someone does
 * ("counted", "discharged", "opened").
 */
const OUTCOMES = new Set([
  "settled",
  "decided",
  "determined",
  "resolved",
  "completed",
  "finished",
  "finalised",
  "finalized",
  "restored",
  "assessed",
  "known",
  "clear",
]);

/**
 * What "until" names must be a day: a figure ("until 7 a.m.", "until 2027"), a month or a weekday
 * ("until Dec. 1", "until Friday"), a time to come ("until next year", "until later", "until after
 * the election", "until the end of June"); "until next of kin are told" names people, no day.
 * "Ballots may not be counted until the polls close" and "Patients may not be discharged until
 * they have tested negative twice" name a condition: a rule of what is allowed, no forecast of
 * when (unless what may not be done is an outcome, `OUTCOMES`, or work under way that ends,
 * `WORK_ENDS`).
 */
const A_DAY = new RegExp(
  String.raw`^(?:\d|${MONTH_NAME}(?!\p{L})|(?:${WEEKDAYS.join("|")}|next(?! of\b)|later|after|early|earlier|mid|late|tomorrow|tonight|then|this|noon|midnight|spring|summer|autumn|fall|winter|the (?:end|start|beginning|middle|new|next|following|weekend|spring|summer|autumn|fall|winter))\b)`,
  "iu",
);

/**
 * A rule's "may not": "Under Pennsylvania law, mail ballots may not be processed until 7 a.m." says
 * what is allowed, not what will happen; so does "The funds may not be released until the audit is
 * done, under the terms of the grant" (an agreement's terms).
 */
const RULE_FRAME = /^Under\b|\b(?:law|laws|rules?|regulations?|guidance|terms)\b/;

/**
 * "The vaccine may not be approved until the trial results are in", "The bodies may not be
 * identified until DNA tests are done": one thing, named with "the" or a possessive, waits on
 * work under way to end, a forecast of when. A rule speaks of a kind ("Drugs may not be approved
 * until trials are complete") or of a step ("The victims may not be identified until next of kin
 * are told"), so both are needed: the subject's determiner and a condition that ends work
 * ("are in", "is complete", "come back", …).
 */
const ONE_THING_BEFORE = /(?:^|, )(?:the|its|his|her|their|this|these)\b[^,]*$/i;
const WORK_ENDS =
  /^(?:the |all |its |their )?(?:[A-Za-z-]+ ){0,3}(?:(?:is|are|have been|has been) (?:in|done|complete|completed|finished|over|known|back|concluded)|comes? back)\b/;

/** Does the text forecast that something may not be done until a later day? */
export function forecastsNotBefore(text: string): boolean {
  // Cheap first: " until " is rare.
  if (!text.includes(" until ")) return false;
  const m = MAY_NOT_UNTIL.exec(text);
  if (m === null || RULE_FRAME.test(text)) return false;
  if (OUTCOMES.has(m[1]!.toLowerCase()) || A_DAY.test(m[2]!)) return true;
  return (
    ONE_THING_BEFORE.test(text.slice(0, m.index)) && WORK_ENDS.test(text.slice(m.index + m[0].length - m[2]!.length))
  );
}

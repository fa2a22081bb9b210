import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { daysLater, WEEKDAYS } from "./dates.ts";
import { activeActBefore } from "./active-act-before-a-weekday.ts";
import { narratorsClauseBefore } from "./narrators-clause-before-a-weekday.ts";
import { narratorsEventClauseBefore } from "./narrators-event-clause.ts";
import { insideQuoteOfSentence } from "./inside-quote.ts";
import { passiveActBefore } from "./passive-act-before-a-weekday.ts";
import { ruledOutOfTheWeekdaysFixture } from "./ruled-out-of-a-weekdays-fixture.ts";
import { presentHitBeforeAChangeAhead } from "./present-hit-before-a-change-ahead.ts";

/**
 * A weekday said alone or after "on", with a part of the day or none: "Friday", "on Friday
 * morning". Not "last Friday", "next Friday" or "Friday next week": those name a week of their own.
 */
const BARE_WEEKDAY =
  /^(?:on[ \u00a0]+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:[ \u00a0]+(?:morning|afternoon|evening|night))?$/i;

/**
 * "had collapsed on Friday", "had been arrested on Saturday night": the past perfect a few words
 * before the weekday, which puts the day before the saying. A simple past in reported speech may
 * be the speaker's present moved back ("said on Friday the match was on Monday" is the Monday
 * after the Friday), so only the past perfect is counted back.
 */
const PAST_PERFECT_BEFORE = /\bhad[ \u00a0]+(?:been[ \u00a0]+)?\p{Ll}+(?:[ \u00a0]+\p{Ll}+){0,3}[ \u00a0]+$/u;
/**
 * "had asked members to vote on Saturday", "had agreed to meet fans on Friday": a past perfect of a
 * plan or a request whose infinitive the weekday belongs to, which is after the saying, not before
 * it (a review of decision 625). "had been taken to hospital on Saturday" is no plan's. A player
 * who "had been selected to start on Sunday", "picked to start" or "cleared to play" plays on a day
 * still to come, the speaker's "has been" moved back (decision 775); only the passive right before
 * "to" and a player's verb ("start", "play", "face", "return" …): "had been cleared to traffic on
 * Saturday", "had cleared the road to traffic" and "had been selected for the squad" are acts, and
 * so is a patient's "had been cleared to return home on Friday", as "cleared to leave hospital" is
 * (a review of decision 775).
 */
const PLANNED_BEFORE =
  /\bhad[ \u00a0]+(?:been[ \u00a0]+)?(?:agreed|decided|planned|voted|asked|promised|hoped|arranged|offered|pledged|vowed|intended|expected|wanted|refused|threatened|urged|told|invited|ordered|called|chosen|opted|sought|tried|due|set|scheduled)\b[^.;]*?\bto[ \u00a0]+\p{Ll}+(?:[ \u00a0]+\p{Ll}+){0,3}[ \u00a0]+$|\bhad[ \u00a0]+been[ \u00a0]+(?:selected|picked|cleared|passed[ \u00a0]+fit)[ \u00a0]+to[ \u00a0]+(?:start|play|face|feature|return(?![ \u00a0]+home\b)|travel|race|ride|run|fight|compete|lead|captain|make)\b(?:[ \u00a0]+\p{Ll}+){0,3}[ \u00a0]+$/u;

/**
 * "The minister said on Tuesday that the centre would open on Friday", published on the Sunday
 * after: the minister's Friday is the one after the Tuesday (the 8th), not the one after the
 * publication (the 15th); "said on Tuesday that the talks had collapsed on Friday" is the Friday
 * before the Tuesday (the 1st), not the one between the saying and the publication, which the
 * minister could not have spoken of as past (decision 625). The date reader has counted the day
 * ahead or back from the publication by the claim's tense; a day read ahead is counted ahead from
 * the day of the saying instead, as decision 585 does for "next week" and build-claim's
 * `fromStatementDay` for "tomorrow", and a day read back is counted back from it after a past
 * perfect. Only a saying dated to a day before the publication; the saying's own weekday is left
 * ("said on Friday that it would open on Friday"). A weekday read as the publication's own day
 * ("Police said on Tuesday that the woman was found dead on Sunday", in a Sunday's paper) is the
 * Sunday before the Tuesday where an act done stands before it, as a reader takes a death the
 * police spoke of on Tuesday to be past then; with no act before it its direction cannot be told
 * from its value ("said on Tuesday that the match was on Sunday"), and it is left (decision 730).
 */
export function weekdayFromSayingDay(
  body: string,
  d: ResolvedDate,
  saidOn: ResolvedDate,
  publishedOn: string | null,
): ResolvedDate {
  // Cheap first: a relative day, a saying before the publication, a short text.
  if (publishedOn === null || !d.relative || d.granularity !== "day" || d.text.length > 19) return d;
  if (saidOn.granularity !== "day" || saidOn.value >= publishedOn) return d;
  const m = BARE_WEEKDAY.exec(d.text);
  if (m === null) return d;
  const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const saidDay = new Date(`${saidOn.value}T00:00:00Z`).getUTCDay();
  if (target === saidDay) return d;
  const before = body.slice(Math.max(0, d.start - 48), d.start);
  if (d.value > publishedOn) {
    // "the plan, which goes to a vote on Friday, …": the narrator's clause (decision 665); "the
    // bill, which MPs debate on Thursday, will pass": its fixture with a plural verb, which the
    // first test reads no verb in, outside the speaker's quotation marks (decision 730).
    if (narratorsClauseBefore(before)) return d;
    if (narratorsEventClauseBefore(before) && !insideQuoteOfSentence(body, d.start)) return d;
    return { ...d, value: daysLater(saidOn.value, (target - saidDay + 7) % 7) };
  }
  // Read back, or read as the publication's own day (decision 730): moved only where it fell after
  // the saying and a past perfect, or a passive act's simple past ("was arrested on Saturday",
  // decision 665), or an active one with its object ("officers arrested the man on Saturday",
  // decision 705), puts it before.
  // "the plan, which goes to a vote on Friday, was sound": the narrator's fixture, ahead of the
  // publication (decision 705); not inside the speaker's quotation marks, where the present is
  // the speaker's (a review of decision 705); nor on the publication's own weekday, which in the
  // narrator's clause is the narrator's today ("which goes to a vote on Sunday").
  const publishedDayItself = d.value === publishedOn;
  if (!publishedDayItself && narratorsEventClauseBefore(before) && !insideQuoteOfSentence(body, d.start)) {
    const publishedDay = new Date(`${publishedOn}T00:00:00Z`).getUTCDay();
    return { ...d, value: daysLater(publishedOn, (target - publishedDay + 7) % 7 || 7) };
  }
  if (d.value <= saidOn.value) return d;
  const end = d.start + d.text.length;
  const next = body.charAt(end);
  if (movedToTheWeekday(before, next)) return d;
  // "was ruled out of Saturday's match": kept out ahead of the fixture (decision 775).
  if (ruledOutOfTheWeekdaysFixture(before, body.slice(end, end + 24))) return d;
  // "had been warned ahead of Friday's deadline", in Friday's paper: the deadline reader counts the
  // publication's own day from the saying, as it did before that day was asked here (a review of
  // decision 730).
  if (publishedDayItself && deadlineOnTheWeekday(body, before, next, end)) return d;
  const actBefore = PAST_PERFECT_BEFORE.test(before) || passiveActBefore(before, next) || activeActBefore(before);
  if (!actBefore || PLANNED_BEFORE.test(before)) return d;
  // "the new rates hit households on Friday, when the cap changes": a present still to come (decision 810).
  if (presentHitBeforeAChangeAhead(before, body.slice(end, end + 48))) return d;
  return { ...d, value: daysLater(saidOn.value, -((saidDay - target + 7) % 7)) };
}

/** "adjourned until", "remanded in custody until", "put off until": an act that moves a day on. */
const PUT_OFF_UNTIL =
  /\b(?:adjourned|postponed|delayed|deferred|extended|suspended|bailed|remanded|given|granted|put[ \u00a0]+off|put[ \u00a0]+back|pushed[ \u00a0]+back)(?:[ \u00a0]+[\p{L}'’-]+){0,3}[ \u00a0]+(?:until|till)[ \u00a0]+$/u;

/**
 * "by Friday's deadline", "before Friday's deadline", "ahead of Friday's deadline": a possessive
 * weekday's deadline after a lead that `deadlineFromSayingDay` reads, which counts it ahead from
 * the saying where it is not before the publication.
 */
function deadlineOnTheWeekday(body: string, before: string, next: string, end: number): boolean {
  // Cheap first: the weekday's possessive, then the lead, then the word.
  if (next !== "'" && next !== "’") return false;
  if (!before.endsWith(" by ") && !before.endsWith(" before ") && !before.endsWith(" ahead of ")) return false;
  return body.slice(end, end + 24).includes("deadline");
}

/**
 * "the derby had been moved to Sunday", "had been rearranged for Saturday": the weekday a fixture
 * is moved to looks ahead from the saying, though a past perfect stands before it; the passive's
 * simple past reads this itself ("was moved to Saturday", a review of decision 665). Without it a
 * weekday read as the publication's own day (decision 730) went back before the saying, as the
 * Saturday after the saying already did. "had been taken to Sunday's match" is the day of the act.
 * The day a hearing, a fixture or a deadline is put off until looks ahead too ("had been
 * adjourned until Friday", "had been postponed until Sunday", "had been given until Friday to
 * respond"), as the passive and the active act already read it (a review of decision 730); a stay
 * or a state "until" a day looks back ("the guests had stayed until Sunday", "had been open until
 * Sunday").
 */
function movedToTheWeekday(before: string, next: string): boolean {
  if (next === "'" || next === "’") return false;
  if (before.endsWith(" to ") || before.endsWith(" for ")) return true;
  // Cheap first: the words end in "until " or "till ".
  return (before.endsWith(" until ") || before.endsWith(" till ")) && PUT_OFF_UNTIL.test(before);
}

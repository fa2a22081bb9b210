import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { defineGate, gated } from "./word-gates.ts";
import { isReported, reportedClaimBefore } from "./reported-claims.ts";

/**
 * War and disaster copy says which figures it could not check: "Russia said it had destroyed 30
 * drones. The claims could not be independently verified.", "…, a figure that could not be
 * independently confirmed", "Reuters could not verify the report." Claims someone else makes get
 * the flag `unconfirmed`, so a reviewer finds the figures the outlet itself left open. The
 * article's own statements are not flagged: a hedge qualifies what a side reported.
 */

/** A sentence that says the one before could not be checked. */
const UNCONFIRMED_SENTENCE =
  /\b(?:could|can|cannot|can't|were|was|have|has|had)(?: not|n['’]t)? (?:be |been )?(?:independently )?(?:verified|confirmed)\b|\bcould not (?:independently )?(?:verify|confirm)\b|\bunable to (?:independently )?(?:verify|confirm)\b/i;
/** The same hedge as a comment right after the claim: "…, a figure that could not be independently verified". */
const UNCONFIRMED_COMMENT =
  /,\s*(?:(?:a|the) (?:claim|figure|number|toll|count|report|account|estimate)s? (?:that|which) |which )(?:could|can)(?: not|n['’]t)? be (?:independently )?(?:verified|confirmed)\b/i;
/** ", though officials have not": a joining word and the hedge's subject, right before its verb. */
const JOINED_HEDGE = /,\s*(?:though|although|but|while)\s+[^,]{0,40}$/i;
/** Only a negated check counts: "could not be verified", not "has been verified". */
const NEGATED = /\b(?:not|cannot|unable)\b|n['’]t\b/i;
const NEGATED_SUBJECT = /^\s*(?:neither|none|no)\b/i;

const UNCONFIRMED_GATE = defineGate(["verified", "confirmed", "verify", "confirm"]);
gated(UNCONFIRMED_SENTENCE, UNCONFIRMED_GATE);
gated(UNCONFIRMED_COMMENT, UNCONFIRMED_GATE);

/** Can the sentence whose gate bits these are say that something could not be checked? */
export function mayBeUnconfirmed(bits: number): boolean {
  return (bits & UNCONFIRMED_GATE) !== 0;
}

function flag(claim: ExtractedClaim): void {
  if (!claim.flags.includes("unconfirmed")) claim.flags.push("unconfirmed");
}

/**
 * Flags the claims the sentence `sentence` (at body offset `at`, its claims claims[from, …))
 * leaves unchecked: the reported claim right before a hedging comment in it, the reported claims
 * before a hedging clause, or, when the whole sentence is the hedge, every reported claim of the
 * sentence before, claims[previousFrom, previousTo).
 */
export function markUnconfirmed(
  sentence: string,
  at: number,
  claims: ExtractedClaim[],
  from: number,
  previousFrom: number,
  previousTo: number,
): void {
  const comment = UNCONFIRMED_COMMENT.exec(sentence);
  if (comment && NEGATED.test(comment[0])) {
    const sized = reportedClaimBefore(claims, from, at + comment.index);
    if (sized) flag(sized);
    return;
  }
  const hedge = UNCONFIRMED_SENTENCE.exec(sentence);
  // "Neither side's casualty figures could be independently confirmed": the subject negates.
  if (!hedge || !(NEGATED.test(hedge[0]) || NEGATED_SUBJECT.test(sentence))) return;
  // "Russia said it destroyed 30 drones, but the claim could not be verified": what this sentence
  // reported before the hedge; a hedge that is its own sentence qualifies the sentence before.
  let flagged = false;
  // "Sources say the county is considering a second center, though officials have not confirmed
  // the plan": the hedge joined to the claim it qualifies, which holds it.
  const before = Math.max(0, hedge.index - 60);
  const joined = JOINED_HEDGE.exec(sentence.slice(before, hedge.index));
  // A claim that starts before the joining comma holds the hedge; one after it is the hedge.
  const joinAt = joined === null ? -1 : at + before + joined.index;
  for (let i = from; i < claims.length; i++) {
    const c = claims[i]!;
    if (isReported(c) && (c.end <= at + hedge.index || c.start < joinAt)) {
      flag(c);
      flagged = true;
    }
  }
  if (flagged) return;
  // "The claim that 2,300 people have been returned could not be verified": the claim that
  // holds the figure the hedge names, a sentence or two back.
  // Only where the hedge names what it doubts ("The claim that 2,300 people …"), and not a year
  // or a span of time ("24 hours later").
  const named = sentence.slice(0, hedge.index);
  const figure = CLAIM_WORD.test(named) ? NAMED_FIGURE.exec(named) : null;
  if (figure && !YEAR.test(figure[0]) && !TIME_AFTER.test(named.slice(figure.index + figure[0].length))) {
    // The figure whole ("6" is not in "16"), and not a clock time ("As of 6 p.m.").
    const whole = new RegExp(`(?<![\\d.,])${figure[0].replace(/[.]/g, "\\.")}(?![\\d]|[.,]\\d)`);
    for (let i = from - 1; i >= Math.max(0, from - FIGURE_REACH); i--) {
      const c = claims[i]!;
      if (isReported(c) && whole.test(c.quote)) {
        flag(c);
        return;
      }
    }
  }
  // "Kessler's campaign called the statement “a flat-out lie” and said the mayor had added 60
  // officers. We could not independently verify that figure.": the hedge names a figure, so only
  // the claims that hold one are left open, not the verdict beside them.
  const figuresOnly =
    FIGURE_NAMED.test(sentence) &&
    !SOMETHING_ELSE_NAMED.test(sentence) &&
    hasReportedFigure(claims, previousFrom, previousTo);
  for (let i = previousFrom; i < previousTo; i++) {
    const c = claims[i]!;
    if (isReported(c) && (!figuresOnly || c.quantities.length > 0)) flag(c);
  }
}
/** "that figure", "those numbers": a hedge that says it doubts a figure. */
const FIGURE_NAMED = /\b(?:that|this|the|those|these) (?:figures?|numbers?|statistics?|tally|count|toll|estimates?)\b/i;
/**
 * A hedge that doubts more than the figure: "The figures and the allegation could not be
 * verified", "verify the figures or the battlefield claims", "Neither the claim … nor the numbers".
 * Such a hedge leaves every reported claim before it open, as a hedge naming no figure does.
 */
const SOMETHING_ELSE_NAMED =
  /\b(?:and|or|nor|neither|either|as well as|claims?|allegations?|accounts?|assertions?|reports?|statements?|version)\b/i;

function hasReportedFigure(claims: readonly ExtractedClaim[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isReported(claims[i]!) && claims[i]!.quantities.length > 0) return true;
  return false;
}
/** A figure the hedge names: "2,300", "40" (not a clock time: "6 p.m.", "18:00"). */
const NAMED_FIGURE = /\d[\d,.]*\d|\d(?![\d:])(?!\s*[ap]\.?m\b)/;
const CLAIM_WORD = /\b(?:claims?|figures?|numbers?|toll|reports?|estimates?|count)\b/i;
const YEAR = /^(?:19|20)\d\d$/;
const TIME_AFTER = /^\s*(?:hours?|days?|minutes?|weeks?|months?|years?)\b/i;
/** How many claims back the claim holding that figure is looked for. */
const FIGURE_REACH = 8;

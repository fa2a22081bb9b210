import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { defineGate, gated } from "./word-gates.ts";
import { isReported, reportedClaimBefore } from "./reported-claims.ts";
import { raiseDisputed } from "../score-adjustments.ts";
import { sameClaimant } from "./claimant.ts";
import {
  mayChallengeBy,
  mayCommentAfterComma,
  mayDisputeBefore,
  mayJudgeASpeaker,
  mayOpenRebuttal,
} from "./dispute-pattern-gates.ts";

/**
 * The article's own verdict on what someone said: "Earle-Sears falsely claimed that …", "Trump
 * claimed, without evidence, that …", "…, a figure disputed by criminologists", or a next
 * sentence that opens "That is not true". The speaker's claims get the `disputed` flag, which
 * points a reviewer at the rebuttal the article already gives. Only claims someone other than the
 * article makes are flagged: a cue inside the article's own statement ("critics spread false
 * claims") is part of what it reports, not a verdict on a speaker.
 */

/** A verdict on the speaker's act of saying, before or after the reported content. */
// Not an adverb on a deed done to someone ("Activists falsely accused of vandalism said …"), nor
// "without evidence of X" (no verdict on a statement), nor "false claims" not followed by what
// they claim ("a senator accused of spreading false claims, said …").
const SPEAKER_VERDICT =
  /\b(?:(?:falsely|wrongly|incorrectly|erroneously|inaccurately|mistakenly|misleadingly|baselessly)(?!\s+(?:accused|charged|arrested|convicted|imprisoned|jailed|detained|identified|labell?ed|blamed|named|linked)\b)|without (?:(?:providing|offering|citing|presenting|giving|showing|producing|any|supporting|further) )*(?:evidence|proof)(?!\s+of\b)|(?:false|baseless|unfounded|unsubstantiated|debunked|discredited|disproven|disproved|bogus|spurious) (?:claims?|assertions?|allegations?|statements?|suggestions?|theory|theories)(?= that\b)|(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted|refutes) (?:(?:the|media|press|newspaper|earlier|recent|online|widespread) )*(?:reports|claims|suggestions|allegations|accusations|rumou?rs|speculation)(?= that\b)|(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted|refutes) (?:the )?\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*){0,3}['’]s (?:claims?|allegations?|assertions?|arguments?|suggestions?|contention)(?= that\b))\b/giu;
/** SPEAKER_VERDICT's denial of reports, which the article's claim of the denial holds. */
const DENIAL_CUE = /^(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted|refutes) /i;
/** A reporting verb that ends its clause right after the cue: "…, Trump falsely claimed, but …". */
const TRAILING_TAG =
  /^\s+(?:claimed|claims|said|says|stated|suggested|insisted|asserted|alleged|argued|wrote|told\s+\p{L}+)\s*(?:[,.;!?]|$)/u;

/**
 * An appositive that judges what was just said: "…, a figure disputed by …", "…, which is false",
 * "…, a charge that later satellite data did not support".
 */
const COMMENT_VERDICT =
  /,\s*(?:(?:a|the|an) (?:claim|figure|number|statement|assertion|estimate|statistic|allegation|charge|accusation|characteri[sz]ation|account)s? (?:that )?(?:[\p{L}’'-]+ ){0,3}?(?:disputed|rejected|denied|debunked|contested|questioned|refuted|contradicted|challenged|disproved|disproven|did not support|does not support|do not support|called (?:exaggerated|inflated|false|misleading|wrong|baseless))|which (?:is|was|has been|had been|are|were) (?:[\p{L}-]+ ){0,2}?(?:false|untrue|true|inaccurate|accurate|incorrect|correct|wrong|misleading|disputed|debunked|baseless|unfounded))\b/giu;
/** "The minister's claim that … has been challenged by a think tank": what was just claimed is taken on. */
const CHALLENGED_BY =
  /\s(?:(?:has|have|had) been |(?:was|were|is|are) (?:being )?)?(?:challenged|disputed|questioned|contradicted|debunked|rejected) by\b/iu;
/** A comment that agrees ("a figure nobody disputed", "which is not false") or says nothing ("which is true"). */
const NEGATED = /\b(?:not|never|nobody|no one)\b|n['’]t\b/i;
const AGREEING = /\b(?:true|accurate|correct)$/i;

/** Does a COMMENT_VERDICT match call what was said false ("not true" does, "not false" does not)? */
function judgesFalse(comment: string): boolean {
  // "did not support" is the verdict itself, not a negated one.
  const text = comment.replace(NOT_SUPPORTED, "");
  return NEGATED.test(text) === AGREEING.test(text);
}
const NOT_SUPPORTED = /\b(?:did|does|do) not support$/i;

/**
 * A sentence that opens by calling the one before it untrue ("That is not true", "“That's simply
 * false,”") or by saying the speaker gave no evidence ("He provided no evidence for the claim").
 */
const REBUTTAL_OPENER =
  /^(?:(?:he|she|they|it) (?:provided|offered|gave|cited|presented|produced|has provided|have provided) no (?:evidence|proof)|[“"‘']?(?:that|this|the|such|those|these|both|all) ?(?:claim|figure|number|statement|assertion|allegation|statistic)?s? ?(?:is|was|are|were|’s|'s) (?:(?:simply|just|flatly|patently|demonstrably|completely|entirely|categorically|also|plainly) )?(?:not true|untrue|false|incorrect|inaccurate|wrong|misleading|not accurate|not correct|baseless|unfounded|exaggerated|not the case)\b(?=\s*(?:[.,:;!—–-]|[”"’]|$)|\s+(?:either|at all)\b))/iu;

/**
 * A sentence whose subject takes issue with what was just said: "The IFS disputed that figure",
 * "Criminologists have questioned those numbers", "Smith denied the allegation", "The World
 * Health Organization (WHO) disputed that", "FBI data does not support that".
 */
const DISPUTING_SENTENCE =
  /^(?!(?:they|he|she|it|we|i) )(?:[\p{L}.’'()-]+ ){1,7}?(?:(?:has|have|had) )?(?:(?:since|quickly|strongly|swiftly|immediately|sharply|repeatedly|flatly) )?(?:(?:disputed|rejected|denied|contested|questioned|challenged|refuted|contradicted|debunked|dismissed|called|branded) (?:that|this|those|these|the|his|her|its|their) (?:[\p{L}-]+ )?(?:claim|figure|number|estimate|statistic|assertion|allegation|accusation|charge|account|characteri[sz]ation|statement)s?\b|(?:denied|disputed) that\b|(?:dispute|disputes|deny|denies) (?:that|this)\s*[.!]?$|(?:does|do|did) not (?:support|back up|bear out) (?:that|this)\b(?! (?:plan|policy|bill|scheme|proposal|law|idea|move|approach|deal|measure)\b))/iu;

/** A fact-check's verdict on the claim before: "We rate this claim False.", "We rate it Mostly False." */
const RATING_SENTENCE =
  /^we (?:rate|rated|find|found) (?:this|that|the|his|her|its|their|it)(?: [\p{L}-]+)?(?: (?:claim|statement|post|assertion)s?)? (?:as )?(?:false|mostly false|pants on fire|misleading|incorrect|untrue|wrong|fake)\b/iu;

/** A flat denial that is the whole sentence: "It won't.", "They didn't.", "That is not so." */
const FLAT_DENIAL =
  /^(?:it|they|that|this|he|she)\s+(?:won['’]t|will not|didn['’]t|did not|doesn['’]t|does not|isn['’]t|is not|wasn['’]t|was not|hasn['’]t|has not|haven['’]t|have not|can['’]t|cannot|wouldn['’]t|would not)(?:\s+(?:so|true))?\s*[.!]?\s*$/i;

/** The longest flat denial FLAT_DENIAL reads ("They would not true." and a space or two). */
export const FLAT_DENIAL_MAX = 28;

/** Is the sentence a flat denial? Only short sentences are tried, so no word gate is needed. */
export function isFlatDenial(sentence: string): boolean {
  return sentence.length <= FLAT_DENIAL_MAX && FLAT_DENIAL.test(sentence);
}

const DISPUTE_GATE = defineGate(
  (
    "falsely wrongly incorrectly erroneously inaccurately mistakenly misleadingly baselessly evidence proof " +
    "false baseless unfounded unsubstantiated debunked discredited disproven disproved bogus spurious disputed " +
    "rejected denied contested questioned refuted contradicted challenged untrue true inaccurate incorrect wrong " +
    "exaggerated case accurate correct misleading support dismissed called branded denies deny dismisses rejects disputes dispute refutes"
  ).split(" "),
);
gated(SPEAKER_VERDICT, DISPUTE_GATE);
gated(COMMENT_VERDICT, DISPUTE_GATE);
gated(REBUTTAL_OPENER, DISPUTE_GATE);
gated(DISPUTING_SENTENCE, DISPUTE_GATE);
gated(RATING_SENTENCE, DISPUTE_GATE);
gated(CHALLENGED_BY, DISPUTE_GATE);

/** Can the sentence whose gate bits these are hold a dispute cue at all? */
export function mayDispute(bits: number): boolean {
  return (bits & DISPUTE_GATE) !== 0;
}

/**
 * "CLAIM: “…”" then "VERDICT: False": the fact-check's own verdict on the claims of its CLAIM block,
 * claims[from, to), whoever the block gives them to.
 */
export function markRatedFalse(claims: ExtractedClaim[], from: number, to: number): void {
  for (let i = from; i < to; i++) flag(claims[i]!);
}

function flag(claim: ExtractedClaim): void {
  if (claim.flags.includes("disputed")) return;
  claim.flags.push("disputed");
  raiseDisputed(claim);
}

/** Cues read per sentence; a real one holds one or two. */
const MAX_CUES = 8;

/**
 * Is `at` inside one of claims[from, to)? A cue there is part of what someone said ("the chief
 * said police mistakenly arrested 20 people"), not the article's verdict on it.
 */
function insideClaim(claims: readonly ExtractedClaim[], from: number, to: number, at: number): boolean {
  for (let i = from; i < to; i++) if (claims[i]!.start <= at && at < claims[i]!.end) return true;
  return false;
}

/** Flags every claim in claims[from, to) that `speaker` makes within the body range [after, before]. */
function flagSpeaker(
  claims: ExtractedClaim[],
  from: number,
  to: number,
  speaker: ExtractedClaim,
  after = -Infinity,
  before = Infinity,
): void {
  for (let i = from; i < to; i++) {
    const c = claims[i]!;
    if (c.start >= after && c.end <= before && sameClaimant(c.claimant, speaker.claimant)) flag(c);
  }
}

/**
 * Marks the claims of one sentence, claims[from, claims.length), that the sentence itself calls
 * false or unsupported. `at` is the sentence's start in the body.
 */
export function markDisputedInSentence(sentence: string, at: number, claims: ExtractedClaim[], from: number): void {
  const to = claims.length;
  if (to === from) return;
  // Each cue looks at the sentence's claims; a bounded number of cues keeps a run-on "sentence"
  // (a pasted transcript without full stops) linear.
  let cues = 0;
  // Each large pattern is asked only of a sentence its cheap test lets through (decision 760).
  const lower = sentence.toLowerCase();
  SPEAKER_VERDICT.lastIndex = 0;
  for (
    let m = mayJudgeASpeaker(lower) ? SPEAKER_VERDICT.exec(sentence) : null;
    m !== null && cues++ < MAX_CUES;
    m = SPEAKER_VERDICT.exec(sentence)
  ) {
    const cueStart = at + m.index;
    const cueEnd = cueStart + m[0].length;
    // "The minister denied reports that …": the denial is the article's claim, which holds the cue.
    if (insideClaim(claims, from, to, DENIAL_CUE.test(m[0]) ? cueEnd : cueStart)) continue;
    // The speaker whose content follows the cue ("falsely claimed that A and that B": A and B),
    // else the one whose content came before it ("…, Trump falsely claimed"). What the same
    // speaker said on the other side of the cue is not judged by it ("said the ban would drive
    // landlords out and claimed, without evidence, that 40 per cent …").
    let after: ExtractedClaim | undefined;
    const trailing = TRAILING_TAG.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40));
    for (let i = from; i < to && !after && !trailing; i++)
      if (claims[i]!.start >= cueEnd && isReported(claims[i]!)) after = claims[i];
    if (after) {
      flagSpeaker(claims, from, to, after, cueEnd, Infinity);
      continue;
    }
    let before: ExtractedClaim | undefined;
    for (let i = to - 1; i >= from && !before; i--)
      if (claims[i]!.end <= cueStart && isReported(claims[i]!)) before = claims[i];
    if (before) flagSpeaker(claims, from, to, before, -Infinity, cueStart);
  }
  // "Ministers say crossings fell by 19%; charities dispute the figure": the rebuttal after the
  // semicolon takes on what the speaker before it said.
  const rebutted = cues < MAX_CUES && sentence.includes("; ") ? SEMICOLON_REBUTTAL.exec(sentence) : null;
  if (rebutted) {
    const taken = reportedClaimBefore(claims, from, at + rebutted.index);
    if (taken) flag(taken);
  }
  const challenged = cues < MAX_CUES && mayChallengeBy(lower) ? CHALLENGED_BY.exec(sentence) : null;
  if (challenged) {
    const taken = reportedClaimBefore(claims, from, at + challenged.index);
    if (taken) flag(taken);
  }
  COMMENT_VERDICT.lastIndex = 0;
  for (
    let m = mayCommentAfterComma(sentence) ? COMMENT_VERDICT.exec(sentence) : null;
    m !== null && cues++ < MAX_CUES;
    m = COMMENT_VERDICT.exec(sentence)
  ) {
    // The comment sizes up what was said right before it.
    const cueStart = at + m.index;
    if (insideClaim(claims, from, to, cueStart) || !judgesFalse(m[0])) continue;
    const sized = reportedClaimBefore(claims, from, cueStart);
    if (sized) flag(sized);
  }
}

/**
 * "The governor said unemployment had doubled. That is not true: …": when `sentence` opens with
 * such a rebuttal, the last speaker of the sentence before it, claims[from, to), is disputed.
 */
export function markRebuttedBefore(sentence: string, claims: ExtractedClaim[], from: number, to: number): void {
  if (to === from) return;
  const flat = isFlatDenial(sentence);
  if (!flat && !opensRebuttal(sentence)) return;
  // "The group said the average salary was £65,000. It added that it remained open to talks.
  // Aslef disputed the salary figure.": the figure the sentence names, a sentence or two back.
  // "The company disputed those figures": the figures said last, a sentence or two back, not an
  // opinion said in between.
  if (!flat && FIGURES_WORD.test(sentence)) {
    for (let i = to - 1; i >= Math.max(0, to - NAMED_FIGURE_REACH); i--) {
      const c = claims[i]!;
      if (isReported(c) && c.quantities.length > 0) {
        flag(c);
        return;
      }
    }
  }
  const named = flat ? null : NAMED_FIGURE.exec(sentence);
  if (named) {
    const word = named[1]!.toLowerCase();
    for (let i = to - 1; i >= Math.max(0, to - NAMED_FIGURE_REACH); i--) {
      const c = claims[i]!;
      if (isReported(c) && c.quote.toLowerCase().includes(word)) {
        flag(c);
        return;
      }
    }
  }
  for (let i = to - 1; i >= from; i--) {
    if (!isReported(claims[i]!)) continue;
    // "Gonzalez said she would not run again. She didn't.": denying a negative confirms it.
    if (flat && NEGATION.test(claims[i]!.quote)) return;
    flagSpeaker(claims, from, to, claims[i]!);
    return;
  }
}

/** Does the sentence open by rebutting, disputing or rating what came before? Cheap tests first (decision 760). */
function opensRebuttal(sentence: string): boolean {
  if (mayOpenRebuttal(sentence) && REBUTTAL_OPENER.test(sentence)) return true;
  // RATING_SENTENCE has no test before it: run on every such sentence, it is compiled in the first
  // articles, while one asked only after "We " was first met among the measured ones.
  if (RATING_SENTENCE.test(sentence)) return true;
  return mayDisputeBefore(sentence.toLowerCase()) && DISPUTING_SENTENCE.test(sentence);
}

/** "disputed the salary figure": the word that says which figure (not "that", "this", "the"). */
const NAMED_FIGURE =
  /\b(?:disputed|rejected|denied|contested|questioned|challenged|refuted|contradicted|debunked|dismissed) (?:the|his|her|its|their) ([\p{L}-]{3,}) (?:claim|figure|number|estimate|statistic|assertion|allegation)s?\b/iu;
/** "; the company rejects that", "; charities dispute the figure". */
const SEMICOLON_REBUTTAL =
  /;\s+(?:[\p{L}’'-]+\s+){1,4}(?:rejects?|rejected|disputes?|disputed|denies|deny|denied)\s+(?:that|this|it|the\s+(?:figure|figures|claim|number|numbers))\b/iu;
/** A rebuttal of figures: "disputed those figures", "questioned the union's numbers". */
const FIGURES_WORD = /\b(?:figures|numbers|statistics|data)\b/i;
/** How many claims back a figure named by its word is looked for. */
const NAMED_FIGURE_REACH = 8;
const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/i;

import type { ClaimFlag, ClaimKind } from "@claimdesk/shared/schemas/extracted-claim";
import type { ScoreReason, SentenceScore } from "./score-sentence.ts";
import { isJsSpace } from "./text/char-classes.ts";
import { defineGate, gated } from "./analysis/word-gates.ts";
import { EVENT_GATE } from "./analysis/claim-kind.ts";

/**
 * Small, visible corrections on top of the model, in log-odds. The model was trained on
 * debate transcripts; these encode what the extractor knows that the sentence model cannot:
 * opinion markers, pleasantries, and concrete checkable details (numbers, dates).
 */
const PLEASANTRY =
  /^\s*(thank(s| you)|congratulations|welcome|good (morning|evening|afternoon)|it('s| is) (a|an) (pleasure|honou?r)|i (really )?appreciate)/i;

/**
 * "Our thoughts are with his family", "… with everyone affected", "… with his family and friends
 * at this difficult time": condolences, a pleasantry. Only when nothing else is said: no figure,
 * no comma, no relative clause ("Our thoughts are with the families of the people who died in the
 * crash, the airline's worst since 1994", "… with the 40,000 workers who lost their jobs").
 */
const CONDOLENCE =
  /^\s*our thoughts (?:and prayers )?are (?:also )?with\b(?![^,;:]*\b(?:who|whom|whose|which|where|when|that)\b)[^,;:\d]*$/i;

/** An imperative to picture something: "Imagine waiting …", "Picture a town where …". */
const HYPOTHETICAL = /^[“"‘']?(?:imagine|suppose|pretend|picture (?:a|an|this|yourself))\s/i;

/** "The coast guard declined to comment": a note on the reporting, nothing to check. */
const NO_COMMENT =
  /\b(?:declined to comment|declined (?:a|an|repeated) requests? (?:for|to) (?:comment|interview)|did not (?:immediately )?respond to (?:a |an )?(?:requests?|emails?|messages?|calls?)|could not (?:immediately )?be reached|did not return (?:a |an )?(?:requests?|calls?|messages?|emails?)|had no (?:immediate )?comment|(?:did|would) not (?:immediately )?comment|did not (?:give|provide) (?:further |more |any )?details(?! (?:of|on|about|to)\b)|was not immediately available)\b/i;
const NO_COMMENT_GATE = defineGate(["declined", "respond", "reached", "return", "comment", "available", "details"]);
gated(NO_COMMENT, NO_COMMENT_GATE);
/**
 * What every one of NO_COMMENT's phrases holds: "declined", "not " or "had no". Asked before it
 * (decision 695): the gate's words pass "to see us return to those days", and NO_COMMENT's
 * alternatives compile to 26 KB of bytecode where this compiles to under 1 KB.
 */
const NO_COMMENT_WORDS = /declined|not |had no/i;

// Not "missing", which misses targets as often as it counts people.
const CASUALTY_WORDS = "died dead killed death deaths injured wounded casualties fatalities".split(" ");
const CASUALTIES = new RegExp(`\\b(?:${CASUALTY_WORDS.join("|")})\\b`, "i");
// One scan of the wording (the word gates the caller has) tells whether the regex can match.
const CASUALTY_GATE = defineGate(CASUALTY_WORDS);
gated(CASUALTIES, CASUALTY_GATE);

/**
 * "No one was injured", "No deaths were reported", "There were no injuries": a toll of none is
 * checked as any toll is, and states no figure the casualty rule could read. At the text's start
 * or after a comma, as after "According to police,"; at the end, or before where or when only
 * when an incident is named ("in the crash", "in Saturday's derailment", "when the building
 * collapsed"): "No one was hurt by the decision", "… in the making of this advert", "… in the
 * market turmoil" and "… when the council cut the library budget" are no toll.
 */
const ZERO_TOLL =
  /(?:^|,\s)(?:no(?: one|-one|body)(?: else)? (?:was|were|has been|had been) (?:killed|injured|hurt|wounded)|no (?:injuries|deaths|casualties|fatalities) (?:were|have been|had been) reported|there (?:were|have been|had been) no (?:injuries|deaths|casualties|fatalities)(?: reported)?)(?=\s*(?:$|[,.;]|(?:in|during|when|after|at|on)\s+(?:[\p{L}'’-]+\s+){0,3}(?:(?:crash|fire|blast|attack|collision|derailment|shooting|explosion|storm|quake|earthquake|incident|accident|stampede|strike|flood|collapse|tornado|hurricane)(?:e?s)?|collapsed|exploded|derailed|crashed)\b))/iu;

/**
 * "The Supreme Court on Thursday upheld a Texas law …": what a court decided is the lead fact of a
 * court story, and the debate-trained model scores it low (0.40). A court, judge or jury, then
 * a verb of ruling.
 */
const COURT_RULING =
  /\b(?:court|courts|judge|judges|justices|jury|tribunal)\b.{0,80}?\b(?:upheld|overturned|struck down|ruled(?! out)|blocked|convicted|acquitted|sentenced|reinstated|dismissed)\b/i;

/** `p` moved by `delta` log-odds, rounded to 4 digits. */
function shift(p: number, delta: number): number {
  const z = Math.log(p / (1 - p)) + delta;
  return Math.round((1 / (1 + Math.exp(-z))) * 10000) / 10000;
}

function clampP(p: number): number {
  return Math.min(1 - 1e-6, Math.max(1e-6, p));
}

/** min(limit, text.split(/\s+/).length), counted without splitting. */
function pieceCount(text: string, limit: number): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && pieces < limit; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

export interface AdjustmentContext {
  flags: readonly ClaimFlag[];
  kind: ClaimKind;
  quantities: number;
  dates: number;
  text: string;
  /** gateBits(text), which the caller has. */
  bits: number;
  /** The claim's words end with a question mark ("Where does 46,000 come from?"). */
  question: boolean;
}

type RuleReasons = { checkworthy: ScoreReason[]; factual: ScoreReason[] } | null;

/**
 * Lists an applied rule when reasons are wanted. A module-level function, not a closure made per
 * claim: tsx names every closure it creates with a defineProperty call, a cost on the hot path.
 */
function listRule(
  reasons: RuleReasons,
  head: "checkworthy" | "factual",
  feature: string,
  effect: number,
  text: string,
) {
  reasons?.[head].push({ feature: `rule:${feature}`, effect, note: text });
}

/** The rule deltas in log-odds; when `reasons` is given, each applied rule is listed there too. */
function applyRules(ctx: AdjustmentContext, reasons: RuleReasons): { cw: number; fa: number } {
  let cw = 0;
  let fa = 0;
  if (ctx.flags.includes("opinion")) {
    cw -= 1.0;
    fa -= 1.5;
    listRule(reasons, "checkworthy", "opinion", -1.0, "opinion marker (I think, evaluative wording)");
    listRule(reasons, "factual", "opinion", -1.5, "opinion marker (I think, evaluative wording)");
  }
  if (PLEASANTRY.test(ctx.text) || (ctx.quantities === 0 && CONDOLENCE.test(ctx.text))) {
    cw -= 2.5;
    fa -= 1.0;
    listRule(reasons, "checkworthy", "pleasantry", -2.5, "thanks or courtesy, nothing to check");
    listRule(reasons, "factual", "pleasantry", -1.0, "thanks or courtesy, nothing to check");
  }
  if (ctx.text.length > 8 && HYPOTHETICAL.test(ctx.text)) {
    // "Imagine waiting forty minutes in the rain for a bus that never comes": a scene to picture, not a fact.
    cw -= 2.0;
    fa -= 1.5;
    listRule(reasons, "checkworthy", "hypothetical", -2.0, "asks the reader to imagine, states nothing");
    listRule(reasons, "factual", "hypothetical", -1.5, "asks the reader to imagine, states nothing");
  }
  // Only a claim with no figure of its own: "The company, which declined to comment, laid off 300
  // workers" states a checkable number beside the note.
  if (
    ctx.quantities === 0 &&
    ctx.bits & NO_COMMENT_GATE &&
    NO_COMMENT_WORDS.test(ctx.text) &&
    NO_COMMENT.test(ctx.text)
  ) {
    cw -= 2.5;
    listRule(reasons, "checkworthy", "no_comment", -2.5, "says who did not comment, nothing to check");
  }
  if (ctx.quantities > 0) {
    cw += 0.7;
    listRule(reasons, "checkworthy", "quantity", 0.7, "states a concrete quantity");
  }
  if (ctx.quantities > 0 && ctx.bits & CASUALTY_GATE && CASUALTIES.test(ctx.text)) {
    // "Seven people died, according to Ukrainian officials": a toll is what a desk checks first;
    // the debate-trained model scores it low (0.27).
    cw += 1.0;
    listRule(reasons, "checkworthy", "casualties", 1.0, "states a number of dead or injured");
  }
  if (ctx.quantities === 0 && ZERO_TOLL.test(ctx.text)) {
    cw += 1.0;
    listRule(reasons, "checkworthy", "casualties", 1.0, "states that no one was killed or injured");
  }
  if (ctx.bits & EVENT_GATE && COURT_RULING.test(ctx.text)) {
    cw += 1.0;
    listRule(reasons, "checkworthy", "ruling", 1.0, "states what a court or jury decided");
  }
  if (ctx.kind === "comparison_record" || ctx.kind === "causal") {
    cw += 0.4;
    listRule(
      reasons,
      "checkworthy",
      ctx.kind,
      0.4,
      ctx.kind === "causal" ? "asserts a cause" : "compares or claims a record",
    );
  }
  if (pieceCount(ctx.text, 4) < 4) {
    cw -= 1.0;
    listRule(reasons, "checkworthy", "fragment", -1.0, "too short to check on its own");
  }
  return { cw, fa };
}

/**
 * Adjusted scores with reasons: the rules applied first, then the model's own reasons. A head no
 * rule moves keeps its score: scores arrive rounded to 4 digits, which a zero shift gives back
 * exactly (checked for all 10,001 of them), so most claims skip a log and an exp.
 */
export function adjustScores(base: SentenceScore, ctx: AdjustmentContext): SentenceScore {
  const rules = { checkworthy: [] as ScoreReason[], factual: [] as ScoreReason[] };
  let { cw, fa } = applyRules(ctx, rules);
  if (ctx.question) {
    cw += questionShift(rules.checkworthy, "checkworthy", base.checkworthy, cw);
    fa += questionShift(rules.factual, "factual", base.factual, fa);
  }
  return {
    checkworthy: cw === 0 ? base.checkworthy : shift(clampP(base.checkworthy), cw),
    factual: fa === 0 ? base.factual : shift(clampP(base.factual), fa),
    reasons: {
      checkworthy: rulesFirst(rules.checkworthy, base.reasons.checkworthy),
      factual: rulesFirst(rules.factual, base.reasons.factual),
    },
  };
}

/** The most a question scores on either head, whatever its figures: below 0.5, a "no". */
const QUESTION_CEILING = 0.2;
const QUESTION_SHIFT = { checkworthy: -2.0, factual: -1.5 };

/**
 * "Where does 46,000 come from?", "Did the mayor cut police funding by 30%?": a question asks for
 * a fact and states none, so it scores at most QUESTION_CEILING however high the model and the
 * other rules put it (0.93 and 0.87 before). The shift, at least QUESTION_SHIFT, is listed first.
 */
function questionShift(rules: ScoreReason[], head: "checkworthy" | "factual", base: number, delta: number): number {
  const z = Math.log(clampP(base) / (1 - clampP(base))) + delta;
  const ceiling = Math.log(QUESTION_CEILING / (1 - QUESTION_CEILING));
  const shiftBy = Math.round(Math.min(QUESTION_SHIFT[head], ceiling - z - 0.001) * 1000) / 1000;
  rules.unshift({ feature: "rule:question", effect: shiftBy, note: "a question, which asserts nothing" });
  return shiftBy;
}

/**
 * The rules' reasons, then the model's. Most heads have no rule: the model's array is fresh from
 * scoreSentence and owned by no one else, so it is kept instead of copied.
 */
function rulesFirst(rules: ScoreReason[], model: ScoreReason[]): ScoreReason[] {
  if (rules.length === 0) return model;
  for (const r of model) rules.push(r);
  return rules;
}

const DISPUTED = 1.0;

/**
 * A claim the article itself calls false ("falsely claimed", "That is not true") is what a
 * fact-checker checks first: its checkworthy score rises, with the rule listed first. Applied once
 * the whole sentence (or the next one) is read, so after adjustScores.
 */
export function raiseDisputed(claim: {
  scores: { checkworthy: number };
  reasons: { checkworthy: ScoreReason[] };
}): void {
  claim.scores.checkworthy = shift(clampP(claim.scores.checkworthy), DISPUTED);
  claim.reasons.checkworthy = [
    { feature: "rule:disputed", effect: DISPUTED, note: "the article says it is false or unsupported" },
    ...claim.reasons.checkworthy,
  ];
}

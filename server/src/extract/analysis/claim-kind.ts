import type { ClaimKind, Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { FUTURE_PHRASE_WORDS, REPORTING_VERBS } from "./lexicon.ts";
import { MONTH_NAME, WEEKDAYS } from "./dates.ts";
import { figureNotJustified } from "./figure-not-justified.ts";
import { forecastsNotBefore } from "./not-settled-until.ts";
import { withoutAskedCause } from "./cause-asked.ts";
import { withoutUnknownCause } from "./cause-not-known.ts";
import { firstSinceToDo } from "./first-since-to-do.ts";
import { numberWordCompound } from "./number-word-compound.ts";
import { isWhClauseHeading } from "./wh-clause-heading.ts";
import { wouldInQuoteTag } from "./would-in-a-quote-tag.ts";
import { countTellsYou } from "./count-tells-you.ts";
import { concedingWill } from "./conceding-will.ts";
import { aCircumstancePredicts } from "./a-circumstance-predicts.ts";
import { wouldOfHabit } from "./would-of-habit.ts";
import { letterAt } from "./tokens.ts";
import { lengthNamesATarget } from "./target-named-by-length.ts";
import { defineGate, gateBits, gated, wordRunGates } from "./word-gates.ts";

// "Halvorsen Foods beat forecasts": a forecast that was beaten is the object of a past result,
// not a forecast the claim makes (forecast-nouns.ts reads the same phrases for the forecaster).
// Up to two words may name the forecast ("beats profit forecasts", "beat analysts' earnings
// forecasts"), but no joining word nor an adverb that opens a verb of its own: "The bank beat
// rivals and forecasts growth of 2%", "The firm which beat rivals also forecasts a 5% rise" and
// "The chain that beat Tesco now forecasts profit of £1bn" predict.
// "met"/"meets" are left to MET_BEFORE, which minds case: "The Met forecasts snow" predicts.
// "has no plan to", "no immediate plans to", "have no national plan to": the lack of a plan, no
// intent. A noun between "no" and "plans" is the subject's ("A startup with no revenue plans to
// raise $500m"), so only a plan's adjective may stand there, or any word after "has/have … no".
// "I would urge Amelia … to get in touch", "we would ask anyone …": a speaker's appeal, put
// politely, no forecast ("she said she would ask Amazon to brief lawmakers" is what she will do).
// "would like to" only before a word of speech or a wish to see ("I would like to thank …", "I
// would like to see …"): "We would like to build 1.5 million homes by 2029" is a pledge.
const PREDICTION =
  /\b(['’]ll|will|won['’]t|shall|is (?:set|expected|due|scheduled|going|poised|likely|projected|forecast|predicted) to|are (?:set|expected|due|scheduled|going|poised|likely|projected|forecast|predicted) to|(?:is|are) (?:not )?expected (?:to|by)|(?:promised|pledged|vowed) to|promises to|pledges to|vows to|(?<!\b(?:the|its|their|his|her) |\bno (?:(?:immediate|current|firm|concrete|further|new|such|real|formal|public) )?|\b(?:has|have|had|is|are|was|were) (?:still )?no [a-z]+ )plans? to|intends? to|(?<!\b(?:I|we) )would|(?<=\b(?:I|we) )would(?! (?:urge|ask|encourage|appeal to|like to (?:thank|see|mention|say|ask|urge|welcome|congratulate|remind|invite|encourage|pay tribute|add|point out|stress|hear|know|express|apologi[sz]e|acknowledge|take this opportunity)|invite|remind|advise|implore|beg)\b)|expects|predicts|anticipates|(?<!\b(?:beat|beats|topped|tops|missed|misses|exceeded|exceeds|surpassed) (?:(?!(?:and|or|but|then|while|as|also|now|still|again|already|so|too|which|who|that)\b)[\w'’]+ ){0,2})forecasts)\b/i;
/**
 * "due to" names a cause unless it is a schedule: a form of "be" before it and a verb after it
 * ("is due to report results", "was due to be sentenced", "are due to vote on Friday"). Words that
 * are nouns as often as verbs ("rule", "vote", "close", "end", "hold", …) are the verb only before
 * what a verb takes ("due to vote on", "due to hold talks"): "was due to rule changes", "fell due
 * to vote suppression" and "due to end-of-year losses" are causes.
 */
const BE_BEFORE_DUE = String.raw`(?<!\b(?:is|are|was|were|be|been|being|['’]s|['’]re)(?: (?:not|also|still|now|originally|initially))? )`;
const SCHEDULE_VERB = String.raw`(?:be|report|publish|announce|begin|meet|arrive|launch|decide|sign|appear|testify|speak|give|present|deliver|submit|expire|finish|complete|resume|visit|go|come|leave|hear)\b`;
const NOUN_OR_SCHEDULE_VERB = String.raw`(?:release|start|open|close|land|take|hold|vote|rule|issue|end|return|face|make)(?= (?:on|in|at|to|by|with|for|from|over|after|before|the|a|an|its|his|her|their|talks|charges|results|figures|data|office|power|place|effect|next|this|later|tomorrow|today)\b| ?[.,;:])`;
const DUE_TO_A_CAUSE = String.raw`${BE_BEFORE_DUE}due to|due to(?! ${SCHEDULE_VERB}| ${NOUN_OR_SCHEDULE_VERB})`;
// "pleaded guilty to causing death by careless driving": the name of an offence, no cause the claim
// asserts ("…, causing death by smoke inhalation" is one).
const CAUSAL = new RegExp(
  String.raw`\b(result(?:ed|s)? in|as a result of|led to|lead to|leads to|caus(?:e|ed|es|ing(?! (?:death|serious injury) by (?:(?:careless|dangerous|inconsiderate)(?: or inconsiderate)? )?driving\b))|because of|${DUE_TO_A_CAUSE}|thanks to|driven by|contribut(?:e|ed|es) to|responsible for|blamed? for|fuel(?:ed|led|s)?|triggered)\b`,
  "i",
);
/**
 * Superlatives of a measure that make a record in news copy: "the hottest June", "the
 * fastest-warming continent". Not "greatest" or "strongest", which debate talk uses as praise
 * ("the greatest country on Earth").
 */
const SUPERLATIVES = [
  "fastest",
  "slowest",
  "hottest",
  "coldest",
  "warmest",
  "wettest",
  "driest",
  "deadliest",
  "costliest",
  "richest",
  "poorest",
  "longest",
  "shortest",
  "cheapest",
  "busiest",
  "tallest",
  "heaviest",
  "fewest",
  "safest",
  "steepest",
  "sharpest",
];
// Not "at least 27 people" nor "most of the passengers": a bound and a share compare nothing, nor
// does "more than" before a figure, a sum of money included ("should pay more than $35", "more
// than NZ$2 billion"). Nor "most" as a share before a plural and its verb ("most services were
// restored by 12:30 p.m."), unless a determiner or a possessive makes it a superlative ("the most
// passengers were carried in 2025", "the country's most dangerous were the mountain roads"). Nor
// "most" before a time that recurs ("Most evenings he would read to his children": usually).
// "marking the first rise since 2008", "its first quarterly loss since the pandemic": the first of
// its kind since a point in time is a record a checker checks (the last time it happened). Up to
// three words name what it is the first of ("the first time since" is read by "first time"); a
// determiner or possessive before "first" makes it the noun's ("She first visited the site since
// …" is an adverb's); and "since" names a time (a year, "the", "last", "records"): "the first
// military graduate since Eisenhower" measures against a person, and is left as it was. Not as the
// noun phrase that opens the text (after an "According to …," lead or a time's opener at most):
// "The first flight since the crash took off at 9am", "The team's first training session since the
// break was held on Tuesday", "On Monday, the first flight since the crash took off" name an event
// by it, and assert no record. The opener is a day or a time ("On Monday,", "Last week,", "In
// May,", "Earlier,"), never a clause: "Prices rose 3%, the first rise since 2008" is a record.
// "This week," opens with a time, "This means," with a clause (decision 685): after "This" only a
// time's noun, a day or a month ("This Monday,", "This June,", "This Christmas,"), or one of them
// after "past", "coming" or a year's kind ("This past week,", "This financial year,").
const THIS_TIME = String.raw`(?:(?:past|coming|financial|fiscal|academic|school|tax|calendar) )?(?:week|month|year|morning|afternoon|evening|night|weekend|season|summer|winter|spring|autumn|fall|quarter|term|semester|half|decade|century|time|Christmas|Easter|${WEEKDAYS.join("|")}|${MONTH_NAME})`;
const LEAD_BEFORE_SUBJECT = String.raw`(?:According to [^,]+|(?:On|In|By) (?:\d|${MONTH_NAME}|${WEEKDAYS.join("|")})[^,]{0,12}|(?:Last|Earlier|Later|Early|Late|Overnight) [a-z]+(?: [a-z]+)?|This ${THIS_TIME}|Yesterday|Today|Tonight|Earlier|Later|Meanwhile)`;
const FIRST_SINCE = String.raw`(?<!^(?:${LEAD_BEFORE_SUBJECT}, )?(?:the |its |their |his |her |our |a )?)(?:the|its|their|his|her|our|[a-z]+['’]s) first(?: [a-z-]+){1,3} since (?:\d+|the|an?|last|records|then)`;
const RECORD = new RegExp(
  String.raw`\b((?:${SUPERLATIVES.join("|")})(?! (?:hours?|parts?|times?|months?) of\b)|record|all-time|highest|lowest|largest|biggest|smallest|worst|best|(?<!\bat )most(?! of (?:the|its|their|them|those|these|us|our|his|her|you|your|my|it)\b)(?!(?<!(?:\b(?:the|its|their|his|her|our|your|my)|[a-z]['’]s?) most) (?:mornings|afternoons|evenings|nights|days|weekends|summers|winters)\b)(?!(?<!(?:\b(?:the|its|their|his|her|our|your|my)|[a-z]['’]s?) most)\s+[a-z]+s\s+(?:were|are|was|have|had|will|would|could|can|do|did|remain(?:ed)?|stay(?:ed)?)\b)|(?<!\bat )least|first time|${FIRST_SINCE}|unprecedented|never before|than ever|compared (?:to|with)|(?:more|less|fewer|higher|lower|greater|bigger|smaller) than(?!\s+(?:\d|[$€£¥₹₩]|[A-Z]{1,2}\$|one|two|three|four|five|six|seven|eight|nine|ten|a |an |half|hundred|dozen)))\b`,
  "i",
);
const EVENT_VERB =
  /\b(met|signed|visited|arrived|announced|travel(?:l)?ed|refused|responded|agreed|launched|held|killed|arrested|deported|passed|voted|approved|rejected|discussed|caused|began|ended|won|lost|attacked|opened|closed|resigned|elected|appointed|fired|declared|conducted|took place|happened|occurred|is conducting|are conducting|was conducted|upheld|overturned|struck down|ruled|convicted|acquitted|sentenced|reinstated|vetoed|indicted)\b/i;
// For each regex, words one of which any match must contain as a whole run of letters (see
// word-gates.ts).
const PREDICTION_GATE = defineGate([
  ...FUTURE_PHRASE_WORDS,
  // "she'll sign": the letters after the apostrophe are a run of their own.
  "ll",
  "won",
  "poised",
  "likely",
  "intend",
  "intends",
  "would",
  "projected",
  "forecast",
  "predicted",
  // "Westpac expects two further cuts", "the bank's forecasts show growth of 1.9pc in 2026"; not
  // the base forms, which debate talk uses for wishes ("I don't expect you to watch every vote").
  "expects",
  "expected",
  "promised",
  "pledged",
  "vowed",
  "promises",
  "pledges",
  "vows",
  "predicts",
  "anticipates",
  "forecasts",
]);
const CAUSAL_GATE = defineGate([
  "result",
  "resulted",
  "results",
  "led",
  "lead",
  "leads",
  "cause",
  "caused",
  "causes",
  "causing",
  "because",
  "due",
  "thanks",
  "driven",
  "contribute",
  "contributed",
  "contributes",
  "responsible",
  "blame",
  "blamed",
  "fuel",
  "fueled",
  "fuelled",
  "fuels",
  "triggered",
]);
const RECORD_GATE = defineGate([
  ...SUPERLATIVES,
  "record",
  "time",
  "highest",
  "lowest",
  "largest",
  "biggest",
  "smallest",
  "worst",
  "best",
  "most",
  "least",
  "unprecedented",
  "never",
  "ever",
  "compared",
  "than",
  "since",
]);
export const EVENT_GATE = defineGate([
  "met",
  "signed",
  "visited",
  "arrived",
  "announced",
  "traveled",
  "travelled",
  "refused",
  "responded",
  "agreed",
  "launched",
  "held",
  "killed",
  "arrested",
  "deported",
  "passed",
  "voted",
  "approved",
  "rejected",
  "discussed",
  "caused",
  "began",
  "ended",
  "won",
  "lost",
  "attacked",
  "opened",
  "closed",
  "resigned",
  "elected",
  "appointed",
  "fired",
  "declared",
  "conducted",
  "conducting",
  "took",
  "happened",
  "occurred",
  // Courts: "The Supreme Court upheld a Texas law", "The appeals court overturned the conviction".
  "upheld",
  "overturned",
  "struck",
  "ruled",
  "convicted",
  "acquitted",
  "sentenced",
  "reinstated",
  "vetoed",
  "indicted",
  // Not events of their own, but what a court did (score-adjustments.ts reads this gate too).
  "blocked",
  "dismissed",
]);
const REPORTING_GATE = defineGate([...REPORTING_VERBS]);
gated(PREDICTION, PREDICTION_GATE);
gated(CAUSAL, CAUSAL_GATE);
gated(RECORD, RECORD_GATE);
gated(EVENT_VERB, EVENT_GATE);
gated(new RegExp(`\\b(?:${[...REPORTING_VERBS].join("|")})\\b`), REPORTING_GATE);
const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)$/;

const PAST_WORD =
  // Not "won" (a currency); a match inside a hyphenated word ("US-led") is skipped by pastWordAt.
  /\b(?:[a-z]{3,}ed|met|said|took|made|went|saw|came|got|gave|found|told|became|left|held|wrote|was|were|had|did|drew|rose|fell|lost|paid|sent|built|spent|sold|brought|began|kept|ran|led|grew|struck|caught|fought|chose|broke|threw|knew|drove|spoke|stood|heard|bought|sought|thought|felt|meant)\b/g;

/** The first match of PAST_WORD that is no part of a hyphenated word ("US-led", "Korean-built"), or null. */
function pastWordAt(text: string): RegExpExecArray | null {
  PAST_WORD.lastIndex = 0;
  for (let m = PAST_WORD.exec(text); m !== null; m = PAST_WORD.exec(text))
    if (text.charCodeAt(m.index - 1) !== 45) return m;
  return null;
}

/**
 * "met forecasts", "meets forecasts" in lowercase, ending the text before a match: a forecast that
 * was met. Case-sensitive, unlike PREDICTION: "The Met forecasts snow for Scotland" is the Met
 * Office's forecast.
 */
const MET_BEFORE = /\bmeets? $/;

/** PREDICTION, global, to step past a match MET_BEFORE rejects with the text's context kept. */
const EVERY_PREDICTION = new RegExp(PREDICTION.source, "gi");

/**
 * The first PREDICTION match in `text` that is no "forecasts" after a lowercase "met"/"meets" and no
 * count's "will tell you" ("The data will tell you that prices are rising", decision 890) nor a
 * generic speaker's "will" or "would tell you" ("Any economist would tell you …", decision 975), or null.
 */
function predictionMatch(text: string): RegExpExecArray | null {
  const m = PREDICTION.exec(text);
  if (m === null || !noForecast(text, m)) return m;
  EVERY_PREDICTION.lastIndex = m.index + m[0].length;
  for (let next = EVERY_PREDICTION.exec(text); next !== null; next = EVERY_PREDICTION.exec(text))
    if (!noForecast(text, next)) return next;
  return null;
}

/** Is a PREDICTION match a forecast that was met, or a count's or generic speaker's "will/would tell you"? */
function noForecast(text: string, m: RegExpExecArray): boolean {
  // The cheap test first: only "forecasts" is read after "met", only "will" or "would" before "tell you".
  const word = m[1]!;
  // "I will admit that …", "I'll be honest": a speaker's conceding, no forecast (decision 1080).
  if (word.toLowerCase().endsWith("ll") && concedingWill(text, m.index, word)) return true;
  if (word === "will" || word === "would") return countTellsYou(text, m.index);
  // "a student's postcode still predicts their grades": a correlation, no forecast (decision 1115).
  if (word === "predicts") return aCircumstancePredicts(text, m.index);
  return word.toLowerCase() === "forecasts" && metBefore(text, m.index);
}

function metBefore(text: string, at: number): boolean {
  return MET_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

/**
 * What would not have happened: "would not have" before a past participle ("the bank would not
 * have survived", "would never have been built"). Not "would not have" as "have to" or "own": "the
 * tax would not have to rise before 2030" and "the UK would not have a recession in 2026" are
 * forecasts.
 */
const WOULD_NOT_HAVE_DONE =
  /\bwould(?: not| never|n['’]t) have (?:\w+ed|been|had|done|made|gone|got|gotten|seen|known|taken|given|kept|left|lost|won|paid|told|found|built|brought|bought|caught|felt|held|heard|led|met|put|run|sent|spent|stood|taught|thought|come|become|begun|hit|cut|let|fallen|risen|written|driven|broken|chosen|forgotten|hidden|spoken|stolen|beaten|shaken|proven|grown|shown|thrown|drawn|flown)\b/i;

/**
 * "It is not known what caused the explosion, which destroyed two homes", "… what caused a blaze that
 * gutted a warehouse", "… what caused the plane to crash, killing all 67 passengers": the thing asked
 * about is told by a clause after it, so the sentence tells an event though its "caused" is asked
 * (the review of decision 750). Read only on the text less a question of cause.
 */
const TOLD_AFTER_ASKED = /(?:\b(?:which|who)\b|\bthat (?:[a-z]+ed|left|hit|tore|shut|brought)\b|, [a-z]+ing\b)/;

/** Future or planned action in the main clause: the modal comes before any past-tense verb. */
function isPrediction(text: string, bits: number, announced: boolean): boolean {
  if (!(bits & PREDICTION_GATE)) return false;
  const m = predictionMatch(text);
  if (!m || /\bwould (?:have|be)\b/i.test(text) || WOULD_NOT_HAVE_DONE.test(text)) return false;
  if (m[1] === "would" && (wouldInQuoteTag(text, m.index) || wouldOfHabit(text, m.index, announced))) return false;
  const past = pastWordAt(text);
  // "promised to": the pledge's own past form starts the match.
  return !past || m.index <= past.index;
}

/**
 * A reporting verb written as a whole lowercase word: "United States" is a name, not the verb
 * "states". Same as testing every match of /(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu: the verbs are
 * ASCII, so a letter run counts only when it is all a-z. A run is looked up in place in the word
 * gates (REPORTING_GATE is opened by exactly these verbs), not sliced into a string for a Set.
 */
export function hasLowercaseReportingVerb(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const plain = lowercaseRunEnd(text, i);
    i = plain >= 0 ? plain : letterRunEnd(text, i);
    if (i === start) i++;
    else if (plain >= 0 && wordRunGates(text, start, i) & REPORTING_GATE) return true;
  }
  return false;
}

/** End of the run of a-z at `i` (`i` when none starts there), or -1 when the letter run there holds another letter. */
function lowercaseRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) i++;
    else if (c < 128 ? c >= 65 && c <= 90 : letterAt(text, i, n) > 0) return -1;
    else break;
  }
  return i;
}

/** End of the run of letters (\p{L}) at `i`. */
function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  let m: number;
  while (i < n && (m = letterAt(text, i, n)) > 0) i += m;
  return i;
}

/** Does the text state a record or a comparison (the `comparison_record` kind's test)? */
export function statesRecord(text: string, bits = gateBits(text)): boolean {
  return (bits & RECORD_GATE) !== 0 && (RECORD.test(text) || firstSinceToDo(text));
}

/** Bare digits, as a figure is written that was lent a time unit ("years") as an age. */
const BARE_DIGITS = /^\d+$/;
/** "oldest" or "youngest": a record that rests on an age ("Ethel Caterham, 116, is the oldest living person"). */
const AGE_RECORD = /\b(?:oldest|youngest)\b/i;

/**
 * Rule-based kind with a fixed priority, so one claim gets one primary kind; the others that
 * also fit are returned too (e.g. causal and comparison_record for "resulted in record amounts").
 */
export function classifyKind(
  text: string,
  quantities: readonly Quantity[],
  directQuote: boolean,
  attributed: boolean,
  bits = gateBits(text),
  /** A speaker said or told the text (`routineAnnounced`): a routine in it is a plan (decision 750). */
  announced = false,
): { kind: ClaimKind; alsoKinds: ClaimKind[] } {
  const kinds: ClaimKind[] = [];
  if (isPrediction(text, bits, announced) || forecastsNotBefore(text)) kinds.push("prediction");
  if (directQuote) kinds.push("quote");
  // A figure is the most checkable part of a claim, so it outranks the cause it is credited to.
  const statistic = quantities.some((q) => {
    // "did not justify four more officers": what was turned down is no figure the claim asserts.
    if (figureNotJustified(q, text)) return false;
    const timeUnit = q.unit !== null && TIME_UNITS.test(q.unit);
    // A unit other than time's, or a figure in digits with no unit, is a statistic; not a number
    // word joined to a unit of play before a ban ("a one-match suspension": a kind of ban).
    if (!timeUnit) return (q.unit !== null && !numberWordCompound(q, text)) || /\d/.test(q.text) || q.value >= 1000;
    return (
      // An age after a name ("Daniel Pryce, 34, of Redditch") is bare digits lent "years": it says
      // who the person is, not a figure to check, so it makes no statistic (it stays a quantity).
      // Unless the claim is a record of age ("Joe Biden, 82, is the oldest president"): the age is
      // then the figure to check.
      (/\d/.test(q.text) &&
        q.value >= 10 &&
        (!BARE_DIGITS.test(q.text) || AGE_RECORD.test(text)) &&
        // "the 18-week standard": a length that names a target is no figure the claim asserts.
        !lengthNamesATarget(q, text)) ||
      // "two and a half million more Americans": a large figure in words is a statistic too.
      q.value >= 1000
    );
  });
  if (statistic) kinds.push("statistic");
  // The text less a cause asked about, kept for the event's verb below (decision 750).
  let asked: string | null = null;
  if (bits & CAUSAL_GATE && CAUSAL.test(text)) {
    // "The cause of the crash may never be known" names no cause: causal only if the rest is.
    // "Police are investigating what caused the fire" asks for one (decision 685).
    const unknown = withoutUnknownCause(text);
    asked = withoutAskedCause(unknown ?? text);
    const rest = asked ?? unknown;
    if (rest === null || CAUSAL.test(rest)) kinds.push("causal");
  }
  if (statesRecord(text, bits)) kinds.push("comparison_record");
  // "What the exit poll says about the economy": a heading's "says" reports nothing.
  if ((attributed || (bits & REPORTING_GATE && hasLowercaseReportingVerb(text))) && !isWhClauseHeading(text))
    kinds.push("attributed_statement");
  // "It is not known what caused the crash": the "caused" of a question tells of no event either.
  if (
    bits & EVENT_GATE &&
    EVENT_VERB.test(text) &&
    (asked === null || EVENT_VERB.test(asked) || TOLD_AFTER_ASKED.test(asked))
  )
    kinds.push("event");
  if (kinds.length === 0) kinds.push("other");
  // Index and slice, not `[kind, ...alsoKinds] = kinds`: the rest pattern runs the iterator protocol.
  return { kind: kinds[0]!, alsoKinds: kinds.slice(1) };
}

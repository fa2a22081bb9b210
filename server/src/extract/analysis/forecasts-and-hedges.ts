import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { ClaimantMemory } from "./claimant.ts";
import { ADVERB_ASIDE } from "./adverb-aside.ts";
import { forecasterPhrase } from "./forecast-nouns.ts";
import { plausibleSpeakerName } from "./speaker-phrase.ts";
import { WEEKDAYS } from "./dates.ts";

/**
 * Sentences that name who a claim rests on without a reporting verb: a forecast ("Goldman Sachs
 * expects Brent to average $56"), a figure a body reported ("The ministry reported 1,240 cases")
 * or put ("AFAD put the number of dead at 870") and what the outlet was told ("is understood to"). Both are
 * worded as written; the forecaster is not remembered for a later "he said".
 */

/**
 * A sentence that opens with a forecaster and its verb: "Goldman Sachs expects Brent to average
 * $56", "The IMF forecasts growth of 3.1%", "Economists expect the Fed to cut …". Only a body or
 * an unnamed group forecasts here ("Shoppers expect", "Texas sees" and a person stay the
 * article's), "sees" is left out (as often "has": "Monday sees the first of 12 strikes"), and a
 * verb that may be a plural noun must not be followed by what a noun is ("Police estimates of the
 * crowd ranged …", "Official estimates put the toll at 300").
 */
const FORECAST_OPENING =
  /^((?:[Tt]he\s+)?(?:[\p{L}.&'’-]+\s+){0,4}?[\p{L}.&'’-]+)\s+(?:now\s+|also\s+|still\s+)?(expects?|forecasts?|projects?|predicts?|estimates?|anticipates?)\s+([\p{L}’'-]+)/u;
const FORECAST_WORDS = /\b(?:expects?|forecasts?|projects?|predicts?|estimates?|anticipates?)\b/;
/** Words after "estimates" or "projects" that make it a noun: "estimates of", "projects worth", "estimates put". */
const AFTER_A_NOUN = new Set(
  "of for worth put show shows suggest suggested were was are is ranged range have had will would".split(" "),
);
/** Said at the end: the sentence names its own speaker ("…, she said"). */
const SAID_IN_SENTENCE = /\b(?:said|says|told)\b/;

function forecasterOf(sentence: string, memory: ClaimantMemory): Claimant | null {
  if (!FORECAST_WORDS.test(sentence.slice(0, 80)) || SAID_IN_SENTENCE.test(sentence)) return null;
  const m = FORECAST_OPENING.exec(sentence);
  if (m === null || AFTER_A_NOUN.has(m[3]!.toLowerCase())) return null;
  // "Halvorsen Foods beat forecasts", "The IMF has forecast growth of 3%" (forecast-nouns.ts).
  const phrase = forecasterPhrase(m[1]!, m[2]!);
  if (phrase === null || !plausibleSpeakerName(phrase)) return null;
  const c = memory.speaker(phrase);
  // "Samuel Tombs expects unemployment to hit 4.5%": a person named in full forecasts too ("Shoppers
  // expect" and a surname alone stay the article's).
  const namedInFull = c !== null && c.type === "person" && c.name.includes(" ");
  return c !== null && (c.type === "organization" || c.type === "unnamed_sources" || namedInFull) ? c : null;
}

/**
 * The body a sentence opens with, when it forecasts its own business: "Acme Corp now expects sales
 * of $4 billion" (then "It also said …" is Acme's). A body that only forecasts someone else's
 * ("Goldman Sachs expects its shares to rise", "Analysts at UBS forecast Halvorsen would …") or
 * records a figure ("The state labor department recorded 2,100 layoffs") is quoted for context,
 * and the announcement "it also said" goes on with stays with the body that made it.
 */
export function bodyForecastingItsOwn(sentence: string, memory: ClaimantMemory): string | null {
  const c = forecasterOf(sentence, memory);
  if (c === null || c.type !== "organization") return null;
  const object = FORECAST_OPENING.exec(sentence)![3]!;
  // "its shares", "their earnings", "Halvorsen would": another body's business.
  return /^(?:its|their)$/iu.test(object) || /^\p{Lu}/u.test(object) ? null : c.name;
}

/**
 * A sentence that opens with a body and the figure it reported: "The health ministry reported
 * 1,240 new cholera cases last week", "Police recorded 89 offences per 1,000 people", "Doctors at
 * the hospital reported treating 13 people". The figure
 * rests on the body; a person who "reported" or "confirmed" something stays the article's.
 */
const REPORTED_FIGURE =
  /^((?:[Tt]he\s+)?(?:[\p{L}.&'’-]+\s+){0,4}?[\p{L}.&'’-]+)\s+(?:also\s+)?(?:reported|recorded|registered|logged|confirmed)\s+(?:(?:treating|seeing|receiving|rescuing|finding|evacuating)\s+)?(?:(?:a|an|another|more than|over|at least|nearly|almost|about|some|roughly)\s+)?[\d$€£¥]/u;
const COUNTRY = /^(?:[Tt]he\s+)?(?:UK|US|U\.S\.|EU|Britain|England|Scotland|Wales|\p{Lu}\p{Ll}+(?:ia|land|stan))$/u;
const REPORTED_WORDS = /\b(?:reported|recorded|registered|logged|confirmed)\b/;

function reporterOfFigure(sentence: string, memory: ClaimantMemory): Claimant | null {
  if (!REPORTED_WORDS.test(sentence.slice(0, 80)) || SAID_IN_SENTENCE.test(sentence)) return null;
  const m = REPORTED_FIGURE.exec(sentence);
  // "The UK recorded 40.3C at Coningsby": a country records a reading; no one reports it.
  if (m === null || !plausibleSpeakerName(m[1]!) || COUNTRY.test(m[1]!)) return null;
  const c = memory.speaker(m[1]!);
  return c !== null && (c.type === "organization" || c.type === "unnamed_sources") ? c : null;
}

/**
 * A body's estimate put as a figure: "AFAD put the number of dead at 870", "The ministry puts the
 * cost at $4bn". Not "Official estimates put the toll at 300" (estimates are no one).
 */
const PUT_FIGURE =
  /^((?:[Tt]he\s+)?(?:[\p{L}.&'’-]+\s+){0,4}?[\p{L}.&'’-]+)\s+(?:has\s+|have\s+|had\s+|also\s+|now\s+)?(?:put|puts|placed|places)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:number|toll|cost|costs|figure|value|total|count|bill|price|estimate|damage|damages|losses|deficit|shortfall|rate)(?:\s+of\s+[^,.;]{1,40}?)?\s+at\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|at least|least)\s+)?[\d$€£¥]/u;
const PUT_WORDS = /\b(?:put|puts|placed|places)\b/;

function estimatorOfFigure(sentence: string, memory: ClaimantMemory): Claimant | null {
  if (!PUT_WORDS.test(sentence.slice(0, 80)) || SAID_IN_SENTENCE.test(sentence)) return null;
  const m = PUT_FIGURE.exec(sentence);
  if (m === null || !plausibleSpeakerName(m[1]!) || COUNTRY.test(m[1]!)) return null;
  const c = memory.speaker(m[1]!);
  return c !== null && (c.type === "organization" || c.type === "unnamed_sources") ? c : null;
}

/**
 * "It was understood last night that …", "… on Monday that …": a news day between "understood" and
 * "that" dates a briefing, as a sentence adverb ties one to the copy before it; a history's common
 * understanding is not told by the night or the weekday (decision 1060). A plain "It was understood
 * that …" stays the article's, as decision 1015 pinned it.
 */
const NEWS_DAY = `(?:last night|yesterday|tonight|this (?:morning|afternoon|evening)|on (?:${WEEKDAYS.map(
  (day) => day[0]!.toUpperCase() + day.slice(1),
).join("|")}))`;
/**
 * What the outlet was told without saying by whom: "is understood to", "is said to", "is reported
 * to be", "reportedly", and a joined ", with the 29-year-old said to be keen …" ("is believed to"
 * and "is thought to" may be what everyone believes: "Dinosaurs are thought to have died out …"). "reported to" only before what a source would
 * say of someone ("is reported to be receiving", "is reported to earn"), not of where a thing was
 * reported ("Cases are reported to health officials"). "is understood, however, that" is the
 * briefing's "is understood that" with a sentence adverb set off (`ADVERB_ASIDE`, decision 845),
 * after "It" only: "Little is understood, however, that could explain …" is no briefing (its review).
 * The adverb may stand before "understood" too, "It is, however, understood that …" (decision 890),
 * and "however" may go without its commas there, "It is however understood that …" (decision 935),
 * or with the one before it, "It is, however understood that …". Each of these forms reads the same
 * with "was", "It was however understood that …" (decision 975): the adverb ties the briefing to the
 * copy before it; a plain "It was understood that …" may be a narrative's common understanding and
 * stays the article's. A news day before "that" dates a briefing as the adverb does ("It was
 * understood last night that …", `NEWS_DAY`, decision 1060).
 */
const HEDGED_SOURCING = new RegExp(
  String.raw`\b(?:(?:is|are|was|were) (?:(?:understood|said|reputed) to|reported to (?:be|have|earn|want|cost|own|face|hold|favou?r|prefer|demand|command|receive|seek)\b)|reportedly|is understood that|(?<=\b[Ii]t )(?:is|was)(?: understood${ADVERB_ASIDE}|${ADVERB_ASIDE} understood|,? however understood| understood ${NEWS_DAY}) that)\b|, with [^,;]{2,40}? (?:said|understood|reported) to (?:be|have)\b`,
);
const UNNAMED_SOURCES: Claimant = { name: "unnamed sources", type: "unnamed_sources", via: null };
/**
 * A year or a century before "It was however understood that …": "In 1997 it was however understood
 * that Labour would win", "In the 18th century it was, however, understood that the heir would marry
 * …" tell a history's common understanding, as a plain "It was understood that" may, not a briefing.
 */
const DATED_PAST = /\b(?:1[89]|20)\d\ds?\b|\bcentur(?:y|ies)\b/;

/**
 * Does `sentence` rest on unnamed sources by its hedge (`HEDGED_SOURCING`)? Not a past briefing's
 * "It was … understood that" after a year or a century (the review of decision 975). Asked too of
 * the lead-in of a speech with "would" (`reportedSpeechToCome` in extract-claims.ts, decision 1015).
 */
export function hedgedSourcing(sentence: string): boolean {
  const m = HEDGED_SOURCING.exec(sentence);
  if (m === null) return false;
  // Cheap first: only the briefing's "was … that" (decision 975) looks at the words before it.
  return !(
    m.index > 3 &&
    m[0].startsWith("was") &&
    m[0].endsWith(" that") &&
    DATED_PAST.test(sentence.slice(0, m.index))
  );
}

/** ", and Brentford are understood to …": a clause of its own before the hedge. */
const CLAUSE_JOIN = /(?:,\s*(?:and|but|while)|;)\s+/g;
/** ", with the 29-year-old said to be keen …": a subject and its hedge joined by "with", no verb of its own. */
const WITH_HEDGE = /, with ([^,;]{2,40}?) (said|understood|reported) to (?:be|have)\b/;
/** A past tense in the clause before "with": the hedge is told in the past too ("was said to be"). */
const PAST_CLAUSE = /\b(?:was|were|had)\b/;

/** Where the article's own clause ends, where the hedged one starts, and its wording when it needs a verb. */
export interface HedgedClause {
  leadEnd: number;
  from: number;
  /** "the 29-year-old is said to be keen on a move to Spain" for ", with the 29-year-old said to be keen …". */
  wording?: string;
}

/**
 * Where the article's own clause ends and the clause that holds the outlet's hedge starts in
 * `sentence`, when one comes before it ("Toney has 12 months left on his contract, and Brentford
 * are understood to value him at £80m"), else null.
 */
export function hedgedClause(sentence: string): HedgedClause | null {
  const hedge = HEDGED_SOURCING.exec(sentence);
  if (hedge === null) return null;
  // "City are close to selling Perrault, with the 29-year-old said to be keen on a move": the
  // clause after "with" is the hedged claim, worded with the verb "with" leaves out.
  if (hedge[0].startsWith(", with ")) {
    const joined = WITH_HEDGE.exec(sentence);
    if (joined !== null) {
      const subject = joined[1]!;
      const lead = sentence.slice(0, joined.index);
      const plural = /[^s]s$/.test(subject) && !/\d/.test(subject.slice(-3));
      const verb = PAST_CLAUSE.test(lead) ? (plural ? "were" : "was") : plural ? "are" : "is";
      const from = joined.index + ", with ".length;
      const rest = sentence.slice(from + subject.length).replace(/[.!]$/, "");
      return { leadEnd: joined.index, from, wording: `${subject} ${verb}${rest}` };
    }
  }
  let found: HedgedClause | null = null;
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(sentence); m !== null && m.index < hedge.index; m = CLAUSE_JOIN.exec(sentence))
    found = { leadEnd: m.index, from: m.index + m[0].length };
  return found;
}

/** The claimant of a sentence with no reporting verb that still rests on someone, or null. */
export function sourceWithoutReportingVerb(sentence: string, memory: ClaimantMemory): Claimant | null {
  return (
    forecasterOf(sentence, memory) ??
    reporterOfFigure(sentence, memory) ??
    estimatorOfFigure(sentence, memory) ??
    (hedgedSourcing(sentence) ? UNNAMED_SOURCES : null)
  );
}

import { isRatingSentence, sentenceRating } from "./text/rating-sentence.ts";
import { claimMakerInSentence, claimMakerOnLine } from "./text/claim-maker-line.ts";
import { isAsciiLower } from "./text/char-classes.ts";
import { linkListEnd } from "./text/link-lists.ts";
import { isLettersHeadingLine } from "./text/letters-page-top.ts";
import { isFactCheckerCredit } from "./text/fact-checker-credit.ts";
import { lineEndFrom } from "./text/lines.ts";
import { isNameOverBylineJob } from "./text/name-over-byline-job.ts";
import {
  isLetterTopic,
  isLettersPage,
  isLettersPageHeadline,
  letterSalutationLength,
  letterSignatureEnd,
  signedLetterStart,
} from "./text/letters-page.ts";
import { factCheckBoxAt, verdictRating } from "./text/fact-check-boxes.ts";
import { releaseNotesEnd } from "./text/release-notes.ts";
import { sourceListEnd } from "./text/source-list.ts";
import { personForOpeningPronoun, personForReportedPronoun } from "./analysis/article-pronoun.ts";
import { personPastAPlace } from "./analysis/person-past-a-place.ts";
import { namePronounMaker, pronounMaker } from "./analysis/pronoun-maker.ts";
import { colonLeadInSpeaker } from "./analysis/colon-lead-in.ts";
import { parallelClauseFigure, parallelFigure, type ParallelFigure } from "./analysis/parallel-figure.ts";
import { countedNounAcrossJoin, numberWordAcrossJoin } from "./analysis/counted-noun-across-join.ts";
import { shareOfThem } from "./analysis/share-of-them.ts";
import { datesOfClauseBefore } from "./analysis/date-of-clause-before.ts";
import { reachAfterTag } from "./analysis/reach-after-tag.ts";
import type { Claimant, ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { calendarDay } from "@claimdesk/shared/calendar";
import { findAttribution, type Attribution } from "./analysis/attribution.ts";
import { speakerTagAtEnd } from "./analysis/attribution-phrases.ts";
import { officeAndSurname, openingBodyName, openingPersonName } from "./analysis/speech-subject.ts";
import { countTellsAfter, quoteSpeaker, speakerNamedAfter, wayOfSayingBefore } from "./analysis/quote-speaker.ts";
import { speechToComeBefore, wouldSpeakBefore } from "./analysis/speech-to-come.ts";
import { withoutAdverbAside } from "./analysis/adverb-aside.ts";
import {
  ARTICLE_CLAIMANT,
  ClaimantMemory,
  claimantFromPhrase,
  sameClaimant,
  unnamedSources,
} from "./analysis/claimant.ts";
import { giveCheckedClaimItsClaimant, giveCheckedClaimToMaker } from "./analysis/checked-claimant.ts";
import { FactCheckState } from "./analysis/fact-check-state.ts";
import { giveLetterToWriter } from "./analysis/letter-writer.ts";
import { REPORTING_VERBS } from "./analysis/lexicon.ts";
import { splitClauses } from "./analysis/clauses.ts";
import { hasLowercaseReportingVerb } from "./analysis/claim-kind.ts";
import {
  countTokens,
  endsInPossessive,
  gateBitsWithin,
  lowerWordAt,
  tokenize,
  tokensWithin,
  type Token,
} from "./analysis/tokens.ts";
import { speechVerbAfterJoiner } from "./analysis/second-speaker.ts";
import { verdictSpeech } from "./analysis/verdict-speech.ts";
import { findDates } from "./analysis/dates.ts";
import { SentenceOpeners } from "./analysis/sentence-openers.ts";
import {
  FLAT_DENIAL_MAX,
  markDisputedInSentence,
  markRatedFalse,
  markRebuttedBefore,
  mayDispute,
} from "./analysis/disputed-claims.ts";
import { markUnconfirmed, mayBeUnconfirmed } from "./analysis/unconfirmed-claims.ts";
import { isOutletsHedge } from "./analysis/outlets-hedge.ts";
import { bodysOwnActAfterAnd } from "./analysis/named-body-after-and.ts";
import { withSingleQuotationsAsDouble } from "./text/single-quotations.ts";
import { buildClaim, speakerName, type ClaimDraft } from "./build-claim.ts";
import { trimSpan } from "./claim-context.ts";
import {
  datelineLength,
  isCaptionLine,
  isColonHeadingLine,
  isLongConsentNotice,
  isNewsFurniture,
  isQuestionLine,
  isQuotedCrosshead,
  noCommentTailAt,
  trailingFurnitureAt,
  opensStoryNote,
  sentenceNoteEnd,
} from "./text/news-furniture.ts";
import { isPodcastChapterLine } from "./text/podcast-chapters.ts";
import { AFTER_FURNITURE_ONLY } from "./text/mastheads-and-pitches.ts";
import { continuesTurn, isFalseRating, isQuestioner, lineLabel } from "./text/speaker-labels.ts";
import {
  bodyForecastingItsOwn,
  hedgedClause,
  hedgedSourcing,
  sourceWithoutReportingVerb,
} from "./analysis/forecasts-and-hedges.ts";
import { mayReportInClause, relativeReportIn, type RelativeReport } from "./analysis/relative-report.ts";
import { firstFiniteVerb } from "./analysis/verbs.ts";
import { plausibleSpeaker } from "./analysis/speaker-phrase.ts";
import {
  ALWAYS_FINITE,
  CAPITALISED,
  LOWERCASE_REPORTING_VERB,
  PAST,
  SUBJECT_NOUN,
  SUBJECT_PRONOUN,
} from "./analysis/word-flags.ts";
import { endsInPluralS } from "./analysis/present-tense.ts";
import { withoutRepeatedHeadline } from "./headline-repeats.ts";
import { intervieweeBefore } from "./text/interviewee.ts";
import { findQuoteRegions, type QuoteRegion } from "./text/quote-regions.ts";
import { opensWithRelativeWord } from "./text/relative-quotation.ts";
import { splitSentences, type SentenceSpan } from "./text/sentence-splitter.ts";
import { isCaptionOverCreditLine } from "./text/caption-over-credit-line.ts";
import { writerBioEnd } from "./text/writer-bio-under-name.ts";
import { alignedTableRuns } from "./text/space-aligned-tables.ts";
import { mastheadLineEnd } from "./text/masthead-at-top.ts";
import { isDonationBox } from "./text/donation-box.ts";
import { bodyMayHoldTable, findTableRuns, mayHoldTable, TableCursor, type Span } from "./text/table-rows.ts";
import { captionSourceLine, paragraphTableClaims } from "./table-claims.ts";
import { mayEndInBracketedSource, startsSourceLine } from "./text/table-source.ts";

export interface ExtractOptions {
  /** YYYY-MM-DD; relative dates ("Thursday evening", "in January") resolve against it. */
  publishedOn?: string | null;
}

const MIN_TOKENS = 2;
/**
 * ", adding that", ", saying that" after a quotation's speaker tag: what follows is the speaker's;
 * without "that" only before a clause with an auxiliary (", adding the company would cut …").
 */
const ADDED_AFTER_TAG =
  /^[^“”"]{1,80}?,\s*(?:adding|saying|noting|insisting|arguing|warning|stressing)\s+(?:that\s+|(?=(?:[\p{L}\d,.%$'’-]+\s+){1,5}(?:would|will|had|has|was|were|is|are|could|should|might|may|can)\s))(?=\S)/u;

/** Where a body's estimate or forecast ends and a clause of its own begins: ", but", ", while", ";" (not ", and": a list's last item). */
const CLAUSE_TURN = /,\s(?:but|while)\s(?!(?:expects|sees|forecasts|predicts|projects|anticipates)\b)|;\s/;

/** An opening quotation mark, then a lowercase letter: a quotation that goes on from an earlier one. */
const GOES_ON_QUOTE = /^[“"]\p{Ll}/u;
const QUOTE_EDGES = /^[“"]|[,.]?[”"]$/g;
/** Words that go on with the first part's sentence: “We are ready,” he said, “to cut rates …”. */
const GOES_ON_WORD =
  /^(?:to|that|and|but|or|because|which|who|if|when|as|than|for|with|in|on|by|is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|does|do|did)\b/;
/** The first part ends with a comma inside its closing mark: “We are ready,” */
const OPEN_COMMA_QUOTE = /,[”"]$/;
/** Only a speaker's tag between the parts: “…,” Bailey said, “…” */
const TAG_BETWEEN = /^\s+[^“”".!?]{1,60}\s(?:said|says|added|adds|told\s+\S+|wrote|explained|insisted|warned)\s*,\s*$/;
const MAX_TAG_CHARS = 80;

/**
 * “We are ready,” Bailey said, “to cut rates as soon as the data allow.”: one quotation
 * interrupted by its tag, worded whole with the tag left out.
 */
function withInterruptedQuotesJoined(body: string, segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.directQuote &&
      seg.directQuote &&
      prev.restored === undefined &&
      sameClaimant(prev.claimant, seg.claimant) &&
      GOES_ON_QUOTE.test(body.slice(seg.start, seg.start + 2)) &&
      OPEN_COMMA_QUOTE.test(body.slice(prev.end - 2, prev.end)) &&
      seg.start - prev.end <= MAX_TAG_CHARS &&
      TAG_BETWEEN.test(body.slice(prev.end, seg.start))
    ) {
      const first = body.slice(prev.start, prev.end).replace(QUOTE_EDGES, "");
      const second = body.slice(seg.start, seg.end).replace(QUOTE_EDGES, "");
      out[out.length - 1] = {
        ...prev,
        end: seg.end,
        // "…terrible,” she said, “people were screaming”: a clause of its own keeps its comma.
        restored: GOES_ON_WORD.test(second) ? `${first} ${second}` : `${first}, ${second}`,
      };
      continue;
    }
    out.push(seg);
  }
  return out;
}

/** The speaker of the last claim when it is a quotation ending after `since`, else null. */
function lastQuotationSpeaker(claims: readonly ExtractedClaim[], since: number): Claimant | null {
  const last = claims[claims.length - 1];
  return last && last.end >= since && last.flags.includes("quotation") && last.claimant.type !== "article"
    ? last.claimant
    : null;
}

/** Does the quotation at `at` open a numbered or bulleted line ("1. “…”", "- “…”")? */
function listedQuotation(body: string, at: number): boolean {
  // A few chars back only: a search to the line's start would cost a long unbroken text its length per quotation.
  let lineStart = at;
  while (lineStart > 0 && at - lineStart <= 6 && body.charCodeAt(lineStart - 1) !== 10) lineStart--;
  return (lineStart === 0 || body.charCodeAt(lineStart - 1) === 10) && LIST_MARKER.test(body.slice(lineStart, at));
}
const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[-*•–])\s*$/;

/** "estimated that ", "noted that ": a verb of saying and "that" after "who". */
const REPORTS_THAT = new RegExp(`^(?:${[...REPORTING_VERBS].join("|")})\\s+that\\s+`);
/** ", who downgraded the stock": a who-clause that ends a speaker tag, telling what the speaker did. */
const WHO_AFTER_TAG =
  /^[^“”"]{1,100}?,\s*who\s+(?=(?!(?:said|says|told|asked|spoke|declined|requested|was|is)\b)\p{Ll})/u;

/** How far a dateline is looked for from a line's start. */
const DATELINE_LOOK = 100;
/** How many speakers one sentence may hand over to ("A said …, while B said …, but C said …"). */
const MAX_SPEAKERS_PER_SENTENCE = 6;

function checkDate(s: string | null | undefined): string | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? calendarDay(m[1]!, m[2]!, m[3]!) : null;
}

// An import extracts many articles with the same publication date: the latest answer is kept.
let checkedDate: string | null | undefined;
let checkedResult: string | null = null;

/** publishedOn when it is a real YYYY-MM-DD calendar date, else null. */
function validDate(s: string | null | undefined): string | null {
  if (s !== checkedDate) {
    checkedResult = checkDate(s);
    checkedDate = s;
  }
  return checkedResult;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

interface Segment {
  start: number;
  end: number;
  claimant: Claimant;
  directQuote: boolean;
  /** The segment is one claim with this wording (a relative clause with its subject restored). */
  restored?: string;
  /** The segment names its own speaker ("economists called the figure inflated"): worded as written. */
  namesSpeaker?: boolean;
  /** A leading pronoun is not replaced by the claimant (see Attribution.keepsPronoun). */
  keepsPronoun?: boolean;
  /** What the content's leading "it" stands for (see Attribution.itStandsFor). */
  itStandsFor?: string;
  /** The sentence rests on someone without a reporting verb ("is understood to", "expects"). */
  sourced?: boolean;
}

/**
 * "The governor praised the program, which she said had brought 4,000 jobs": the article's clause,
 * then the speaker's claim about the noun ("According to the governor, the program had brought
 * …"); in a subject ("The grant, which the mayor said totals $3.1 million, will cover the rest"),
 * the main predicate after it is the article's, worded with the noun.
 */
function relativeReportSegments(
  body: string,
  s: SentenceSpan,
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Segment[] | null {
  // Most sentences hold no reporting verb after a relative word: a cheap test first.
  if (!mayReportInClause(tokens)) return null;
  const r = relativeReportIn(body, tokens);
  if (!r) return null;
  const speaker = relativeReportSpeaker(body, tokens, r, memory);
  if (!speaker) return null;
  const contentStart = tokens[r.contentFrom]!.start;
  const contentEnd = closingQuotesEnd(body, tokens[r.contentTo - 1]!.end);
  const said: Segment = {
    start: contentStart,
    end: contentEnd,
    claimant: memory.remember(speaker),
    directQuote: false,
    restored: `${r.noun} ${body.slice(contentStart, contentEnd)}`,
  };
  if (r.predicateFrom >= 0) {
    const predicateStart = tokens[r.predicateFrom]!.start;
    const noun = r.noun[0]!.toUpperCase() + r.noun.slice(1);
    return [
      said,
      {
        start: predicateStart,
        end: s.end,
        claimant: ARTICLE_CLAIMANT,
        directQuote: false,
        restored: `${noun} ${body.slice(predicateStart, tokens[tokens.length - 1]!.end)}`,
      },
    ];
  }
  if (r.headEnd <= s.start) return [said];
  const head: Segment = { start: s.start, end: r.headEnd, claimant: ARTICLE_CLAIMANT, directQuote: false };
  if (r.goesOnFrom < 0) return [head, said];
  // "…, and met nurses": the main clause goes on, worded with its start ("The minister visited
  // the hospital and met nurses").
  const goesOn = tokens[r.goesOnFrom]!.start;
  const restored = `${body.slice(s.start, r.headEnd)} ${body.slice(goesOn, tokens[tokens.length - 1]!.end)}`;
  return [head, said, { start: goesOn, end: s.end, claimant: ARTICLE_CLAIMANT, directQuote: false, restored }];
}

/**
 * Who reports in such a clause. A pronoun is first the sentence's own subject when that can be
 * it ("The governor praised the program, which she said …", "Northgate has offered a raise,
 * which it says …"), else whom the text before points to.
 */
function relativeReportSpeaker(
  body: string,
  tokens: readonly Token[],
  r: RelativeReport,
  memory: ClaimantMemory,
): Claimant | null {
  const phrase = body.slice(tokens[r.speakerFrom]!.start, tokens[r.speakerTo - 1]!.end);
  const pronoun = r.speakerTo - r.speakerFrom === 1 && tokens[r.speakerFrom]!.flags & SUBJECT_PRONOUN;
  // "praised the mayor's program, which he said …": another owner between them may be meant, so
  // the pronoun names no one for sure and the sentence stays the article's.
  if (pronoun && possessiveBetween(body, tokens, r.speakerFrom)) return null;
  if (pronoun) {
    // "The protesters want the relocation of a dump that they say …": a plural group's verb in the
    // present, which the flags do not know, right after it.
    const verb = pluralGroupOpens(body, tokens) ? 2 : firstFiniteVerb(tokens, 0, r.speakerFrom);
    const subject =
      verb > 0 && verb <= 6 && plausibleSpeaker(body, tokens, 0, verb)
        ? subjectClaimant(body, tokens, verb, memory)
        : null;
    const wanted = /^(?:he|she)$/i.test(phrase) ? "person" : /^(?:it|they)$/i.test(phrase) ? "organization" : null;
    if (subject && subject.type === wanted) return subject;
    // "The protesters demanded …, which they say …": people in the plural are "they" too.
    if (
      subject &&
      /^they$/i.test(phrase) &&
      (subject.type === "unnamed_sources" || PEOPLE_IN_PLURAL.test(subject.name))
    )
      return subject;
    // "Northgate has offered a raise, which it says …": a one-word name that is "it" is a body.
    if (
      subject &&
      wanted === "organization" &&
      subject.type === "person" &&
      !subject.title &&
      /^\p{Lu}[\p{Ll}]+$/u.test(subject.name)
    )
      return { ...subject, type: "organization" };
  }
  const speaker = memory.speaker(phrase);
  return speaker && speaker.type !== "article" ? speaker : null;
}

/** A group of people named by a plural common noun: "protesters", "local residents". */
const PEOPLE_IN_PLURAL = /^[\p{Ll}\s-]+[^s]s$/u;

/** Does the sentence open with "The" and a plural of people or bodies ("The protesters", "The unions")? */
function pluralGroupOpens(body: string, tokens: readonly Token[]): boolean {
  const group = tokens[1];
  return (
    group !== undefined &&
    tokens.length > 3 &&
    lowerWordAt(body, tokens[0]!) === "the" &&
    (group.flags & (SUBJECT_NOUN | CAPITALISED)) === SUBJECT_NOUN &&
    endsInPluralS(body, group)
  );
}

/** A possessive ("the mayor's", "the agency's") among tokens [1, to): someone else a pronoun may stand for. */
function possessiveBetween(body: string, tokens: readonly Token[], to: number): boolean {
  for (let k = 1; k < to; k++) if (endsInPossessive(body, tokens[k]!)) return true;
  return false;
}

/** The claimant tokens [0, verb) name; a common noun that opens the sentence is lowercased ("The governor"). */
function subjectClaimant(
  body: string,
  tokens: readonly Token[],
  verb: number,
  memory: ClaimantMemory,
): Claimant | null {
  const words = body.slice(tokens[0]!.start, tokens[verb - 1]!.end);
  return memory.speaker(/^The\s/.test(words) ? `the${words.slice(3)}` : words);
}

const PREPOSITION_FIRST = /^(?:for|in|on|at|by|with|from|to|of|as|after|before)\s/i;

/** "And we said, “…”": who "we" are is not the last speaker. */
const FIRST_OR_SECOND_PERSON = /\b(?:I|[Ww]e|[Yy]ou)\b/;

/** The end of `end` past closing quotation marks right after it ("was “a national scandal”"). */
function closingQuotesEnd(body: string, end: number): number {
  let e = end;
  while (e < body.length && (body[e] === "”" || body[e] === '"')) e++;
  return e;
}

/** Per paragraph: quote regions and, lazily, who speaks in each. */
class ParagraphQuotes {
  private speakers = new Map<number, Claimant | null>();
  private next = 0;
  /** Who spoke the quotation just before the sentence, in it or the paragraph before: a listed quotation's speaker. */
  quotedBefore: Claimant | null = null;
  constructor(
    private body: string,
    readonly regions: QuoteRegion[],
    private from: number,
    private to: number,
  ) {}

  /** Regions overlapping [s, e); sentences arrive in order so a moving pointer keeps this linear. */
  overlapping(s: number, e: number): QuoteRegion[] {
    while (this.next < this.regions.length && this.regions[this.next]!.end <= s) this.next++;
    const out: QuoteRegion[] = [];
    for (let i = this.next; i < this.regions.length && this.regions[i]!.start < e; i++) out.push(this.regions[i]!);
    return out;
  }

  speaker(r: QuoteRegion, memory: ClaimantMemory): Claimant | null {
    if (!this.speakers.has(r.start))
      this.speakers.set(r.start, quoteSpeaker(this.body, r.start, r.end, this.from, this.to, memory));
    return this.speakers.get(r.start) ?? null;
  }
}

// A module constant: esbuild turns a `\p{…}` regex literal inside a function into a new RegExp per call.
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The reported speech a quotation sits inside, when the speaker's reported clause has begun
 * before the quotation opens ("said the report showed “…”"); null for "said: “…”" or none.
 */
function quotedWithinReport(
  body: string,
  s: SentenceSpan,
  tokens: readonly Token[],
  first: QuoteRegion,
  memory: ClaimantMemory,
): Attribution | null {
  if (first.start <= s.start) return null;
  // "said: “…”" and "said, “…”" hand over to the quotation; only a word or a figure right before it can be
  // inside a reported clause ("showed “…”"), so most quotations are settled here.
  let before = first.start - 1;
  while (before > s.start && body.charCodeAt(before) === 32) before--;
  if (!LETTER_OR_DIGIT.test(body[before]!)) return null;
  const a = findAttribution(body, s.start, s.end, tokens, memory);
  // "claims that “every single case …”": the quotation is the reported clause itself.
  return a && (LETTER.test(body.slice(a.contentStart, first.start)) || thatBefore(body, before)) ? a : null;
}

/**
 * "It is understood that Reeves will tell MPs: “…”": a briefing's frame reports the speech to come,
 * as a verb of speech does (the review of decision 750).
 */
const BRIEFED = /\b(?:understood|expected|believed|thought)\b/;

/**
 * Is the quotation tagged before it with a speech to come ("will tell MPs:") whose speaker is named?
 * Only a quotation that ends the sentence ("Many will say: “…,” said Reeves" is Reeves's, said),
 * and no verb of speech before the tag's "will" ("Smith said Jones will say: “…”" is Smith's report).
 */
function speechToComeHandsOver(
  body: string,
  first: QuoteRegion,
  s: SentenceSpan,
  quotes: ParagraphQuotes,
  memory: ClaimantMemory,
): boolean {
  if (first.start <= s.start || s.end - first.end > 1 || speechToComeBefore(body, first.start) === null) return false;
  return !reportsTheTag(tagLead(body, first, s)) && quotes.speaker(first, memory) !== null;
}

/** The sentence before the "will" of the tag before `first`. */
function tagLead(body: string, first: QuoteRegion, s: SentenceSpan): string {
  return body.slice(s.start, body.lastIndexOf(" will", first.start));
}

/** Does a verb of speech or a briefing's frame stand in the lead-in before a tag's "will"? */
function reportsTheTag(lead: string): boolean {
  return hasLowercaseReportingVerb(lead) || BRIEFED.test(lead);
}

/**
 * "It is understood that Reeves will tell MPs: “…, and …”", "Insiders said Reeves will say: “…”":
 * a speech to come that a briefing or another speaker reports is theirs however long its quotation
 * (decision 790); a quotation that is most of its sentence was handed to the tag's speaker, and only
 * a short one was read with the frame since decision 750. Only a lead-in with no comma. Asked only
 * of a quotation that is most of a sentence it does not open; `speechToComeBefore` (40 chars, an
 * `includes` first) before the scan.
 */
function reportedSpeechToCome(body: string, first: QuoteRegion, s: SentenceSpan): boolean {
  if (first.start <= s.start) return false;
  if (speechToComeBefore(body, first.start) !== null) {
    const frame = frameWithoutAside(tagLead(body, first, s));
    return frame !== null && (hasLowercaseReportingVerb(frame) || BRIEFING_FRAME.test(frame));
  }
  return briefedSpeechWithWould(body, first, s);
}

/**
 * "It is however understood that Reeves would tell MPs: “…”": a briefing's frame that rests on
 * unnamed sources (`hedgedSourcing`) reports the speech to come with "would" too (decision 1015); a
 * verb of speech's "would" and a plain past's ("It was understood that …") are left as they were.
 */
function briefedSpeechWithWould(body: string, first: QuoteRegion, s: SentenceSpan): boolean {
  if (!wouldSpeakBefore(body, first.start)) return false;
  const frame = frameWithoutAside(body.slice(s.start, body.lastIndexOf(" would", first.start)));
  return frame !== null && hedgedSourcing(frame);
}

/**
 * The lead-in before a tag's modal without a sentence adverb set off by commas, or null where a
 * comma is left. "Reeves, who said last week …, will tell MPs: “…”": a verb of speech set off by
 * commas is the speaker's aside, and the quotation is hers. "It is understood, however, that Reeves
 * will tell MPs: “…”": a sentence adverb set off by commas is no aside of the speaker's, and the
 * frame reads as it does without it (decision 845).
 */
function frameWithoutAside(lead: string): string | null {
  const frame = withoutAdverbAside(lead);
  return frame.includes(",") ? null : frame;
}

/**
 * A briefing's word that frames the tag, for a long quotation: not an adjective ("The expected
 * announcement means Reeves will tell MPs: “…”", "a thought-provoking …") nor a raising verb of
 * another clause ("Sterling is expected to rally and Reeves will tell MPs: “…”"), where the
 * quotation stays the speaker's (the review of decision 790). Asked only after `BRIEFED` would be.
 */
const BRIEFING_FRAME = /(?<!\b(?:[Tt]he|[Aa]n?) )\b(?:understood|expected|believed|thought)\b(?![-\s]to\b|-)/;

/** Does the word "that" end at `last` (its final letter)? */
function thatBefore(body: string, last: number): boolean {
  return body.slice(last - 3, last + 1).toLowerCase() === "that" && !LETTER.test(body[last - 4] ?? "");
}

/** Decides who asserts what in one sentence: direct quotation, reported speech or the article. */
function segmentsOf(
  body: string,
  s: SentenceSpan,
  tokens: readonly Token[],
  quotes: ParagraphQuotes,
  regions: readonly QuoteRegion[],
  memory: ClaimantMemory,
  depth = 0,
): Segment[] {
  let quoted = 0;
  for (const r of regions) quoted += overlap(r.start, r.end, s.start, s.end);
  // A sentence that is mostly quotation, or that opens with one and names its speaker right
  // after it ("“…,” said Dr. Ana Ferreira, a climate researcher at …"), is a direct quote.
  // Not when the quotation sits inside what a speaker reports ("Su said the report showed “a
  // resilient labor market”", "Ridley called the ruling “judicial activism at its worst”"): that
  // is reported speech, however much of it is quoted.
  const mostlyQuoted = regions.length > 0 && quoted * 2 >= s.end - s.start;
  const reportedToCome = mostlyQuoted && reportedSpeechToCome(body, regions[0]!, s);
  const quotation =
    regions.length > 0 &&
    ((mostlyQuoted && !reportedToCome) ||
      (regions[0]!.start <= s.start && speakerNamedAfter(body, regions[0]!.end, s.end, memory)) ||
      // "Council member Teresa Okoye put it bluntly: “…”"
      wayOfSayingBefore(body, regions[0]!.start, s.start) ||
      // "Rachel Reeves will tell MPs: “Growth is back.”": a speech to come, its speaker named before
      // it, hands the sentence to a quotation however short (decision 750).
      (!mostlyQuoted && speechToComeHandsOver(body, regions[0]!, s, quotes, memory)));
  const reported = quotation ? quotedWithinReport(body, s, tokens, regions[0]!, memory) : null;
  if (quotation && reported === null) {
    // "…, a figure she said was “a national scandal”": the quotation is what a relative clause reports.
    const relative = regions[0]!.start > s.start ? relativeReportSegments(body, s, tokens, memory) : null;
    if (relative) return relative;
    let speaker: Claimant | null = null;
    for (const r of regions) speaker ??= quotes.speaker(r, memory);
    // "Senator Dan Ortiz called the speech “a campaign ad” and said the governor had “…”": no tag
    // by the quotations, but the sentence names who speaks before them. "And we said, “…”" names
    // someone the text does not, and so not the last speaker either.
    const led = regions[0]!.start > s.start;
    const firstPerson = led && FIRST_OR_SECOND_PERSON.test(body.slice(s.start, regions[0]!.start));
    if (!speaker && led && !firstPerson && mayReportInClause(tokens)) {
      const named = findAttribution(body, s.start, s.end, tokens, memory)?.claimant ?? null;
      // "Sarabia; for her part; highlighted “…”": a phrase that opens with a preposition names no one.
      if (named && !PREPOSITION_FIRST.test(named.name)) speaker = named;
    }
    // "Here's the latest from the Met Office's chief meteorologist, Paul Gundersen:" on the line
    // before a quotation that opens its own: his, not the last speaker's.
    if (!speaker && !led) speaker = colonLeadInSpeaker(body, regions[0]!.start);
    // "2. “We passed the largest tax cut in state history.”": a listed quotation goes on from a
    // quotation just before it ("- “We have won 20 games,” she said." then "- “…”"), not from a
    // source a fact-check's evidence paragraph named.
    if (listedQuotation(body, regions[0]!.start)) speaker ??= quotes.quotedBefore;
    // "“Wages are rising faster than prices,” the figures will tell you" after the government's
    // paragraph: the figures' tag makes it the article's point, not the last speaker's (decision 890).
    else if (!firstPerson && !(speaker === null && countTellsAfter(body, regions[regions.length - 1]!.end, s.end)))
      speaker ??= memory.lastQuoteSpeaker();
    const claimant = memory.remember(speaker ?? ARTICLE_CLAIMANT);
    // "Ms Rahman thanked voters “who stuck with us …” and said …": a quotation that opens with a
    // relative word describes a noun of the article's clause; the other quotations are the claims.
    const said = regions.length > 1 ? regions.filter((r) => !opensWithRelativeWord(body, r.start, r.end)) : regions;
    const out: Segment[] = (said.length > 0 ? said : regions).map((r) => ({
      start: Math.max(r.start, s.start),
      end: Math.min(r.end, s.end),
      claimant,
      directQuote: true,
    }));
    // "“…,” said spokesman Trent Aldana, adding that the cuts were to administrative programs":
    // what the speaker added after the tag is their claim too.
    const lastQuoteEnd = regions[regions.length - 1]!.end;
    if (claimant !== ARTICLE_CLAIMANT && lastQuoteEnd < s.end) {
      const after = body.slice(lastQuoteEnd, s.end);
      const added = ADDED_AFTER_TAG.exec(after);
      if (added)
        out.push({ start: lastQuoteEnd + added.index + added[0].length, end: s.end, claimant, directQuote: false });
      // "“…,” said Priya Raman, an analyst at Halberd Securities, who downgraded the stock to
      // neutral": what the article says the speaker did, worded with the name.
      const did = added || claimant.type !== "person" ? null : WHO_AFTER_TAG.exec(after);
      if (did) {
        const from = lastQuoteEnd + did.index + did[0].length;
        // "…, who estimated that 3,000 jobs could go": the speaker's claim, not an act.
        const reported = REPORTS_THAT.exec(body.slice(from, Math.min(s.end, from + 40)));
        if (reported) out.push({ start: from + reported[0].length, end: s.end, claimant, directQuote: false });
        else {
          const act = trimSpan(body, from, s.end);
          out.push({
            start: from,
            end: s.end,
            claimant: ARTICLE_CLAIMANT,
            directQuote: false,
            restored: `${claimant.name} ${body.slice(act.start, act.end)}`,
          });
        }
      }
      // "…,” Ray Dunmore said in a March 3 video …, which has been viewed more than 85,000 times":
      // the video's reach, the article's claim.
      const reach = added || did ? null : reachAfterTag(after);
      if (reach)
        out.push({
          start: lastQuoteEnd + reach.from,
          end: s.end,
          claimant: ARTICLE_CLAIMANT,
          directQuote: false,
          restored: reach.wording,
        });
    }
    return out;
  }
  const a = reported ?? findAttribution(body, s.start, s.end, tokens, memory);
  // "Economists expect the cap to fall, but they warned that …": "they" are the forecasters.
  const forecast = a && !a.tail && !a.lead ? forecastBeforePronounTurn(body, s, a, memory) : null;
  if (forecast) return forecast;
  if (!a) {
    const person = openingPersonName(body, tokens);
    if (person) memory.notePerson(person);
    // "Mayor Hollis opened …" after "Mayor Jane Hollis": the person named in full (decision 945).
    else if (!memory.noteTitledSurname(officeAndSurname(body, tokens))) {
      const named = openingBodyName(body, tokens);
      if (named) memory.noteBody(named);
    }
    // "Goldman Sachs expects Brent to average $56", "Valadares is understood to be earning …":
    // someone the sentence names without a reporting verb, worded as written.
    const sentence = body.slice(s.start, s.end);
    const source = sourceWithoutReportingVerb(sentence, memory);
    // "Acme Corp now expects sales of $4 billion. It also said …": "it" is the forecaster, but not a
    // bank forecasting another company's shares or an office recording a figure.
    const forecaster = source?.type === "organization" ? bodyForecastingItsOwn(sentence, memory) : null;
    if (forecaster !== null) memory.noteBody(forecaster);
    // "It is understood that Reeves will tell MPs: “…, and …”": the briefing's speech to come is
    // one claim, its quotation whole, as its attribution's is above (decision 790).
    if (reportedToCome)
      return [
        {
          start: s.start,
          end: s.end,
          claimant: source ? memory.bodyNamed(source) : ARTICLE_CLAIMANT,
          directQuote: false,
          namesSpeaker: source !== null,
          sourced: source !== null,
          restored: sentence,
        },
      ];
    if (source)
      return sourcedSegments(body, s, tokens, quotes, regions, memory, depth, sentence, memory.bodyNamed(source));
    return (
      relativeReportSegments(body, s, tokens, memory) ?? [
        { start: s.start, end: s.end, claimant: ARTICLE_CLAIMANT, directQuote: false },
      ]
    );
  }
  const claimant = memory.remember(a.claimant);
  if (a.describedGender !== undefined) memory.noteGender(claimant, a.describedGender);
  const out: Segment[] = [];
  if (a.lead) out.push(leadSegment(body, a.lead, tokens, memory));
  const content: Segment = {
    start: a.contentStart,
    end: a.contentEnd,
    claimant,
    directQuote: false,
    keepsPronoun: a.keepsPronoun === true,
    ...(a.itStandsFor === undefined ? {} : { itStandsFor: a.itStandsFor }),
    ...(a.contentWording === undefined ? {} : { restored: a.contentWording, namesSpeaker: true }),
    ...(a.contentWithoutTag === undefined ? {} : { restored: a.contentWithoutTag }),
    // The reported speech to come is one claim, its quotation whole: not split at its clauses' comma.
    ...(reportedToCome && a.contentWording === undefined && a.contentWithoutTag === undefined
      ? { restored: body.slice(a.contentStart, a.contentEnd) }
      : {}),
  };
  const aside: Segment | null = a.aside && { ...a.aside, claimant: ARTICLE_CLAIMANT, directQuote: false };
  // In text order: a trailing attribution's content comes before the speaker and the aside.
  // "Dunmore, who is challenging Kessler, repeated the claim …, adding that …": an aside before the lead goes first.
  if (aside && aside.start < content.start) {
    if (out.length > 0 && aside.start < out[0]!.start) out.unshift(aside);
    else out.push(aside);
    out.push(content);
  } else out.push(content, ...(aside ? [aside] : []));
  if (a.tail && a.tailExtendsContent) {
    // "…, Aemet said on Tuesday, with an average temperature of 23.6C": the speaker's too, worded
    // with the content it goes on from.
    const tail = trimSpan(body, a.tail.start, a.tail.end);
    const restored = `${body.slice(a.contentStart, a.contentEnd)}, ${body.slice(tail.start, tail.end)}`;
    out.push({ start: a.tail.start, end: a.tail.end, claimant, directQuote: false, restored });
  } else if (a.tail && a.verdictBy) {
    // "…, though economists called the figure inflated": the economists' claim, as the article words it.
    const by = memory.remember(a.verdictBy);
    out.push({
      start: a.tail.start,
      end: a.tail.end,
      claimant: by,
      directQuote: false,
      namesSpeaker: true,
      // "The company denied reports …, but confirmed a restructuring": worded with the denier.
      ...(a.tailWording === undefined ? {} : { restored: a.tailWording }),
    });
  } else if (a.tail && a.secondSpeaker && depth < MAX_SPEAKERS_PER_SENTENCE) {
    // "…, while critics said it would cost twice that": the tail names its own speaker. Bounded,
    // so a sentence of endless "…, and X said" stays linear.
    const tail = { ...s, start: a.tail.start, end: a.tail.end };
    const tailTokens = tokensWithin(body, tokens, tail.start, tail.end);
    out.push(...segmentsOf(body, tail, tailTokens, quotes, regions, memory, depth + 1));
  } else if (a.tail && !a.tailBySpeaker && depth < MAX_SPEAKERS_PER_SENTENCE) {
    // "…, Russian officials said, although critics say the figures include …": after the speaker,
    // a joining word may hand over to another one, whose claim the tail is.
    const tailTokens = tokensWithin(body, tokens, a.tail.start, a.tail.end);
    const handover = tailTokens.length > 2 ? speechVerbAfterJoiner(body, tailTokens, 0) : null;
    if (handover) {
      const tail = { ...s, start: tailTokens[1]!.start, end: a.tail.end };
      out.push(...segmentsOf(body, tail, tailTokens.slice(1), quotes, regions, memory, depth + 1));
    } else
      out.push({
        start: a.tail.start,
        end: a.tail.end,
        claimant: ARTICLE_CLAIMANT,
        directQuote: false,
        ...(a.tailWording === undefined ? {} : { restored: a.tailWording }),
      });
  } else if (a.tail)
    out.push({
      start: a.tail.start,
      end: a.tail.end,
      claimant: a.tailBySpeaker ? claimant : ARTICLE_CLAIMANT,
      directQuote: false,
    });
  return out;
}

/**
 * What the article says before a speaker's reported content: the article's, unless it is the
 * speaker's verdict in quotation ("Ridley called the ruling “judicial activism at its worst” and
 * said …"), which is the speaker's claim, worded as written.
 */
function leadSegment(
  body: string,
  lead: { start: number; end: number; wording?: string },
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Segment {
  const article: Segment = { start: lead.start, end: lead.end, claimant: ARTICLE_CLAIMANT, directQuote: false };
  if (lead.wording !== undefined) return { ...article, restored: lead.wording, namesSpeaker: true };
  // "Sales rose 4 percent, the company said, and profits doubled, according to LSEG data".
  const tagged = speakerTagAtEnd(body.slice(lead.start, lead.end), memory);
  if (tagged) return { ...article, end: lead.start + tagged.comma, claimant: memory.remember(tagged.claimant) };
  if (tokens.length === 0 || lead.start !== tokens[0]!.start) return article;
  const verdict = verdictSpeech(body, lead.start, lead.end, tokensWithin(body, tokens, lead.start, lead.end), memory);
  if (!verdict) return article;
  return { ...article, claimant: memory.remember(verdict.claimant), namesSpeaker: true };
}

function quotedShare(regions: readonly QuoteRegion[], start: number, end: number): number {
  let q = 0;
  for (const r of regions) q += overlap(r.start, r.end, start, end);
  return end > start ? q / (end - start) : 0;
}

/**
 * What the article's own claim `text` takes from the figures of the sentence before, claims[from,
 * to): the unit a bare figure shares with a parallel one ("…, up from 30"), or the group "518 of
 * them" counts. The claim's text is sliced once for both readers.
 */
function figureFromSentenceBefore(
  text: string,
  claims: readonly ExtractedClaim[],
  from: number,
  to: number,
): ParallelFigure | null {
  return parallelFigure(text, claims, from, to) ?? shareOfThem(text, claims, from, to);
}

/**
 * The caption source that ends the paragraph before sentences[next] when a table opens that
 * paragraph (captionSourceLine); the next paragraph's end is looked for only when the last
 * sentence opens as a source line.
 */
function captionSourceOver(body: string, sentences: readonly SentenceSpan[], next: number): Span | null {
  const last = sentences[next - 1]!;
  if (!startsSourceLine(body, last.start) && !mayEndInBracketedSource(body, last.start, last.end)) return null;
  let end = next;
  while (end < sentences.length && sentences[end]!.paragraph === sentences[next]!.paragraph) end++;
  return captionSourceLine(body, last.start, last.end, sentences[next]!.start, sentences[end - 1]!.end);
}

/**
 * Splits an article body into discrete, anchored claims. Pure and deterministic: the same body
 * and options always give the same claims, ordered by start offset.
 */
export function extractClaims(verbatim: string, options: ExtractOptions = {}): ExtractedClaim[] {
  if (typeof verbatim !== "string" || verbatim.trim() === "") return [];
  // Read with single quotation marks as double ones (same length: offsets stay the body's); the
  // claims quote the body as written.
  const body = withSingleQuotationsAsDouble(verbatim);
  const publishedOn = validDate(options.publishedOn);
  const sentences = splitSentences(body);
  const memory = new ClaimantMemory(body);
  const openers = new SentenceOpeners(body);
  // Looked for once per article, not per sentence or claim: most articles hold neither.
  const mayCite = body.includes("citing");
  const brokenWords = body.includes("-\n") || body.includes("-\r");
  const mayHoldTables = bodyMayHoldTable(body);
  const claims: ExtractedClaim[] = [];
  // An interview's answerer, looked for at the first "A:" (undefined until then).
  let interviewee: Claimant | null | undefined;
  // The claims of the sentence before, claims[previousFrom, previousTo), which a rebuttal may answer.
  let previousFrom = 0;
  let previousTo = 0;
  // The fact-check column's checked claim, its rating and its verdict's paragraph.
  const check = new FactCheckState();
  // The claims of each "What was claimed" box a verdict rated, claims[from, to): whose they are is
  // read once the column has named who made them.
  const checkedBoxes: [number, number][] = [];
  // Whether the body is a letters page, asked at its first signature (undefined until then).
  let lettersPage: boolean | undefined;
  // A transcript's turn goes on past a paragraph break: the speaker of the last labelled turn.
  let lastTurnSpeaker: Claimant | null = null;
  // Where the paragraph before starts: a listed quotation goes on from a quotation since then.
  let previousParagraphFrom = 0;
  // Where a note about the story ends ("Correction: …" runs to its line's end).
  let noteEnd = -1;
  // Where the last list of links ended ("Related topics" and the lines under it), or a caption
  // line closed by a credit: a sentence run on from either onto the next line is read from there.
  let linksEnd = -2;
  // The end of the line a furniture sentence opened: what follows it there may be furniture too.
  let furnitureLineEnd = -1;
  // A publication's name alone on the first line ("Courthouse News Service"): no claim.
  const mastheadEnd = mastheadLineEnd(body);
  // The day a wire dateline gives ("NEW YORK, March 13 (Reuters) -"): the story's "today" and
  // weekdays count from it, as the reporter wrote them, not from a later publication.
  let storyDate = publishedOn;
  let datelineSeen = false;
  // A table's source line that stands in the next paragraph ("Source: ONS" under a Markdown table).
  let tableSourceLines: Span[] = [];
  let p = 0;
  while (p < sentences.length) {
    let q = p;
    while (q < sentences.length && sentences[q]!.paragraph === sentences[p]!.paragraph) q++;
    const from = sentences[p]!.start;
    const to = sentences[q - 1]!.end;
    const quotes = new ParagraphQuotes(body, findQuoteRegions(body, from, to), from, to);
    // A data table's rows are claims of their own, read apart from the sentences around them.
    const tables = mayHoldTable(body, from, to, mayHoldTables)
      ? findTableRuns(body, from, to)
      : // A table pasted with spaces for its column breaks (no bar, no tab).
        alignedTableRuns(body, from, to);
    let tableCursor: TableCursor | null = null;
    // "Unemployment rate by region. Source: ONS" over a table: the caption's source is no claim.
    const captionSource = mayHoldTables && q < sentences.length ? captionSourceOver(body, sentences, q) : null;
    if (tables.length > 0 || tableSourceLines.length > 0 || captionSource !== null) {
      const read = paragraphTableClaims(body, verbatim, tables, from, to, storyDate, openers);
      claims.push(...read.claims);
      const covered = tableSourceLines.length > 0 ? [...tableSourceLines, ...read.covered] : read.covered;
      if (captionSource !== null) covered.push(captionSource);
      tableCursor = new TableCursor(covered);
      // A source line and a note in paragraphs of their own under a Markdown or HTML table
      // (decision 785) make one span across them: what runs past this paragraph is carried on.
      const carried = tableSourceLines.filter((s) => s.end > to);
      tableSourceLines = carried.length > 0 ? [...read.coveredLater, ...carried] : read.coveredLater;
    }
    // In a transcript, the speaker of the current turn ("REYES: …"), until the next label, or the
    // paragraph's end unless the next one goes on as "I" ("Since I took office, …"; continuesTurn).
    let turnSpeaker: Claimant | null =
      lastTurnSpeaker && !lineLabel(body.slice(from, from + 64)) && continuesTurn(body, from, sentences[p]!.end)
        ? lastTurnSpeaker
        : null;
    // "UPDATE, Aug. 15: The fire grew on Friday": an update's relative dates count from its own date.
    let referenceDate = storyDate;
    // A dateline the splitter cut at a state's abbreviation ("WICHITA, Kan. (AP) — The pilots …")
    // runs into the next sentence: that sentence starts after it.
    let datelineEnd = -1;
    // The part of a sentence after a table it ran past, read next as a sentence of its own.
    let afterTable: SentenceSpan | null = null;
    for (let i = p; i < q; i++) {
      let s: SentenceSpan = afterTable ?? sentences[i]!;
      afterTable = null;
      if (s.start < datelineEnd) {
        if (s.end <= datelineEnd) continue;
        s = { ...s, start: datelineEnd };
      }
      if (tableCursor !== null) {
        const outside = tableCursor.outside(body, s.start, s.end);
        if (outside === null) continue;
        if (outside.rest !== null) {
          afterTable = { ...s, start: outside.rest.start, end: outside.rest.end };
          i--;
        }
        s = { ...s, start: outside.start, end: outside.end };
      }
      memory.moveTo(s.start);
      // "Related\nShares fell 12% after it cut its forecast\nThe company blamed fuel costs of $4bn.":
      // the prose line that ends the list, run on from its last link, is read from its own line; so is
      // the line under a caption, run on from "(Karen Lisko/Patch)" (decision 515's review).
      if (s.start < noteEnd && noteEnd === linksEnd && s.end > noteEnd + 1) s = { ...s, start: noteEnd + 1 };
      if (s.start < noteEnd || s.end <= mastheadEnd) continue;
      // "Full Fact fights bad information / … / Donate now": a donation box, a paragraph of its own.
      if (i === p && isDonationBox(body, from, to)) {
        noteEnd = to;
        continue;
      }
      // "Follow BBC East Midlands on Facebook. Send your story ideas to …": a sentence after
      // furniture on its line is tested as furniture too (a recap after a sign-off is read).
      if (s.start < furnitureLineEnd) {
        const sentence = body.slice(s.start, Math.min(s.end, s.start + 161));
        // "… Every dollar helps. In 2026, Courthouse News set a goal of raising $25,000.": the pitch's goal.
        // "… for Courthouse News. She is based in San Francisco.": the foot biography's second sentence.
        if (isNewsFurniture(sentence) || AFTER_FURNITURE_ONLY.test(sentence)) continue;
      }
      // A maker's sentence mid-paragraph opens with "T", "H" or "S" (below; decisions 690 and 755).
      const openingCode = body.charCodeAt(s.start);
      if (i === p || body.charCodeAt(s.start - 1) === 10) {
        // A line may open with a byline or credit line (no claim), a dateline or a lead-in such as
        // "UPDATE:" (not part of one), or a transcript's speaker label.
        let lineEnd = lineEndFrom(body, s.start);
        // "If your time is short:" run into the bullet under it: the heading is no claim, the bullet is.
        // "RURAL BUSES" run into the letter under it ("Sir, …"): the topic is no claim, the letter is.
        if (lineEnd < s.end && (isColonHeadingLine(body, s.start, lineEnd) || isLetterTopic(body, s.start, lineEnd))) {
          s = { ...s, start: lineEnd + 1 };
          lineEnd = lineEndFrom(body, s.start);
        }
        // "Sir, The council has cut 38 routes.": the salutation is no part of the letter's claim.
        // "Sir, said the butler, …" goes on in lower case: no letter opens there.
        const salutation = letterSalutationLength(body, s.start);
        if (salutation > 0 && s.start + salutation < s.end && !isAsciiLower(body.charCodeAt(s.start + salutation)))
          s = { ...s, start: s.start + salutation };
        let opening = body.slice(s.start, Math.min(s.end, s.start + 161));
        // "Steelworkers at the plant in Ghent on March 12. (AP Photo/Virginia Mayo)": a caption.
        // "Consumers should stop using the heaters immediately." over "Photo: …": a caption too.
        if (isCaptionLine(body, s.start, lineEnd) || isCaptionOverCreditLine(body, s.start, lineEnd)) {
          noteEnd = lineEnd;
          linksEnd = lineEnd;
          continue;
        }
        // "'Warnings were ignored'" alone on its line: a crosshead quoting what follows.
        if (isQuotedCrosshead(verbatim, s.start, lineEnd)) continue;
        // "What happened?" alone on its line: a heading, no claim.
        if (isQuestionLine(body, s.start, s.end, lineEnd)) continue;
        // "Nick Hallam" over "Senior football reporter": the name of a byline set on two lines.
        if (isNameOverBylineJob(body, s.start, lineEnd)) continue;
        // "Dr Anne Holloway" over "Retired GP, Wiveliscombe, Somerset" under a letter: its
        // signature, which also ends that writer's text (the next letter's "he" is no one named above).
        const signature = letterSignatureEnd(body, s.start, lineEnd);
        if (signature >= 0) {
          noteEnd = signature;
          // On a letters page, what the letter says is its writer's, not the newspaper's.
          if ((lettersPage ??= isLettersPage(body)))
            giveLetterToWriter(claims, signedLetterStart(body, s.start), body.slice(s.start, lineEnd).trim());
          memory.forgetPeople();
          continue;
        }
        if (isLetterTopic(body, s.start, lineEnd)) continue;
        // "Letters to the Editor" over a letters page names the page: no claim (decision 690).
        if (s.end <= lineEnd && isLettersHeadingLine(body, s.start, lineEnd) && (lettersPage ??= isLettersPage(body)))
          continue;
        // So does "Rail fares are too high!" over the first of its unsalutated letters (decision 755).
        if (s.end <= lineEnd && isLettersPageHeadline(body, s.start, lineEnd)) continue;
        // Full Fact's "What was claimed" box holds the checked claim, as a "CLAIM:" block does;
        // "Our verdict" rates it on the line under it. Neither heading is a claim.
        const box = factCheckBoxAt(body, s.start, lineEnd);
        if (box === "claimed") {
          memory.forgetLastSpeaker();
          check.open(claims.length);
          continue;
        }
        if (box === "verdict") {
          check.verdictAt = lineEnd + 1;
          continue;
        }
        if (s.start === check.verdictAt) {
          const paragraphEnd = body.indexOf("\n\n", s.start);
          check.verdictEnd = paragraphEnd < 0 ? body.length : paragraphEnd;
          const rating = verdictRating(body.slice(s.start, s.end));
          if (check.checking) {
            const checked = check.rate(claims.length);
            if (rating === "false") markRatedFalse(claims, check.checkedFrom, checked);
            checkedBoxes.push([check.checkedFrom, checked]);
          }
          check.checkedOpen = false;
          // A verdict that opens with its rating closes the check; one that restates the claim first
          // (PolitiFact's "Our ruling") leaves the rating to its "We rate this claim False." (decision 610).
          if (rating !== null) {
            check.close();
            continue;
          }
        }
        // "WHO SAID IT: Nigel Farage" by a "CLAIM:" block names the checked claim's maker; the line
        // is a label, not a claim nor a speaker's turn (decision 610). Read only by a check, with
        // nothing claimed since its claims but its verdict's paragraph: a "Made by: Full Fact"
        // credit under the column's later stories names no maker.
        // So is "The claim was made by the Reform UK MP Lee Anderson on GB News." in its prose, which
        // is no claim either; the sentences after it on its line are read (decision 650). One that
        // says more ("…, who said 1.2 million people arrived last year") is still read as a claim.
        const mayNameMaker = check.mayNameMaker(claims);
        const labelled = mayNameMaker ? claimMakerOnLine(body.slice(s.start, lineEnd)) : null;
        const inProse = mayNameMaker && labelled === null ? claimMakerInSentence(body.slice(s.start, s.end)) : null;
        const maker = labelled ?? inProse?.maker ?? null;
        // "Made by: the Full Fact team" under the verdict credits the check: no maker, and no claim (decision 690).
        if (labelled !== null && isFactCheckerCredit(labelled)) {
          noteEnd = lineEnd;
          continue;
        }
        if (maker !== null) {
          giveCheckedClaimToMaker(claims, ...check.makerSpan(claims.length), claimantFromPhrase(maker));
          if (labelled !== null) noteEnd = lineEnd;
          if (inProse?.saysMore !== true) continue;
        }
        // "He told LBC on Monday." after the sentence that named Nigel Farage (decision 755); one that
        // goes on "… that it had tripled" is read on unless it only restates the checked claim (decision 795).
        const byPronoun =
          mayNameMaker && maker === null ? pronounMaker(body, s, sentences[i - 1], sentences[i - 2], memory) : null;
        if (byPronoun !== null && namePronounMaker(claims, check, byPronoun, body, s.end)) continue;
        // "Dana Whitfield" over "Dana Whitfield covers product safety for …": the writer's biography.
        const bio = writerBioEnd(body, s.start, lineEnd);
        if (bio >= 0) {
          noteEnd = bio;
          continue;
        }
        // "Our sources" and the fact-check's list of sources under it: no claims.
        const sources = sourceListEnd(body, s.start, lineEnd);
        if (sources >= 0) {
          noteEnd = sources;
          continue;
        }
        // "Related topics" or "More on this story" and the links under it; a press release's
        // "Ends" or "Notes to editors" and all after it.
        const links = linkListEnd(body, s.start, lineEnd);
        const release = links < 0 ? releaseNotesEnd(body, s.start, lineEnd) : -1;
        if (links >= 0 || release >= 0) {
          noteEnd = Math.max(links, release);
          if (links >= 0) linksEnd = links;
          continue;
        }
        // "(02:14) How big is the data-center load, really?" in a podcast's chapter list.
        if (isPodcastChapterLine(body, s.start, s.end, lineEnd)) continue;
        // "We and our partners use cookies and similar technologies to …" past 160 chars: the consent
        // box's notice, which isNewsFurniture's opening cannot see whole (decision 765).
        if (isLongConsentNotice(body, s.start, s.end)) continue;
        if (isNewsFurniture(opening)) {
          // "Correction: An earlier version … misstated the grant. It is $1.8 million, not $2.1
          // million.": the whole note, to its line's end, is about the story, not a claim of it.
          // "(Updates with details of casualties) KYIV, Oct 14 (Reuters) - …": a wire's note in
          // brackets ends at its bracket; the story goes on after it on the same line.
          // "That's all from us for tonight. To recap: …": a sign-off or a note that the story
          // was changed is a sentence of its own; what follows it on its line is read.
          const note = opensStoryNote(opening);
          if (note) noteEnd = opening.startsWith("(") ? bracketNoteEnd(body, s.start) : lineEndFrom(body, s.start);
          else noteEnd = Math.max(noteEnd, sentenceNoteEnd(body, s.start, s.end, lineEnd));
          // A sentence of furniture run over two lines (the BBC's links bar into "Copyright © 2026
          // BBC") puts the sentences after it on its last line to the same test.
          if (!note) furnitureLineEnd = s.end > lineEnd ? lineEndFrom(body, s.end) : lineEnd;
          if (!note || noteEnd >= s.end) continue;
          s = { ...s, start: noteEnd };
          opening = body.slice(s.start, Math.min(s.end, s.start + 161));
        }
        const dateline = datelineLength(body.slice(s.start, s.start + DATELINE_LOOK));
        if (dateline > 0 && !datelineSeen) {
          datelineSeen = true;
          storyDate = datelineDay(body, s.start, s.start + dateline, publishedOn);
          referenceDate = storyDate;
        }
        // A dateline on a line of its own (as a PDF or a web page sets it) is no claim.
        if (dateline > 0 && s.start + dateline >= s.end) {
          datelineEnd = s.start + dateline;
          continue;
        }
        if (dateline > 0) s = { ...s, start: s.start + dateline };
        const label = dateline === 0 ? lineLabel(opening) : null;
        if (label?.ratedFalse && check.checking) markRatedFalse(claims, check.checkedFrom, check.end(claims.length));
        // A rating closes the check: a later one rates nothing before it.
        if (label?.ratedFalse !== undefined) {
          if (check.checking) check.rate(claims.length);
          check.close();
        }
        if (label?.note) noteEnd = lineEndFrom(body, s.start);
        if (label?.skip) continue;
        if (label && s.start + label.length < s.end) {
          if (label.speaker) turnSpeaker = memory.remember(label.speaker);
          // The checked claim's speaker is not whoever spoke last.
          if (label.checked) {
            memory.forgetLastSpeaker();
            check.open(claims.length);
          }
          if (label.update) referenceDate = updateDate(body, s.start, s.start + label.length, publishedOn);
          // "A: …" in an interview: the person the introduction names answers (found once).
          if (label.answer) {
            if (interviewee === undefined) interviewee = intervieweeBefore(body, s.start);
            if (interviewee) turnSpeaker = memory.remember(interviewee);
          }
          s = { ...s, start: s.start + label.length };
        }
      }
      // "… It has roughly doubled. The claim was made by Lee Anderson." names the maker mid-paragraph
      // too (decision 690), read as at a line's start; a "T" and a check to name first.
      // So does "He told LBC on Monday." after the sentence that named him (decision 755): an "H" or "S".
      else if (
        (openingCode === 84 || openingCode === 72 || openingCode === 83) &&
        (check.checking || check.ratedTo >= 0) &&
        check.mayNameMaker(claims)
      ) {
        const inProse = openingCode === 84 ? claimMakerInSentence(body.slice(s.start, s.end)) : null;
        if (inProse !== null) {
          giveCheckedClaimToMaker(claims, ...check.makerSpan(claims.length), claimantFromPhrase(inProse.maker));
          if (!inProse.saysMore) continue;
        }
        const byPronoun = openingCode === 84 ? null : pronounMaker(body, s, sentences[i - 1], sentences[i - 2], memory);
        if (byPronoun !== null && namePronounMaker(claims, check, byPronoun, body, s.end)) continue;
      }
      // "We rate this claim Mostly False." after a checked claim rates that claim, not the sentence
      // before it, which is the fact-checker's own evidence (decision 610). Without a check it is
      // read below, as a rebuttal of the sentence before; so it is past the paragraph of a verdict
      // that restated the check, where the column has gone on to another claim ("Sadiq Khan said
      // knife crime had halved. We rate that claim Mostly False.").
      if (check.checking && body.charCodeAt(s.start) === 87 && (check.verdictEnd < 0 || s.start < check.verdictEnd)) {
        const rating = sentenceRating(body.slice(s.start, s.end));
        if (rating !== null) {
          if (isFalseRating(rating)) markRatedFalse(claims, check.checkedFrom, check.end(claims.length));
          check.close();
          continue;
        }
      }
      // "(AP Photo/…)", "All rights reserved.", "Edited by …", "Reporting by …", "Writing by …".
      if (trailingFurnitureAt(body, s.start, s.end)) continue;
      const noComment = noCommentTailAt(body, s.start, s.end);
      if (noComment > s.start) s = { ...s, end: noComment };
      let lastEnd = s.start;
      // The sentence is tokenised once; each segment takes its share of those tokens.
      const sentenceTokens = tokenize(body, s.start, s.end);
      // Which word-list cues the sentence holds at all: read by the statement-date, dispute and hedge readers.
      const sentenceBits = gateBitsWithin(body, sentenceTokens, s.start, s.end);
      // Only the quote regions that overlap this sentence can overlap its claims: looking at
      // those alone keeps a long paragraph linear.
      const sentenceRegions = quotes.overlapping(s.start, s.end);
      if (sentenceRegions.length > 0) quotes.quotedBefore = lastQuotationSpeaker(claims, previousParagraphFrom);
      const spoken = turnSpeaker
        ? [{ start: s.start, end: s.end, claimant: turnSpeaker, directQuote: true }]
        : segmentsOf(body, s, sentenceTokens, quotes, sentenceRegions, memory);
      const cited = mayCite ? citingUnnamed(body, s, spoken) : spoken;
      const segments = cited.length > 1 ? withInterruptedQuotesJoined(body, cited) : cited;
      const firstClaim = claims.length;
      for (const seg of segments as Segment[]) {
        const tokens =
          seg.start === s.start && seg.end === s.end
            ? sentenceTokens
            : tokensWithin(body, sentenceTokens, seg.start, seg.end);
        const clauses =
          seg.restored === undefined
            ? splitClauses(body, tokens, seg.start, seg.end, seg.claimant.type !== "article" && !seg.directQuote)
            : [{ start: seg.start, end: seg.end, restored: seg.restored }];
        // The first clause that is not an aside is the one that names the speaker.
        const namingClause = clauses.find((c) => !c.aside);
        for (const c of clauses) {
          let parallel: ParallelFigure | null = null;
          const span = trimSpan(body, Math.max(c.start, lastEnd), c.end);
          if (span.end <= span.start) continue;
          if (countTokens(body, span.start, span.end, MIN_TOKENS) < MIN_TOKENS) continue;
          const draft: ClaimDraft = {
            start: span.start,
            end: span.end,
            sentenceStart: s.start,
            sentenceEnd: s.end,
            // "Senator Paloma Reyes accused the government of hiding figures": worded with the speaker.
            restored: c.speakerAct
              ? `${speakerName(seg.claimant)} ${body.slice(span.start, span.end)}`
              : (c.restored ??
                // "…, saying it amounted to …": the content's first clause, worded with what "it" is.
                (seg.itStandsFor !== undefined && span.start === seg.start && body.startsWith("it ", span.start)
                  ? `${seg.itStandsFor}${body.slice(span.start + 2, span.end)}`
                  : null) ??
                (span.start === seg.start && seg.claimant.type === "organization" && i > 0
                  ? withPersonForBodysPronoun(
                      body,
                      s.start,
                      span,
                      seg.claimant,
                      sentences[i - 1]!,
                      memory,
                      claims,
                      previousFrom,
                      previousTo,
                    )
                  : null) ??
                (span.start === s.start && seg.claimant === ARTICLE_CLAIMANT && seg.restored === undefined && i > 0
                  ? (withPersonForPronoun(body, span, sentences, i, memory, claims, previousFrom, previousTo) ??
                    (parallel = figureFromSentenceBefore(
                      body.slice(span.start, span.end),
                      claims,
                      previousFrom,
                      previousTo,
                    ))?.wording ??
                    null)
                  : null) ??
                // "Smith scored 20 points, Jones had 15": the clause before in the sentence counts it.
                (span.start > s.start && claims.length > firstClaim && seg.claimant === ARTICLE_CLAIMANT
                  ? ((parallel = parallelClauseFigure(body.slice(span.start, span.end), claims[claims.length - 1]))
                      ?.wording ?? null)
                  : null)),
            // "Okafor, who has won 31 caps for England, is understood to be close to …": the aside
            // about the subject is the article's own, not what the outlet was told.
            // "…, but Reuters could not independently confirm that": the outlet's note, not the source's.
            claimant:
              (c.aside && seg.sourced) ||
              (span.start > seg.start &&
                seg.claimant !== ARTICLE_CLAIMANT &&
                (isOutletsHedge(body, span.start, span.end) ||
                  // "…, and Ceredigion Council has closed 12": a body's own act after the speaker's words.
                  (!seg.directQuote &&
                    bodysOwnActAfterAnd(body, tokens, span.start, seg.claimant.name, seg.start, seg.end, s.end))))
                ? ARTICLE_CLAIMANT
                : seg.claimant,
            directQuote: seg.directQuote,
            // Only the clause that holds the speaker's name: "Analysts at Cornwall Insight forecast
            // the cap will fall, but warned that prices …" words the second with its speaker.
            namesSpeaker: (seg.namesSpeaker === true && c === namingClause) || c.speakerAct === true,
            keepsPronoun: seg.keepsPronoun === true,
            quotedShare: quotedShare(sentenceRegions, span.start, span.end),
            spanGates: gateBitsWithin(body, tokens, span.start, span.end),
            sentenceGates: sentenceBits,
            tokens,
            // "Police arrested 12 men, but three were released": three men.
            lentFigure:
              span.start > s.start && claims.length > firstClaim
                ? numberWordAcrossJoin(body, span.start, claims[claims.length - 1]!)
                : null,
          };
          const claim = buildClaim(body, verbatim, draft, referenceDate, openers, brokenWords);
          // "In 2025, it recorded 1,609" after "… recorded 1,412 violent crimes": the same unit.
          if (parallel !== null) withUnitOfBareFigure(claim, parallel.unit);
          // "The company cut 500 jobs and 200 will go next year": 200 jobs.
          else if (span.start > s.start && claims.length > firstClaim) {
            const lent = countedNounAcrossJoin(body, claim, claims[claims.length - 1]!);
            if (lent !== null) withUnitOfBareFigure(claim, lent);
          }
          parallel = null;
          lastEnd = span.end;
          // A date on its own ("June 12, 2025" in a page's time stamp) asserts nothing.
          if (claim.dates.length > 0 && isOnlyDates(claim)) continue;
          // "On Tuesday, the index rose 3%, and the pound fell 2%": the pound fell on Tuesday too.
          if (claims.length > firstClaim && !claim.dates.some((d) => d.ofStatement !== true)) {
            const lent = datesOfClauseBefore(body, claim, claims[claims.length - 1]!, tokens);
            if (lent.length > 0) claim.dates = [...lent, ...claim.dates];
          }
          claims.push(claim);
        }
      }
      // The article's verdicts and hedges on what was said; most sentences hold none of their words.
      // A flat denial ("It won't.") is short and has no dispute word: tried on short sentences too.
      const disputes = mayDispute(sentenceBits) || (s.end - s.start <= FLAT_DENIAL_MAX && previousTo > previousFrom);
      const hedges = mayBeUnconfirmed(sentenceBits);
      if (disputes || hedges) {
        const sentence = body.slice(s.start, s.end);
        if (disputes) {
          markDisputedInSentence(sentence, s.start, claims, firstClaim);
          markRebuttedBefore(sentence, claims, previousFrom, previousTo);
          // "We rate it False.": the ruling, read for the claim it rates, is no claim itself.
          if (isRatingSentence(sentence)) claims.length = firstClaim;
        }
        if (hedges) markUnconfirmed(sentence, s.start, claims, firstClaim, previousFrom, previousTo);
      }
      previousFrom = firstClaim;
      previousTo = claims.length;
    }
    // A question's turn is one line: the paragraph after it is the answer, not the question's.
    lastTurnSpeaker = turnSpeaker === null || isQuestioner(turnSpeaker) ? null : turnSpeaker;
    check.endParagraph(claims.length);
    previousParagraphFrom = from;
    p = q;
  }
  for (const [boxFrom, boxTo] of checkedBoxes) giveCheckedClaimItsClaimant(claims, boxFrom, boxTo);
  return withoutRepeatedHeadline(body, isSorted(claims) ? claims : claims.sort(byPosition));
}

/**
 * The segments of a sentence that rests on `source` without a reporting verb ("Goldman Sachs
 * expects …", "AFAD put the number of dead at 870", "… are understood to …"): the source's, worded
 * as written, less an article's clause before a hedge and a clause after ", but" with a subject of
 * its own, which is read on its own.
 */
function sourcedSegments(
  body: string,
  s: SentenceSpan,
  tokens: readonly Token[],
  quotes: ParagraphQuotes,
  regions: readonly QuoteRegion[],
  memory: ClaimantMemory,
  depth: number,
  sentence: string,
  source: Claimant,
): Segment[] {
  const hedged = source.type === "unnamed_sources" ? hedgedClause(sentence) : null;
  const sourced: Segment = {
    start: s.start + (hedged?.from ?? 0),
    end: s.end,
    claimant: source,
    directQuote: false,
    namesSpeaker: true,
    sourced: true,
    // ", with the 29-year-old said to be keen …": worded with the verb "with" leaves out.
    ...(hedged?.wording === undefined ? {} : { restored: hedged.wording }),
  };
  if (hedged !== null)
    // "Toney has 12 months left on his contract, and Brentford are understood to …": the
    // article's own clause before the hedged one is no one else's.
    return [{ start: s.start, end: s.start + hedged.leadEnd, claimant: ARTICLE_CLAIMANT, directQuote: false }, sourced];
  // "The NAO put the cost at £8m a day, but Home Office accounts show it had fallen": a clause
  // after ", but" names a source of its own, or is the article's.
  const turn = depth < MAX_SPEAKERS_PER_SENTENCE ? CLAUSE_TURN.exec(sentence) : null;
  if (turn === null || turn.index === 0) return [sourced];
  const rest = { ...s, start: s.start + turn.index + turn[0].length };
  const restTokens = tokensWithin(body, tokens, rest.start, rest.end);
  // Only a clause with a subject of its own, not a pronoun for the source: "…, but warned that
  // prices …" and "…, but it warned that …" go on with the forecaster.
  if (
    restTokens.length <= 2 ||
    restTokens[0]!.flags & (PAST | ALWAYS_FINITE | LOWERCASE_REPORTING_VERB | SUBJECT_PRONOUN)
  )
    return [sourced];
  return [
    { ...sourced, end: s.start + turn.index },
    ...segmentsOf(body, rest, restTokens, quotes, regions, memory, depth + 1),
  ];
}

/**
 * The day a dateline names, when it lies within two days before the publication date (a wire
 * story filed late and published the next morning); else the publication date.
 */
function datelineDay(body: string, start: number, end: number, publishedOn: string | null): string | null {
  if (publishedOn === null) return null;
  for (const d of findDates(body, start, end, publishedOn, false)) {
    if (d.granularity !== "day" || d.value > publishedOn) continue;
    const gap = (Date.parse(publishedOn) - Date.parse(d.value)) / 86_400_000;
    if (gap <= 2) return d.value;
  }
  return publishedOn;
}

/** ", citing people familiar with the matter" at a sentence's end: the outlet relays unnamed sources. */
const CITING_UNNAMED =
  /,\s+citing\s+(?:(?:two|three|four|several|multiple|unnamed|anonymous)\s+)?(?:people|persons|a person|sources|a source|officials|insiders)\b[^.;]{0,60}\.?\s*$/i;

/**
 * "Bloomberg reported that Castellan was in talks, citing people familiar with the matter": what
 * the outlet reported rests on unnamed sources (via the outlet), and the "citing …" tail is no
 * claim of its own. Other sentences are returned as they are.
 */
function citingUnnamed(body: string, s: SentenceSpan, segments: Segment[]): Segment[] {
  // Cheap first: the word "citing" within the sentence's last 90 chars.
  const tail = body.slice(Math.max(s.start, s.end - 90), s.end);
  if (!tail.includes("citing")) return segments;
  const m = CITING_UNNAMED.exec(tail);
  if (m === null) return segments;
  const cut = s.end - tail.length + m.index;
  const out: Segment[] = [];
  for (const seg of segments) {
    if (seg.start >= cut) continue;
    const relayed =
      seg.claimant.type === "organization" || seg.claimant.type === "person"
        ? unnamedSources(m[0], seg.claimant.name)
        : seg.claimant;
    out.push({ ...seg, end: Math.min(seg.end, cut), claimant: relayed });
  }
  return out.length > 0 ? out : segments;
}

/**
 * The day an update's lead-in gives ("UPDATE, Aug. 15:", "Updated Friday:"), read forwards from
 * the publication date since an update comes after it; the publication date when it gives none.
 */
function updateDate(body: string, start: number, end: number, publishedOn: string | null): string | null {
  for (const d of findDates(body, start, end, publishedOn, true))
    if (d.granularity === "day" && (publishedOn === null || d.value >= publishedOn)) return d.value;
  return publishedOn;
}

const WORD = /\p{L}{2,}/u;

/** Does the claim's quote hold nothing but its dates (and punctuation or digits)? */
function isOnlyDates(claim: ExtractedClaim): boolean {
  // The quote between its own dates (they are in text order and disjoint), read once.
  let at = claim.start;
  for (const d of claim.dates) {
    if (d.ofStatement || d.start < at) continue;
    if (WORD.test(claim.quote.slice(at - claim.start, d.start - claim.start))) return false;
    at = d.end;
  }
  return !WORD.test(claim.quote.slice(at - claim.start));
}

function byPosition(a: ExtractedClaim, b: ExtractedClaim): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Claims arrive in order nearly always (a sort of sorted input still calls its comparator for
 * every neighbour, through a slower generic path). Sorting is stable, so an array already in
 * order is what the sort would give back.
 */
function isSorted(claims: readonly ExtractedClaim[]): boolean {
  for (let i = 1; i < claims.length; i++) if (byPosition(claims[i - 1]!, claims[i]!) > 0) return false;
  return true;
}

/**
 * "Mayor Dana Kim took office in 2021. She has cut the city budget by 4%.": the wording of a
 * claim of the article's own that opens with "He" or "She", in sentences[i], with the person named
 * (`personForOpeningPronoun`), or named a sentence further back past one that names only a place
 * (`personPastAPlace`; decision 945), unless the sentence before, claims[previousFrom, previousTo),
 * or that further one is reported speech ("Prosecutor Tom Reid said the man had lied. He was jailed
 * …" is about the man).
 */
function withPersonForPronoun(
  body: string,
  span: { start: number; end: number },
  sentences: readonly SentenceSpan[],
  i: number,
  memory: ClaimantMemory,
  claims: readonly ExtractedClaim[],
  previousFrom: number,
  previousTo: number,
): string | null {
  if (anyReported(claims, previousFrom, previousTo)) return null;
  const previous = sentences[i - 1]!;
  const found = personForOpeningPronoun(body, span.start, previous, memory);
  if (found !== null || i < 2) return withPersonFound(body, span, found);
  // The further sentence's claims: those before the sentence before's, from where it starts.
  const earlier = sentences[i - 2]!;
  let from = previousFrom;
  while (from > 0 && claims[from - 1]!.start >= earlier.start) from--;
  if (anyReported(claims, from, previousFrom)) return null;
  return withPersonFound(body, span, personPastAPlace(body, span.start, previous, earlier, memory));
}

/**
 * "Jamal Murray left with a hamstring strain. The Nuggets said he is day-to-day.": the wording of a
 * body's reported clause that opens with "he" or "she", with the person named
 * (`personForReportedPronoun`), unless the sentence before, claims[previousFrom, previousTo), is
 * reported speech, as for the article's own "He" (`withPersonForPronoun`).
 */
function withPersonForBodysPronoun(
  body: string,
  sentenceStart: number,
  span: { start: number; end: number },
  speaker: Claimant,
  previous: SentenceSpan,
  memory: ClaimantMemory,
  claims: readonly ExtractedClaim[],
  previousFrom: number,
  previousTo: number,
): string | null {
  if (anyReported(claims, previousFrom, previousTo)) return null;
  return withPersonFound(
    body,
    span,
    personForReportedPronoun(body, sentenceStart, span.start, speaker, previous, memory),
  );
}

/** Is any of claims[from, to) someone else's than the article's: the sentence was reported speech? */
function anyReported(claims: readonly ExtractedClaim[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (claims[k]!.claimant.type !== "article") return true;
  return false;
}

/** The span's wording with the person found in place of the pronoun that opens it; null when none was found. */
function withPersonFound(
  body: string,
  span: { start: number; end: number },
  found: { person: Claimant; length: number } | null,
): string | null {
  return found === null ? null : `${speakerName(found.person)} ${body.slice(span.start + found.length, span.end)}`;
}

/** The unit of the claim's one bare figure ("1,609"), when it has one. */
function withUnitOfBareFigure(claim: ExtractedClaim, unit: string): void {
  const [q] = claim.quantities;
  if (claim.quantities.length === 1 && q!.unit === null) claim.quantities[0] = { ...q!, unit };
}

/** ", but they", ", and it": a pronoun that goes on with the sentence's own subject. */
const PRONOUN_TURN = /,\s+(?:but|and)\s+(they|it)\s/;

/**
 * "Economists expect the cap to fall by around 1%, but they warned that prices could swing": the
 * forecast is the forecasters' (worded as written), and so is what "they" warned, whoever spoke
 * in the sentence before. Null when the sentence does not open with a forecast.
 */
function forecastBeforePronounTurn(
  body: string,
  s: SentenceSpan,
  a: Attribution,
  memory: ClaimantMemory,
): Segment[] | null {
  const sentence = body.slice(s.start, s.end);
  const turn = PRONOUN_TURN.exec(sentence);
  if (turn === null || s.start + turn.index >= a.contentStart) return null;
  const forecaster = sourceWithoutReportingVerb(sentence.slice(0, turn.index), memory);
  // "it" for a body, "they" for a group: "Economists expect the company to post a loss, but it
  // insisted …" is the company.
  if (forecaster === null || (turn[1] === "it") !== (forecaster.type === "organization")) return null;
  return [
    {
      start: s.start,
      end: s.start + turn.index,
      claimant: forecaster,
      directQuote: false,
      namesSpeaker: true,
      sourced: true,
    },
    { start: a.contentStart, end: a.contentEnd, claimant: forecaster, directQuote: false },
  ];
}

/** Where a wire's note in brackets that opens at `start` ends: after its ")" and the space after it, or at its line's end. */
function bracketNoteEnd(body: string, start: number): number {
  const lineEnd = lineEndFrom(body, start);
  const close = body.indexOf(")", start);
  if (close < 0 || close >= lineEnd) return lineEnd;
  let end = close + 1;
  while (end < lineEnd && body.charCodeAt(end) === 32) end++;
  return end;
}

import {
  ASIDE_RELATIVE_WORDS,
  AUDIENCES,
  AUXILIARIES,
  CHANGE_VERBS,
  FIGURE_COMPARISON_TAIL,
  INDEFINITE_HEADS,
  QUESTION_OPENERS,
  RECIPIENT_WORDS,
  RECORD_TAIL,
  RELATIVE_PRONOUNS,
  pluralSubjectWord,
} from "./lexicon.ts";
import { opensWithSubject } from "./adverb-before-joined-verb.ts";
import { PLACE_PREPOSITIONS } from "./speech-subject.ts";
import { placeBeforeThat } from "./place-before-that.ts";
import { WEEKDAYS } from "./dates.ts";
import { firstFiniteVerb, hasFiniteVerb, isFiniteVerb } from "./verbs.ts";
import { AS_MANY, plausibleClauseSubject, withoutSpeakerAdverbs } from "./speaker-phrase.ts";
import { figureAside } from "./figure-asides.ts";
import { presentTenseVerbIn } from "./present-tense.ts";
import { describedMedium, MEDIUM_REACH, namedMediumTag, SAID_IN } from "./said-in-media.ts";
import { namesOutlet, outletName, outletRecipientEnd } from "./wire-relays.ts";
import { placeKindAfterName } from "./place-noun-after-audience.ts";
import { afterLowercasePlace } from "./lowercase-place-of-audience.ts";
import { opensWithInstruction } from "./instruction-to-listener.ts";
import { listenerClauseEnd } from "./clause-after-listener.ts";
import {
  commaBefore,
  commaOrSemicolonBefore,
  isCapitalised,
  lowerWordAt,
  semicolonBefore,
  type Token,
} from "./tokens.ts";
import {
  ALWAYS_FINITE,
  ASCII_WORD,
  CAPITALISED,
  RELATIVE,
  AND,
  COORDINATOR,
  MAY_START_QUANTITY,
  OUT,
  PARENTHETICAL_PREPOSITION,
  PARTICIPLE,
  PAST,
  POINTED,
  OBJECT_STARTER,
  THAT,
  TO,
  UPPER_OR_NUMBER_FIRST,
  SUBJECT_PRONOUN,
} from "./word-flags.ts";

/**
 * What a reporting verb reports: the content after "that", a quotation or a clause, or the
 * content before a trailing "…, X said (in a statement)", and who relayed it.
 */

/** Said of a source that asked not to be named: "told Reuters on condition of anonymity". */
export const ANONYMITY =
  /\b(?:condition of anonymity|anonymously|asked not to be (?:named|identified)|declined to be (?:named|identified)|requested anonymity|not authori[sz]ed to speak)/i;

const TOLD = new Set(["told", "tells"]);
/** A reporting verb followed by what it reports, quoted or after a colon: "said: …", "said, “…". */
const QUOTE_OR_COLON_NEXT = /^\s*,?\s*[:“"]/;

const SAID = new Set(["said", "reported", "thought", "understood"]);
const HEDGED_INFINITIVE = new Set(["be", "have"]);

/** Is the verb at `i` "said to be", "reported to have" and the like, a passive that names no speaker? */
function passiveHedge(body: string, tokens: readonly Token[], i: number): boolean {
  const to = tokens[i + 1];
  const infinitive = tokens[i + 2];
  return (
    to !== undefined &&
    infinitive !== undefined &&
    (to.flags & TO) !== 0 &&
    HEDGED_INFINITIVE.has(lowerWordAt(body, infinitive)) &&
    SAID.has(lowerWordAt(body, tokens[i]!))
  );
}

/** A word that ends in a possessive "'s" ("Glasgow's"), read with up to two characters after the token. */
const POSSESSIVE_END = /^[\p{L}.-]+['’]s?(?!\p{L})/u;

/** The capitalised run from token `from` on ("told El Tiempo"), or null. */
function capitalisedRunFrom(body: string, tokens: readonly Token[], from: number, to: number): string | null {
  let e = from;
  while (e < to && isCapitalised(tokens[e]!)) e++;
  // "told the Times of India": a name "of" a place runs on, not cut to "Times"; not over a
  // possessive ("told the Herald of Glasgow's reporter", "told the Times of Trump's plan").
  while (
    e > from &&
    e + 1 < to &&
    isCapitalised(tokens[e + 1]!) &&
    lowerWordAt(body, tokens[e]!) === "of" &&
    !POSSESSIVE_END.test(body.slice(tokens[e + 1]!.start, tokens[e + 1]!.end + 2))
  ) {
    e += 2;
    while (e < to && isCapitalised(tokens[e]!)) e++;
  }
  return e > from ? body.slice(tokens[from]!.start, tokens[e - 1]!.end) : null;
}

/**
 * Who was "told" among tokens [from, to): an outlet named by its kind ("state television", "the
 * TASS news agency" → "TASS"), else the capitalised run from `from` ("Reuters", "El Tiempo"), not
 * an audience ("told the Senate").
 */
function toldOutlet(body: string, tokens: readonly Token[], from: number, to: number): string | null {
  const outletEnd = outletRecipientEnd(body, tokens, from, to);
  if (outletEnd === to) return outletName(body.slice(tokens[from]!.start, tokens[to - 1]!.end));
  // "told the BBC": the outlet's "the" is no part of its name; "told the Senate" names an audience.
  const named = from + 1 < to && lowerWordAt(body, tokens[from]!) === "the" ? from + 1 : from;
  const run = capitalisedRunFrom(body, tokens, named, to);
  return run !== null && isAudience(run) ? null : run;
}

/** The capitalised run that ends right before token `to` ("to the local newspaper El Tiempo"), or null. */
function capitalisedRunBefore(body: string, tokens: readonly Token[], from: number, to: number): string | null {
  let s = to;
  while (s > from && isCapitalised(tokens[s - 1]!)) s--;
  return s < to ? body.slice(tokens[s]!.start, tokens[to - 1]!.end) : null;
}

const DIGIT_RE = /\d/;
/**
 * Words that open a phrase going on with a reported figure ("…, Aemet said, with an average of
 * 23.6C", "…, including a 58-year-old", "…, up from 600"); not a circumstance of the saying ("…, in a
 * speech to 300 supporters").
 */
const TAIL_OPENERS = new Set(["with", "including", "up", "down", "compared", "against", "bringing", "taking"]);

const WITHOUT_EVIDENCE = new Set(["without", "providing", "offering", "citing", "any", "evidence", "proof"]);

/** Are tokens [from, to) "without (providing) (any) evidence"? */
function withoutEvidence(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || lowerWordAt(body, tokens[from]!) !== "without") return false;
  for (let t = from + 1; t < to; t++) if (!WITHOUT_EVIDENCE.has(lowerWordAt(body, tokens[t]!))) return false;
  const last = lowerWordAt(body, tokens[to - 1]!);
  return last === "evidence" || last === "proof";
}

/** Index of the first token after `from` that has a comma or semicolon before it, or tokens.length. */
function segmentEndAfter(body: string, tokens: readonly Token[], from: number): number {
  let e = from + 1;
  // "said older, poorer residents were hit hardest": a comma between two adjectives goes on.
  if (e < tokens.length && commaBefore(body, tokens, e) && pairedAdjectives(body, tokens, from)) e++;
  while (e < tokens.length && !commaOrSemicolonBefore(body, tokens, e)) e++;
  return e;
}

/** Tokens `from` and `from + 1` read "older, poorer": two lowercase words, no verb, article or joining word. */
function pairedAdjectives(body: string, tokens: readonly Token[], from: number): boolean {
  const a = tokens[from]!;
  const b = tokens[from + 1]!;
  const lower = (t: Token) => (t.flags & (ASCII_WORD | CAPITALISED)) === ASCII_WORD;
  if (!lower(a) || !lower(b) || semicolonBefore(body, tokens, from + 1)) return false;
  const other = OBJECT_STARTER | COORDINATOR | AND | RELATIVE | THAT | ALWAYS_FINITE | PAST;
  return !(a.flags & other) && !(b.flags & other) && !TIME_WORDS.has(lowerWordAt(body, a));
}

/** Time words that open an adverbial after a trailing "said": "said Monday", "said last week". */
const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday last this earlier later recently again".split(
    " ",
  ),
);

/**
 * What may follow a trailing "…, X said": nothing, an adverbial ("in a statement", "on Monday",
 * "last week", "repeatedly") or, after "told", its recipient ("told Reuters"). Not a clause: in
 * "…, and they say it's the same plan" what they say comes after the verb.
 */
function adverbialAfter(body: string, tokens: readonly Token[], at: number, told: boolean): boolean {
  const next = tokens[at];
  if (!next || commaBefore(body, tokens, at)) return true;
  if (told || next.flags & (PARENTHETICAL_PREPOSITION | TO)) return true;
  const word = lowerWordAt(body, next);
  return TIME_WORDS.has(word) || word.endsWith("ly");
}

/** Are tokens [from, to) all "-ly" adverbs ("has said repeatedly that")? */
function onlyAdverbs(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!lowerWordAt(body, tokens[t]!).endsWith("ly")) return false;
  return to > from;
}

/** Where the reported content lies relative to a reporting verb, before its claimant is resolved. */
export interface ReportedContent {
  contentStart: number;
  contentEnd: number;
  via: string | null;
  /** The source asked not to be named. */
  anonymous: boolean;
  /** Text after a trailing attribution that the article asserts ("…, Terna said, as air conditioners ran"). */
  tail: { start: number; end: number } | null;
  /**
   * The tail has no verb of its own and goes on with what the speaker said: "…, Aemet said on
   * Tuesday, with an average temperature of 23.6C", "…, the ministry said, including a cleaner".
   */
  tailExtendsContent?: boolean;
  /** The tail, after "and", goes on with the speaker's own statement. */
  tailBySpeaker?: boolean;
}

/**
 * "…, the minister said (in a statement)": the content is what came before the subject; what
 * follows a further comma is the article's own ("…, Terna said, as air conditioners ran").
 */
function trailingContent(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  i: number,
  segStart: number,
  told: boolean,
): ReportedContent | null {
  const adjunctEnd = segmentEndAfter(body, tokens, i);
  // What came before must be a clause ("And yet, Mr. Bush says well, …" reports nothing before it).
  if (
    !commaBefore(body, tokens, segStart) ||
    // "…, the BLS said in its closely watched employment report on Friday": up to 8 words; 6 more
    // after a medium a past form describes, "in a statement posted to its website on Monday"
    // (decision 930), or after a medium named with nothing in it that may be a verb in the
    // present, "in a statement to the stock exchange in London on Monday morning" (decision 970).
    (adjunctEnd - i > 9 &&
      (adjunctEnd - i > 9 + MEDIUM_REACH ||
        !(describedMedium(body, tokens, i) || namedMediumTag(body, tokens, i, adjunctEnd)))) ||
    adjunctHasVerb(body, tokens, i + 1, adjunctEnd) ||
    !adverbialAfter(body, tokens, i + 1, told) ||
    (segStart < 5 && !hasFiniteVerb(tokens, 0, segStart) && !pluralSubjectAndBaseVerb(body, tokens, segStart)) ||
    QUOTE_OR_COLON_NEXT.test(body.slice(tokens[i]!.end, tokens[i]!.end + 4))
  )
    return null;
  const commaAt = body.lastIndexOf(",", tokens[segStart]!.start);
  const adjunct = adjunctEnd > i + 1 ? body.slice(tokens[i + 1]!.start, tokens[adjunctEnd - 1]!.end) : "";
  // A verbless tail is kept only with a figure in it ("…, the minister said, in a speech to
  // parliament" adds nothing to check) or after a joining word, which opens a clause whose verb
  // the flags may not know ("…, the mayor said, but police records show a rise").
  const opener = adjunctEnd < tokens.length ? tokens[adjunctEnd]! : null;
  const joined = opener !== null && (opener.flags & COORDINATOR) !== 0;
  const verbless = opener !== null && !joined && !hasFiniteVerb(tokens, adjunctEnd, tokens.length);
  // "…, the ONS said, £14.9 billion more than expected": the tail opens with its currency sign.
  const tailFrom = opener === null ? end : withCurrencySign(body, opener.start);
  const tailText = body.slice(tailFrom, Math.min(end, tailFrom + 60));
  // "£14.9 billion more than expected": "expected" after "than" is no verb of a clause.
  const comparison =
    opener !== null && !joined && FIGURE_COMPARISON_TAIL.test(tailText) && (verbless || THAN_EXPECTED.test(tailText));
  const tailExtendsContent =
    comparison ||
    (verbless &&
      ((TAIL_OPENERS.has(lowerWordAt(body, opener)) && DIGIT_RE.test(body.slice(opener.start, end))) ||
        RECORD_TAIL.test(body.slice(opener.start, Math.min(end, opener.start + 40)))));
  // "…, Dr. Okoro said, and special lenses have shown similar results": the speaker goes on.
  const tailBySpeaker = opener !== null && (opener.flags & AND) !== 0 && adjunctEnd + 1 < tokens.length;
  const tail =
    opener === null || (verbless && !tailExtendsContent)
      ? null
      : { start: tailBySpeaker ? tokens[adjunctEnd + 1]!.start : tailFrom, end };
  return {
    contentStart: start,
    contentEnd: commaAt > start ? commaAt : start,
    via: told ? toldOutlet(body, tokens, i + 1, adjunctEnd) : null,
    anonymous: ANONYMITY.test(adjunct),
    tail,
    tailExtendsContent,
    tailBySpeaker,
  };
}

/**
 * Do the few words before a trailing "…, X said" (tokens [0, segStart), under five, no verb the
 * flags know) open with a plural subject and its present in the base form: "Prices fall", "Prices
 * fall across Europe", "House prices rise", "Doubts remain" (decision 965)? The flags know no base
 * forms, and such words were read as no clause, the article's. The verb is lowercase, a verb of
 * change (`CHANGE_VERBS`) or one of `REPORTED_PLURAL_PRESENTS`, the second or third word, right after a
 * plural (`pluralSubjectWord`, no possessive); the first word opens a subject, no subordinator ("As
 * prices fall, analysts said, …" states nothing of theirs). Or the fourth word, after a place's
 * preposition and a capital: "Throughout Europe prices fall", "Across Europe prices rise". "Price
 * falls" (a noun phrase) holds no base form, and "His fall", "Its rise" open with a determiner.
 */
function pluralSubjectAndBaseVerb(body: string, tokens: readonly Token[], segStart: number): boolean {
  for (let v = 1; v < segStart && v <= 3; v++) {
    const verb = tokens[v]!;
    if ((verb.flags & (ASCII_WORD | CAPITALISED)) !== ASCII_WORD) continue;
    const word = lowerWordAt(body, verb);
    if (!CHANGE_VERBS.has(word) && !REPORTED_PLURAL_PRESENTS.has(word)) continue;
    const subject = tokens[v - 1]!;
    // "Britain's rise": a possessive's "-s" makes no plural. "His fall", "Its rise", "This rise": a
    // determiner in "-s" (OBJECT_STARTERS) opens a noun phrase, no plural subject.
    const apostrophe = body.charCodeAt(subject.end - 2);
    return (
      !(subject.flags & OBJECT_STARTER) &&
      apostrophe !== 39 &&
      apostrophe !== 0x2019 &&
      pluralSubjectWord(lowerWordAt(body, subject)) &&
      (v < 3 ? opensWithSubject(body, tokens, 0) : placeBeforeSubject(body, tokens))
    );
  }
  return false;
}

/** Do the first two tokens name a place: a place's preposition or "throughout", then a capital ("Across Europe")? */
function placeBeforeSubject(body: string, tokens: readonly Token[]): boolean {
  if (!(tokens[1]!.flags & CAPITALISED)) return false;
  const first = lowerWordAt(body, tokens[0]!);
  return first === "throughout" || PLACE_PREPOSITIONS.has(first);
}

const THAN_EXPECTED = /\bthan (?:had been )?(?:expected|forecast|predicted|anticipated|planned|budgeted|estimated)\b/;

/** `at`, or the currency sign right before it ("£14.9 billion"). */
function withCurrencySign(body: string, at: number): number {
  const c = body.charCodeAt(at - 1);
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 ? at - 1 : at;
}

/**
 * Documents a trailing "said in …" names, which a past form after them describes, and the media a
 * thing is said in ("…, TikTok said in a video posted on Monday", decision 885).
 */
const DOCUMENT_NOUNS = new Set([..."report study document paper review".split(" "), ...SAID_IN]);

/**
 * Whether tokens [from, to) after a trailing "said" hold a verb: "said in a report released on
 * Wednesday" holds none ("released" describes the report).
 */
function adjunctHasVerb(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!isFiniteVerb(tokens, k)) continue;
    const describes =
      !(tokens[k]!.flags & ALWAYS_FINITE) &&
      k > from &&
      (DOCUMENT_NOUNS.has(lowerWordAt(body, tokens[k - 1]!)) || adjectiveAfterDeterminer(body, tokens, from, k));
    if (!describes) return true;
  }
  return false;
}

/** "in its closely watched report", "in a detailed statement": an "-ed" word after a determiner (and an adverb) is an adjective. */
function adjectiveAfterDeterminer(body: string, tokens: readonly Token[], from: number, k: number): boolean {
  let d = k - 1;
  if (d > from && lowerWordAt(body, tokens[d]!).endsWith("ly")) d--;
  return ADJECTIVE_DETERMINERS.has(lowerWordAt(body, tokens[d]!));
}
const ADJECTIVE_DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "our"]);

/**
 * What the reporting verb at `i`, whose subject starts at token `segStart`, reports: after
 * "that" (allowing "to the local newspaper X", "on Monday", "reporters" in between), a quotation
 * or colon, a clause with its own verb ("said the lanes would hurt"), or, for "…, X said (in a
 * statement)", what came before. Null when the verb does not report speech here.
 */
export function reportedContent(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  i: number,
  segStart: number,
): ReportedContent | null {
  const verb = tokens[i]!;
  // "with both clubs said to be keen on a deal": a passive hedge (forecasts-and-hedges.ts), no one speaks.
  if (passiveHedge(body, tokens, i)) return null;
  const told = TOLD.has(lowerWordAt(body, verb));
  const j = verb.flags & POINTED ? i + 2 : i + 1;
  if (j >= tokens.length) return trailingContent(body, start, end, tokens, i, segStart, told);
  let k = j;
  while (k < tokens.length && k - j < 9 && !(tokens[k]!.flags & THAT)) k++;
  // Between the verb and "that" only a recipient or an adverbial may stand, never a clause.
  const bridged =
    k === j ||
    ((told ||
      (tokens[j]!.flags & (TO | OUT | PARENTHETICAL_PREPOSITION)) !== 0 ||
      // "said outside the hearing that …": where it was said (decision 1065).
      placeBeforeThat(body, tokens, j, k) ||
      onlyAdverbs(body, tokens, j, k) ||
      timeAdverbialLength(body, tokens, j) === k - j ||
      // "claimed, without evidence, that …", "said, in a statement, that …"
      (commaBefore(body, tokens, j) && commaBefore(body, tokens, k)) ||
      // "claimed without evidence that …"
      withoutEvidence(body, tokens, j, k) ||
      // "said after the hearing that …": when it was said, by the event it followed.
      eventAdverbial(body, tokens, j, k)) &&
      !hasFiniteVerb(tokens, j, k));
  if (k < tokens.length && tokens[k]!.flags & THAT && bridged) {
    // "told the BBC that …": the outlet's "the" is no part of its name.
    const recipientFrom = told && k > j + 1 && lowerWordAt(body, tokens[j]!) === "the" ? j + 1 : j;
    const toldWhom = told ? toldOutlet(body, tokens, recipientFrom, k) : null;
    // "told the Senate that …": an audience, no outlet that relays the claim.
    const recipient = told
      ? toldWhom !== null && isAudience(toldWhom)
        ? null
        : toldWhom
      : tokens[j]!.flags & (TO | OUT)
        ? capitalisedRunBefore(body, tokens, j, k)
        : null;
    const anonymous = ANONYMITY.test(body.slice(verb.end, tokens[k]!.start));
    // "has said that will cost 700,000 jobs": a "that" right before a verb is the subject, not a conjunction.
    const contentStart = isFiniteVerb(tokens, k + 1) ? tokens[k]!.start : tokens[k]!.end;
    return { contentStart, contentEnd: end, via: recipient, anonymous, tail: null };
  }
  const trailing = trailingContent(body, start, end, tokens, i, segStart, told);
  if (trailing) return trailing;
  if (QUOTE_OR_COLON_NEXT.test(body.slice(verb.end, verb.end + 4)))
    return { contentStart: verb.end, contentEnd: end, via: null, anonymous: false, tail: null };
  // "X said the lanes would hurt small businesses": a clause with its own subject and verb, after
  // told's recipient ("told Reuters the package was delayed") or a time ("said on Friday they would").
  const outletEnd = told ? outletRecipientEnd(body, tokens, j, tokens.length) : -1;
  // "told the BBC the lorry had …", "told the Guardian she …": a name after "the", then a clause's opener.
  const namedEnd = told && outletEnd <= 0 ? theNameBeforeAClause(body, tokens, j) : -1;
  const recipientEnd = outletEnd > 0 ? outletEnd : namedEnd > 0 ? namedEnd : told ? afterRecipient(body, tokens, j) : j;
  const time = timeAdverbialLength(body, tokens, recipientEnd);
  const c = recipientEnd + (time > 0 && !timeAsTheSubject(body, tokens, recipientEnd, time, segStart, i) ? time : 0);
  // A clause may open with a quantity's qualifier: "Investigators say at least $3.4 million was …".
  const opener = tokens[c];
  const prepositional = opener !== undefined && (opener.flags & PARENTHETICAL_PREPOSITION) !== 0;
  // "Foreign Office warns against travel to parts of Canary Islands": what is warned against is
  // no clause, though a headline's plural ("parts") may pass for its verb. Only after a warning
  // ("said against all advice the plan would …" goes on to a clause).
  if (
    opener !== undefined &&
    opener.end - opener.start === 7 &&
    lowerWordAt(body, opener) === "against" &&
    WARNS.has(lowerWordAt(body, verb))
  )
    return null;
  // "told residents to keep their windows shut": an instruction, no content (decision 800).
  if (c < tokens.length && opensWithInstruction(body, tokens, i, c, end)) return null;
  if (
    c < tokens.length &&
    (!prepositional || opener!.flags & MAY_START_QUANTITY || asManyAs(body, tokens, c)) &&
    (!isFiniteVerb(tokens, c) || adjectivalPast(tokens, c))
  ) {
    const to = Math.min(segmentEndAfter(body, tokens, c), c + 13);
    let v = firstFiniteVerb(tokens, c + 1, to);
    // "found the strain in a sample taken on May 30": a participle with no auxiliary describes a
    // noun; it is no clause's verb.
    if (v > 0 && PARTICIPLE_ONLY.has(lowerWordAt(body, tokens[v]!)) && !(tokens[v - 1]!.flags & ALWAYS_FINITE)) v = -1;
    if (TAKES_A_CLAUSE.has(lowerWordAt(body, verb))) {
      // "critics say the figures include vessels that only sailed …": the clause's own verb comes
      // before the relative clause's.
      const plural = pluralPresentVerbIn(body, tokens, c + 1, Math.min(to, c + 6));
      if (plural >= 0 && (v < 0 || plural < v)) v = plural;
      if (v < 0) v = presentTenseVerb(body, tokens, c + 1, Math.min(to, c + 6));
      // "said it respects the decision and noted …": a pronoun's own verb in "-s" comes first.
      if (v > c + 1 && tokens[c]!.flags & SUBJECT_PRONOUN && presentTenseVerb(body, tokens, c + 1, c + 2) === c + 1)
        v = c + 1;
    }
    // "The mayor announced the city spends $2 billion": any reporting verb, a stricter shape; also
    // before a later past ("said the appointment removes an overhang but warned that …").
    // The search ends before the verb found, so what it finds comes first.
    const present = v < 0 || v > c + 2 ? presentTenseVerbIn(body, tokens, c, Math.min(c + 6, v < 0 ? to : v)) : -1;
    if (present >= 0) v = present;
    // "said the man who was arrested had been released": the first verb is the relative clause's;
    // the clause's own verb comes after it.
    if (v > c + 1 && RELATIVE_PRONOUNS.has(lowerWordAt(body, tokens[v - 1]!))) {
      // Past the relative clause's verb group: "was arrested", "had been", not its participle.
      let k = v + 1;
      while (k < to && tokens[k]!.flags & PAST && tokens[k - 1]!.flags & ALWAYS_FINITE) k++;
      const own = firstFiniteVerb(tokens, k, to);
      if (own > 0) v = own;
    }
    // "said more than 1,350 personnel, 96 engines and 14 helicopters were assigned": a list of
    // counts is one subject, commas and all.
    const listEnd = v < 0 ? countListSubjectEnd(body, tokens, c) : -1;
    const subjectEnd =
      listEnd > 0
        ? listEnd
        : v < 0
          ? subjectBeforeAside(body, tokens, c, to, TAKES_A_CLAUSE.has(lowerWordAt(body, verb)))
          : v;
    if (subjectEnd > c && (listEnd > 0 || plausibleClauseSubject(body, tokens, c, subjectEnd))) {
      // "told the BBC the lorry …": the outlet's "the" is no part of its name, as before "that".
      const from = told && recipientEnd > j + 1 && lowerWordAt(body, tokens[j]!) === "the" ? j + 1 : j;
      const run = told && recipientEnd > j ? toldOutlet(body, tokens, from, recipientEnd) : null;
      // "told the Prime Minister the plan …": a name after "the" relays the claim only when it is an outlet's.
      const outlet = namedEnd < 0 || namesOutlet(body.slice(tokens[j]!.start, tokens[namedEnd - 1]!.end), null);
      const via = run !== null && !isAudience(run) && outlet ? run : null;
      return { contentStart: tokens[c - 1]!.end, contentEnd: end, via, anonymous: false, tail: null };
    }
  }
  return null;
}

/** Verbs of warning, which take "against" and a noun: "warns against travel to …". */
const WARNS = new Set(["warn", "warns", "warned", "caution", "cautions", "cautioned", "advise", "advises", "advised"]);

/** Words that place a statement by an event: "after the hearing", "during a visit", "before the vote". */
const EVENT_PREPOSITIONS = new Set(["after", "before", "during", "following"]);
const EVENT_DETERMINERS = new Set(["the", "a", "an", "this", "his", "her", "their", "its"]);

/**
 * Are tokens [j, k) "after the hearing" or "during a visit to Leeds" before the "that" at k: an
 * event preposition, a determiner and at most four more words, no verb (checked by the caller)?
 * Not before a verb: in "said after the match that ended in a defeat …" the "that" is the match's.
 * The event is a common noun: "before the Senate …" names whom it was said to.
 */
function eventAdverbial(body: string, tokens: readonly Token[], j: number, k: number): boolean {
  return (
    k - j >= 3 &&
    !isFiniteVerb(tokens, k + 1) &&
    k - j <= 6 &&
    EVENT_PREPOSITIONS.has(lowerWordAt(body, tokens[j]!)) &&
    EVENT_DETERMINERS.has(lowerWordAt(body, tokens[j + 1]!)) &&
    // "testified before the Senate Foreign Relations Committee that …": a body, not an event.
    !isCapitalised(tokens[j + 2]!)
  );
}

/** "said as many as 40 per cent of institutions could …": a figure's qualifier opens the clause. */
function asManyAs(body: string, tokens: readonly Token[], c: number): boolean {
  const many = tokens[c + 1];
  const as = tokens[c + 2];
  return (
    many !== undefined &&
    as !== undefined &&
    lowerWordAt(body, tokens[c]!) === "as" &&
    AS_MANY.has(lowerWordAt(body, many)) &&
    lowerWordAt(body, as) === "as"
  );
}
/** Past participles that are never a simple past: "taken", "given", "shown". */
const PARTICIPLE_ONLY = new Set(
  "taken given shown seen written done known grown drawn driven eaten fallen flown forgotten gone hidden ridden risen spoken stolen sworn thrown worn chosen broken frozen beaten bitten".split(
    " ",
  ),
);

/**
 * "said geolocated footage showed troops in the village": a regular "-ed" word that opens the
 * clause and stands before a word that is no object ("geolocated footage"), with a verb of its
 * own after, describes the clause's subject.
 */
function adjectivalPast(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c]!;
  const next = tokens[c + 1];
  if (t.flags & ALWAYS_FINITE || !next || next.flags & (OBJECT_STARTER | UPPER_OR_NUMBER_FIRST | ALWAYS_FINITE))
    return false;
  return firstFiniteVerb(tokens, c + 2, Math.min(tokens.length, c + 6)) > 0;
}

/** How many tokens a list of counts before its verb may take. */
const COUNT_LIST_WINDOW = 24;

/**
 * "more than 1,350 personnel, 96 engines and 14 helicopters were assigned": items that each open
 * with a count, joined by commas and a last "and", then a verb. Returns the verb's index, or -1.
 */
function countListSubjectEnd(body: string, tokens: readonly Token[], c: number): number {
  const limit = Math.min(tokens.length, c + COUNT_LIST_WINDOW);
  let items = 0;
  let k = c;
  while (k < limit && tokens[k]!.flags & MAY_START_QUANTITY) {
    items++;
    let e = k + 1;
    while (e < limit && !commaBefore(body, tokens, e) && !(tokens[e]!.flags & AND)) {
      if (isFiniteVerb(tokens, e)) return items >= 2 ? e : -1;
      e++;
    }
    // The next item starts after a comma, an "and" or ", and".
    k = e < limit && tokens[e]!.flags & AND ? e + 1 : e;
  }
  return -1;
}

const APPOSITIVE_OPENERS = new Set(["a", "an", "the"]);

/**
 * "said inflation, which rose to 3.8 per cent in August, was still too high": a short subject, an
 * aside opened by a relative word or a preposition between commas, then the clause's verb. Returns where the
 * subject ends (the aside's comma), or -1 when the tokens after `c` do not read so.
 */
function subjectBeforeAside(
  body: string,
  tokens: readonly Token[],
  c: number,
  comma: number,
  takesAClause: boolean,
): number {
  if (comma >= tokens.length || comma - c > 7) return -1;
  // "said a £4.2m upgrade of the junction, including a signalised crossing, was due …": a longer
  // subject only before "including", which lists parts of it.
  if (comma - c > 4 && lowerWordAt(body, tokens[comma]!) !== "including") return -1;
  // "said a second trial, in 4,000 patients with more severe disease, would report …": a
  // prepositional aside reads the same way.
  const opener = tokens[comma]!;
  // "said the rate, excluding fraud, was 89 offences": an "-ing" word's aside too.
  const word = lowerWordAt(body, opener);
  // "said the suspect, a 34-year-old man, was arrested": an appositive that describes the subject.
  // "said the jet, operated by North Star Connect, was descending": a participle's aside.
  const close = segmentEndAfter(body, tokens, comma);
  // "says the money, about $1.1 million a year, funds jail operations": a figure's aside, which
  // the present "funds" may follow after "says" (no known verb form, figure-asides.ts).
  const figure = figureAside(body, tokens, comma, close);
  if (
    !figure &&
    !ASIDE_RELATIVE_WORDS.has(word) &&
    !APPOSITIVE_OPENERS.has(word) &&
    !(opener.flags & PARENTHETICAL_PREPOSITION) &&
    !word.endsWith("ing") &&
    !(opener.flags & PAST && !(opener.flags & ALWAYS_FINITE))
  )
    return -1;
  if (close >= tokens.length) return -1;
  if (isFiniteVerb(tokens, close)) return comma;
  return figure && takesAClause && presentTenseVerb(body, tokens, close, close + 1) === close ? comma : -1;
}

const DETERMINER_BEFORE_AUDIENCE = new Set(["the", "a", "an", "his", "her", "their", "its"]);

/** Is the recipient of "told" an audience (MPs, Parliament) rather than an outlet that relays the claim? */
export function isAudience(recipient: string): boolean {
  const lower = recipient.toLowerCase();
  const space = lower.lastIndexOf(" ");
  return AUDIENCES.has(lower) || AUDIENCES.has(lower.slice(space + 1));
}

/** Past told's recipient: a capitalised run ("told Reuters", "told El Tiempo") or "reporters", "me", … */
function afterRecipient(body: string, tokens: readonly Token[], j: number): number {
  // "told the meeting the authority had …", "told a press conference": an audience, two or three words.
  const first = tokens[j];
  if (first && DETERMINER_BEFORE_AUDIENCE.has(lowerWordAt(body, first))) {
    let k = j + 1;
    if (tokens[k] && !AUDIENCES.has(lowerWordAt(body, tokens[k]!)) && tokens[k + 1]) k++;
    // "told the inquest jury", "told the trial judge": a second word names the audience more closely.
    if (tokens[k] && AUDIENCES.has(lowerWordAt(body, tokens[k]!)))
      return tokens[k + 1] && AUDIENCE_SECOND_WORDS.has(lowerWordAt(body, tokens[k + 1]!)) ? k + 2 : k + 1;
  }
  let e = j;
  while (e < tokens.length && isCapitalised(tokens[e]!)) e++;
  // "told fans' groups …": a possessive's listener is the word after it, and is read as before
  // (review of decision 770).
  if (
    e === j &&
    tokens[j] &&
    RECIPIENT_WORDS.has(lowerWordAt(body, tokens[j]!)) &&
    !possessiveAt(body, tokens[j]!.end)
  ) {
    // "told police officers she …": two words name one audience; not "told reporters her son …".
    const second = policeOfficersAt(body, tokens, j) ? 1 : 0;
    // "told parents and governors the school …": a second listener joined on (decision 800).
    const last = second === 0 && secondListenerAt(body, tokens, j + 1) ? j + 2 : j + second;
    const after = afterPlaceOfAudience(body, tokens, last, last + 1);
    // Where the second listener is kept whole ("workers and managers at the plant 300 jobs …"),
    // the first is kept with it, not cut off at "and".
    return after === last && last === j + 2 ? j : after;
  }
  return e;
}

/**
 * "and governors" at `and`, after a listener: a lowercase plural that no clause's opener is, with
 * no finite verb right after it ("told parents and pupils were sent home" leaves "pupils" the
 * subject of what was said).
 */
function secondListenerAt(body: string, tokens: readonly Token[], and: number): boolean {
  const a = tokens[and];
  const noun = tokens[and + 1];
  if (a === undefined || noun === undefined || !(a.flags & AND)) return false;
  if (isCapitalised(noun) || isFiniteVerb(tokens, and + 1) || isFiniteVerb(tokens, and + 2)) return false;
  const word = lowerWordAt(body, noun);
  return word.length > 3 && word.endsWith("s") && !CLAUSE_OPENERS.has(word) && !possessiveAt(body, noun.end);
}

/** An apostrophe right after a plural, as in "fans' groups", "parents' evening". */
function possessiveAt(body: string, end: number): boolean {
  const c = body.charCodeAt(end);
  return c === 39 || c === 0x2019;
}

/**
 * "police officers", "police detectives": the listener's second word at `j + 1`. Not before a
 * finite verb: "told police officers would get body cameras" told police that officers would.
 */
function policeOfficersAt(body: string, tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return (
    next !== undefined &&
    lowerWordAt(body, tokens[j]!) === "police" &&
    /^(?:officers|detectives)$/.test(lowerWordAt(body, next)) &&
    !isFiniteVerb(tokens, j + 2)
  );
}

/** Words that open a clause right after an outlet's name: "told the BBC the lorry …", "told the Guardian she …". */
const CLAUSE_OPENERS = new Set("the a an his her its their this these those he she it they we i there".split(" "));

/**
 * After "told the": the end of a capitalised name ("the BBC", "the Guardian", "the Financial
 * Times") when a clause's opener follows it, else -1. "told the Chinese government the …" is no
 * name and a clause; "told the Guardian's reporter …" neither.
 */
function theNameBeforeAClause(body: string, tokens: readonly Token[], j: number): number {
  if (!tokens[j] || lowerWordAt(body, tokens[j]!) !== "the") return -1;
  let e = j + 1;
  while (e < tokens.length && e < j + 5 && isCapitalised(tokens[e]!)) e++;
  if (e === j + 1 || e >= tokens.length || isCapitalised(tokens[e]!)) return -1;
  if (commaBefore(body, tokens, e) || /['’]s$/.test(body.slice(tokens[e - 1]!.start, tokens[e - 1]!.end))) return -1;
  return CLAUSE_OPENERS.has(lowerWordAt(body, tokens[e]!)) ? e : -1;
}

/** Words after an audience's word that go on naming it: "the inquest jury", "the trial judge". */
const AUDIENCE_SECOND_WORDS = new Set(["jury", "judge", "panel", "chair", "coroner"]);

/** "voters in Iowa", "workers at the plant": a preposition that may go on the audience word. */
// "near" (decision 800): "residents living near the site", where a listener's clause puts them.
const AUDIENCE_PLACE = new Set(["in", "at", "from", "across", "on", "of", "near"]);

/**
 * The end of an audience word `e` tokens on, with its place: "told voters in Iowa the economy …"
 * leaves "the economy …", not "in Iowa the economy …" (a claim about Iowa's economy). Where the
 * place phrase has no clear end the audience word stays in the wording (`j`), visibly, rather
 * than half of it; "at the plant" before a clause's opener has one (decision 700).
 */
function afterPlaceOfAudience(body: string, tokens: readonly Token[], j: number, e: number): number {
  if (!tokens[e] || !AUDIENCE_PLACE.has(lowerWordAt(body, tokens[e]!))) {
    // "told residents living near the site the plant …", "told passengers who had travelled from
    // Leeds the train …": the listener's own clause, then its place; with no place whose end is
    // clear, the listener stays in the wording whole, not cut at its clause (decision 800).
    const p = listenerClauseEnd(body, tokens, e);
    if (p < 0) return e;
    if (tokens[p] && AUDIENCE_PLACE.has(lowerWordAt(body, tokens[p]!))) return afterPlaceOfAudience(body, tokens, j, p);
    const said = clauseAfterListenersObject(body, tokens, e, p);
    return said >= 0 ? said : j;
  }
  let k = e + 1;
  while (k < tokens.length && k < e + 4 && isCapitalised(tokens[k]!)) k++;
  if (k > e + 1) return placeKindAfterName(body, tokens, k);
  // "told workers at the plant the factory would close": a lowercase place before a clause (decision 700).
  const lowercase = afterLowercasePlace(body, tokens, e + 1);
  return lowercase >= 0 ? lowercase : j;
}

/**
 * "told residents who attended staff training the plant would close", "told fans who booked the
 * trip they would be refunded": after "who" and its verb (`p`, from `listenerClauseEnd`), an object
 * of one to three lowercase words, then a clause's opener with a finite verb one or two words on.
 * Returns the opener, where what was said begins, or -1, and the listener stays in the wording
 * whole as before: "who attended the plant would close" (no object before the opener), "who said
 * the smell would go" (the opener's noun has no verb after it), a comma, a capital, "that" or a
 * question's word ("who asked whether he would stand") in between (decision 950). So after a
 * listener's participle, which `listenerClauseEnd` reads only where no finite verb follows it one or
 * two words on (`e` is the participle, `p` the word after it): "told staff working nights they
 * would be paid more", "told investors trading the shares the price would fall"; "staff training for
 * new recruits would be cut" has no opener before its verb and stays whole, a compound subject
 * (decision 990).
 */
function clauseAfterListenersObject(body: string, tokens: readonly Token[], e: number, p: number): number {
  // "who live nearby the smell would go": "nearby" is where they live, not an object, and no reader
  // sees where its phrase ends; the listener stays whole, as decisions 820 and 860 keep it.
  if (tokens[p] !== undefined && lowerWordAt(body, tokens[p]!) === "nearby") return -1;
  // "told fans waiting for the bus the match was off": a participle's phrase opened by a preposition
  // runs on to no end this reader sees, and decision 820 keeps the listener whole; only its object,
  // right after it, is read ("working nights", "trading the shares"; decision 990).
  if (!isWho(body, tokens[e]!) && (tokens[p]?.flags ?? 0) & (PARENTHETICAL_PREPOSITION | TO)) return -1;
  for (let o = p; o < p + 4; o++) {
    const t = tokens[o];
    if (t === undefined || isCapitalised(t) || commaBefore(body, tokens, o)) return -1;
    if (o > p && CLAUSE_OPENERS.has(lowerWordAt(body, t))) {
      const verb = isFiniteVerb(tokens, o + 1) ? o + 1 : isFiniteVerb(tokens, o + 2) ? o + 2 : -1;
      // "staff working nights the hospital said would be paid more", "… the board agreed would be
      // paid more", "… the managers knew were tired": a verb, not an auxiliary, with a verb right
      // after it names the listener inside what was said, which has no opener here (decision 990,
      // and its review).
      if (verb !== -1)
        return !AUXILIARIES.has(lowerWordAt(body, tokens[verb]!)) && isFiniteVerb(tokens, verb + 1) ? -1 : o;
    }
    // "reporters who asked whether he would stand he was staying": a question is no object with an end.
    const word = lowerWordAt(body, t);
    if (isFiniteVerb(tokens, o) || word === "that" || QUESTION_OPENERS.has(word)) return -1;
  }
  return -1;
}

/** "who", by its length before the word is built. */
function isWho(body: string, token: Token): boolean {
  return token.end - token.start === 3 && lowerWordAt(body, token) === "who";
}

/** A day said in one word before a clause: a weekday (the dates module's), "today", "yesterday". */
const DAYS_IN_ONE_WORD = new Set([...WEEKDAYS, "today", "yesterday"]);

/** How many tokens of a time adverbial start at `at`: "on Friday", "Monday", "last week", "this month". */
function timeAdverbialLength(body: string, tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (!first) return 0;
  const w = lowerWordAt(body, first);
  if (DAYS_IN_ONE_WORD.has(w)) return 1;
  const next = tokens[at + 1] ? lowerWordAt(body, tokens[at + 1]!) : "";
  if (w === "on" && DAYS_IN_ONE_WORD.has(next)) return 2;
  if ((w === "last" || w === "this" || w === "next") && /^(week|month|year|weekend)$/.test(next)) return 2;
  // "said in a statement it supported the agreement": where it was said, then the clause.
  if (
    w === "in" &&
    (next === "a" || next === "an") &&
    tokens[at + 2] &&
    STATEMENT_NOUNS.has(lowerWordAt(body, tokens[at + 2]!))
  )
    return 3;
  return 0;
}

/**
 * "said this year would be different", "told staff Monday was a holiday": a time with a finite
 * verb right after it is what the clause is about, its subject, not when it was said; a time
 * said when ("said last week the plan would …") has a subject of its own after it. "on Friday"
 * and "in a statement" never open a clause (decision 1035). Asked only where a time was read.
 * Not where the word after the time is a past form describing the next noun ("said Monday
 * increased funding would help", "said yesterday armed officers were called", adjectivalPast),
 * nor where what was said is the object of a saying whose speaker starts at `segStart`
 * (objectOfTheSaying): the time was when it was said (review of decision 1035).
 */
function timeAsTheSubject(
  body: string,
  tokens: readonly Token[],
  at: number,
  length: number,
  segStart: number,
  verb: number,
): boolean {
  const first = lowerWordAt(body, tokens[at]!);
  return (
    first !== "on" &&
    first !== "in" &&
    isFiniteVerb(tokens, at + length) &&
    !adjectivalPast(tokens, at + length) &&
    !objectOfTheSaying(body, tokens, withoutSpeakerAdverbs(body, tokens, segStart, verb).from, verb)
  );
}

/**
 * Capitalised words only up to the verb: "Everything Smith said", "Nothing Jane Hollis said". Not
 * "Much Wenlock residents said", "Much Hadham council said": a lowercase noun makes the head the
 * first word of a place's name, whose people spoke (review of decision 1095). Flag tests only.
 */
function namedOnly(tokens: readonly Token[], from: number, verb: number): boolean {
  for (let p = from; p < verb; p++) if (!isCapitalised(tokens[p]!)) return false;
  return true;
}

/**
 * "Everything the mayor said today is untrue", "The figures the minister said last month were
 * accurate …": a noun right before the speaker's "the" or "a", with no preposition, joining word
 * or verb between them, is what was said, the object its relative clause lacks, and the verb after
 * the time is that noun's ("the head of the union", "Smith and the mayor", "lawyers representing
 * the family" join their words; review of decision 1035).
 */
function objectOfTheSaying(body: string, tokens: readonly Token[], from: number, verb: number): boolean {
  // "Everything Smith said today is untrue": a pronoun-like head before a name is what was said,
  // and no part of the name (decision 1095).
  if (from + 1 < verb && isCapitalised(tokens[from + 1]!) && INDEFINITE_HEADS.has(lowerWordAt(body, tokens[from]!)))
    return namedOnly(tokens, from + 1, verb);
  for (let p = from + 1; p < verb; p++) {
    const word = lowerWordAt(body, tokens[p]!);
    if (word !== "the" && word !== "a" && word !== "an") continue;
    const prev = tokens[p - 1]!;
    if (commaBefore(body, tokens, p) || prev.flags & JOINS_A_SPEAKER) continue;
    const joining = lowerWordAt(body, prev);
    if (!SPEAKER_PREPOSITIONS.has(joining) && !PLACE_PREPOSITIONS.has(joining)) return true;
  }
  return false;
}
/** Words before a speaker's determiner that join it to what comes before: prepositions, "and", verbs. */
const JOINS_A_SPEAKER = PARENTHETICAL_PREPOSITION | TO | AND | COORDINATOR | PARTICIPLE | PAST | ALWAYS_FINITE;
/** Joining words of a speaker's phrase that neither the flags nor PLACE_PREPOSITIONS hold ("a spokesman from the council"). */
const SPEAKER_PREPOSITIONS = new Set(["from", "or", "within", "among", "behind", "under"]);

/** What a statement is made in: "in a statement", "in a filing", "in an email". */
const STATEMENT_NOUNS = new Set([
  "statement",
  "filing",
  "post",
  "email",
  "letter",
  "interview",
  "note",
  "memo",
  "release",
]);

/** Verbs that are followed by a clause far more often than by an object: "critics argue the figure masks …". */
const TAKES_A_CLAUSE = new Set(
  "say says said told tells argue argues argued claim claims claimed insist insists insisted believe believes believed warn warns warned".split(
    " ",
  ),
);

/**
 * Verbs news copy puts after a plural subject in a reported clause ("critics say the figures
 * include vessels …", "experts say the rules make it harder"). The flags know no base forms. Not the
 * lexicon's PLURAL_PRESENT_VERBS, a group of people's own verbs ("the elderly live alone").
 */
const REPORTED_PLURAL_PRESENTS = new Set(
  "include exclude show suggest indicate reflect remain exceed make mean need cost lack face pose understate overstate undercount overcount ignore miss hurt help favor favour benefit threaten violate contain share bear blame deny reject oppose".split(
    " ",
  ),
);

/** Index of the first base-form verb in tokens [from, to) after a plural noun or pronoun ("the figures include"), or -1. */
function pluralPresentVerbIn(body: string, tokens: readonly Token[], from: number, to: number): number {
  for (let t = from; t < to; t++) {
    const word = lowerWordAt(body, tokens[t]!);
    if (!REPORTED_PLURAL_PRESENTS.has(word)) continue;
    if (pluralSubjectWord(lowerWordAt(body, tokens[t - 1]!))) return t;
    // "said the campaign cost 2.1 billion shillings": a past that is written as the base form,
    // after a noun (not "the cost", "a hurt").
    if (SAME_FORM_PASTS.has(word) && !(tokens[t - 1]!.flags & (OBJECT_STARTER | PARENTHETICAL_PREPOSITION | TO)))
      return t;
  }
  return -1;
}
/** Pasts written as the base form: "the storm hurt farmers", "the campaign cost $2 million". */
const SAME_FORM_PASTS = new Set(["cost", "hurt"]);

function presentTenseVerb(body: string, tokens: readonly Token[], from: number, to: number): number {
  for (let t = from; t < to && t + 1 < tokens.length; t++) {
    const tok = tokens[t]!;
    const last = body.charCodeAt(tok.end - 1);
    const before = body.charCodeAt(tok.end - 2);
    if (
      last === 115 &&
      before !== 115 &&
      before !== 39 &&
      before !== 0x2019 &&
      tok.end - tok.start > 3 &&
      !isCapitalised(tok)
    )
      return t;
  }
  return -1;
}

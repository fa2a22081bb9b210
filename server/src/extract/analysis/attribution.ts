import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { type ClaimantMemory, claimantFromPhrase, cleanName } from "./claimant.ts";
import { REPORTING_VERBS, SUBJECT_PRONOUNS } from "./lexicon.ts";
import { isJsSpace } from "../text/char-classes.ts";
import { firstFiniteVerb, hasFiniteVerb, isFiniteVerb } from "./verbs.ts";
import {
  plausibleClauseSubject,
  plausibleSpeaker,
  plausibleSpeakerName,
  withoutSpeakerAdverbs,
} from "./speaker-phrase.ts";
import { commaBefore, commaOrSemicolonBefore, isCapitalised, type Token } from "./tokens.ts";
import {
  LOWERCASE_REPORTING_VERB,
  OUT,
  PARENTHETICAL_PREPOSITION,
  POINTED,
  SUBJECT_NOUN,
  SUBJECT_PRONOUN,
  THAT,
  TO,
} from "./word-flags.ts";

export interface Attribution {
  claimant: Claimant;
  /** Where the attributed content lies in the body. */
  contentStart: number;
  contentEnd: number;
  /** A leading clause before the attribution that the article asserts itself ("While X happened, ..."). */
  lead: { start: number; end: number } | null;
  /** Text after a trailing attribution that the article asserts itself ("…, Terna said, as air conditioners ran …"). */
  tail: { start: number; end: number } | null;
  /** A relative clause about the speaker, before the verb, that the article asserts itself, with its wording. */
  aside: { start: number; end: number; restored: string } | null;
}

const VERB_ALT = [...REPORTING_VERBS].join("|");
const NAME = "((?:[\\p{Lu}][\\p{L}’'.\\-]*\\s+){0,4}[\\p{Lu}][\\p{L}’'.\\-]*|he|she|they|we|it|He|She|They|We|It)";
const CHANNEL =
  /^\s+(?:on|via|in)\s+((?:Twitter|X|Facebook|Instagram|Telegram|TikTok|YouTube|Truth Social|Bluesky|Threads)\b)/;
/** A name after lowercase words of its title: "provincial chief minister Murad Ali Shah". */
const TITLED_NAME = "((?:\\p{Ll}[\\p{L}’'-]*\\s+){1,4}(?:[\\p{Lu}][\\p{L}’'.\\-]*\\s+){0,4}[\\p{Lu}][\\p{L}’'.\\-]*)";
/** Speaker written after a closing quote: ", Petro wrote on Twitter" / ", said Petro" / ", chief minister Murad Ali Shah said". */
const AFTER_QUOTE = new RegExp(
  `^[\\s,]*(?:${NAME}\\s+(?:${VERB_ALT})\\b|(?:${VERB_ALT})\\s+${NAME}|${TITLED_NAME}\\s+(?:${VERB_ALT})\\b)`,
  "u",
);
/**
 * Speaker written before an opening quote: "Sarabia, for her part, highlighted “…" / "He said: “…".
 * Exported for the test of its pre-check.
 */
export const BEFORE_QUOTE = new RegExp(`${NAME}(?:,[^,“"]{1,40},)?\\s+(?:${VERB_ALT})(?:\\s+that)?[\\s:,]*$`, "u");

function speakerFromMatch(name: string, memory: ClaimantMemory, channel: string | null): Claimant | null {
  if (!plausibleSpeakerName(name)) return null;
  if (SUBJECT_PRONOUNS.has(name.toLowerCase())) {
    const c = memory.resolvePronoun(name);
    return c ? { ...c, via: channel ?? c.via } : null;
  }
  return claimantFromPhrase(name, channel);
}

/** Start of the run of chars at the end of text[0, end) that are not white space (\s). */
function lastRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && !isJsSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End of text[0, end) less its trailing white space and, with `colonsAndCommas`, ":" and ",". */
function trimmedEnd(text: string, end: number, colonsAndCommas: boolean): number {
  for (; end > 0; end--) {
    const c = text.charCodeAt(end - 1);
    if (!isJsSpace(c) && !(colonsAndCommas && (c === 58 || c === 44))) break;
  }
  return end;
}

/**
 * What BEFORE_QUOTE needs at its end, checked without the regex, which tries every position of
 * the window (about 3 µs a window): white space, a reporting verb, optionally white space and
 * "that", then only white space, colons and commas. Nine windows in ten fail here.
 */
export function endsWithReportingVerb(text: string): boolean {
  let end = trimmedEnd(text, text.length, true);
  let start = lastRunStart(text, end);
  if (text.slice(start, end) === "that") {
    end = trimmedEnd(text, start, false);
    if (end === start) return false;
    start = lastRunStart(text, end);
  }
  return start > 0 && REPORTING_VERBS.has(text.slice(start, end));
}

/** Does a speaker tag (", Petro wrote", ", said Petro") follow the quote that ends at `quoteEnd`? */
export function speakerNamedAfter(body: string, quoteEnd: number, windowEnd: number): boolean {
  return AFTER_QUOTE.test(body.slice(quoteEnd, Math.min(windowEnd, quoteEnd + 120)));
}

/** Who is speaking in a direct quotation, judging by the text right after or right before it. */
export function quoteSpeaker(
  body: string,
  quoteStart: number,
  quoteEnd: number,
  windowStart: number,
  windowEnd: number,
  memory: ClaimantMemory,
): Claimant | null {
  const after = body.slice(quoteEnd, Math.min(windowEnd, quoteEnd + 120));
  const a = AFTER_QUOTE.exec(after);
  if (a) {
    const name = (a[1] ?? a[2] ?? a[3])!;
    const rest = after.slice(a.index + a[0].length);
    const ch = CHANNEL.exec(rest);
    return speakerFromMatch(name, memory, ch ? cleanName(ch[1]!) : null);
  }
  const before = body.slice(Math.max(windowStart, quoteStart - 120), quoteStart);
  if (!endsWithReportingVerb(before)) return null;
  const b = BEFORE_QUOTE.exec(before);
  if (b) return speakerFromMatch(b[1]!, memory, null);
  return null;
}

function looksLikeSubject(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 10) return false;
  if (tokens.length === 1 && tokens[0]!.flags & SUBJECT_PRONOUN) return true;
  return tokens.some((t) => isCapitalised(t) || (t.flags & SUBJECT_NOUN) !== 0);
}

/** A name written out: "Dr. Ana Ferreira", "Council member Robert Hayes", not "In Bogotá" or "Last week". */
function looksLikeName(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return (
    first !== undefined &&
    last !== undefined &&
    tokens.length <= 8 &&
    isCapitalised(first) &&
    !(first.flags & PARENTHETICAL_PREPOSITION) &&
    isCapitalised(last)
  );
}

function wordAt(body: string, t: Token): string {
  return body.slice(t.start, t.end).toLowerCase();
}

/** Start of the comma-delimited run of tokens that ends with token `i - 1` (at most 24 back). */
function segmentStartBefore(body: string, tokens: readonly Token[], i: number): number {
  let s = i - 1;
  while (s > 0 && i - s < 24 && !commaOrSemicolonBefore(body, tokens, s)) s--;
  return s;
}

/** Words that open an aside between a name and its verb: "Hayes, who voted against it, said". */
const ASIDE_OPENERS = new Set(["who", "whose", "which", "a", "an", "the"]);
const INDEFINITE_OR_RELATIVE = new Set(["who", "whose", "a", "an"]);
const RELATIVE_WORDS = new Set(["who", "whose", "which"]);

/** End of the speaker's name in tokens [from, to): up to the first comma ("Hayes, who …, said" → "Hayes"). */
function nameEnd(body: string, tokens: readonly Token[], from: number, to: number): number {
  for (let t = from + 1; t < to; t++) if (commaOrSemicolonBefore(body, tokens, t)) return t;
  return to;
}

/**
 * First token of the subject of the reporting verb at `i`, or -1 when it has none. Without a
 * comma before the verb it is the comma-delimited segment right before it ("Two people died,
 * officials said"), or the name before an indefinite aside ("Paul Tsongas, a liberal senator
 * from Massachusetts said"). With one, what stands right before the verb is an aside or an
 * appositive name: "The manufacturer, BioAfrica, said" and "His lawyer, Peter Kim, told" name
 * the speaker there; otherwise the segments are walked back to where the aside opens, and the
 * speaker is what comes before it ("Sarabia, for her part, highlighted", "Dr. Tom Fischer, an
 * epidemiologist at Imperial College London who was not involved, said", "The study, which
 * followed 4,800 children in Kenya, Mali and Burkina Faso, found").
 */
function subjectStart(body: string, tokens: readonly Token[], i: number): number {
  const segStart = segmentStartBefore(body, tokens, i);
  if (segStart === 0) return segStart;
  if (!commaBefore(body, tokens, i)) {
    if (!INDEFINITE_OR_RELATIVE.has(wordAt(body, tokens[segStart]!))) return segStart;
    const prevStart = segmentStartBefore(body, tokens, segStart);
    return looksLikeName(tokens.slice(prevStart, segStart)) ? prevStart : segStart;
  }
  const firstPrev = segmentStartBefore(body, tokens, segStart);
  if (firstPrev === 0 && looksLikeName(tokens.slice(segStart, i)) && !hasFiniteVerb(tokens, 0, segStart))
    return segStart;
  let s = segStart;
  for (let hops = 0; hops < 4 && s > 0; hops++) {
    const opener = tokens[s]!;
    const prevStart = segmentStartBefore(body, tokens, s);
    const prev = tokens.slice(prevStart, s);
    if (opener.flags & PARENTHETICAL_PREPOSITION) return looksLikeSubject(prev) ? prevStart : -1;
    const w = wordAt(body, opener);
    if (RELATIVE_WORDS.has(w)) return looksLikeSubject(prev) ? prevStart : -1;
    if (ASIDE_OPENERS.has(w)) return looksLikeName(prev) ? prevStart : -1;
    s = prevStart;
  }
  return -1;
}

/** Said of a source that asked not to be named: "told Reuters on condition of anonymity". */
const ANONYMITY =
  /\b(?:condition of anonymity|anonymously|asked not to be (?:named|identified)|not authori[sz]ed to speak)/i;

const TOLD = new Set(["told", "tells"]);
/** A reporting verb followed by what it reports, quoted or after a colon: "said: …", "said, “…". */
const QUOTE_OR_COLON_NEXT = /^\s*,?\s*[:“"]/;

/** The capitalised run from token `from` on ("told El Tiempo"), or null. */
function capitalisedRunFrom(body: string, tokens: readonly Token[], from: number, to: number): string | null {
  let e = from;
  while (e < to && isCapitalised(tokens[e]!)) e++;
  return e > from ? body.slice(tokens[from]!.start, tokens[e - 1]!.end) : null;
}

/** The capitalised run that ends right before token `to` ("to the local newspaper El Tiempo"), or null. */
function capitalisedRunBefore(body: string, tokens: readonly Token[], from: number, to: number): string | null {
  let s = to;
  while (s > from && isCapitalised(tokens[s - 1]!)) s--;
  return s < to ? body.slice(tokens[s]!.start, tokens[to - 1]!.end) : null;
}

/** Index of the first token after `from` that has a comma or semicolon before it, or tokens.length. */
function segmentEndAfter(body: string, tokens: readonly Token[], from: number): number {
  let e = from + 1;
  while (e < tokens.length && !commaOrSemicolonBefore(body, tokens, e)) e++;
  return e;
}

/** Where the reported content lies relative to a reporting verb, before its claimant is resolved. */
interface ReportedContent {
  contentStart: number;
  contentEnd: number;
  via: string | null;
  /** The source asked not to be named. */
  anonymous: boolean;
  /** Text after a trailing attribution that the article asserts ("…, Terna said, as air conditioners ran"). */
  tail: { start: number; end: number } | null;
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
    adjunctEnd - i > 7 ||
    hasFiniteVerb(tokens, i + 1, adjunctEnd) ||
    (segStart < 5 && !hasFiniteVerb(tokens, 0, segStart)) ||
    QUOTE_OR_COLON_NEXT.test(body.slice(tokens[i]!.end, tokens[i]!.end + 4))
  )
    return null;
  const commaAt = body.lastIndexOf(",", tokens[segStart]!.start);
  const adjunct = adjunctEnd > i + 1 ? body.slice(tokens[i + 1]!.start, tokens[adjunctEnd - 1]!.end) : "";
  const tail =
    adjunctEnd < tokens.length && hasFiniteVerb(tokens, adjunctEnd, tokens.length)
      ? { start: tokens[adjunctEnd]!.start, end }
      : null;
  return {
    contentStart: start,
    contentEnd: commaAt > start ? commaAt : start,
    via: told ? capitalisedRunFrom(body, tokens, i + 1, adjunctEnd) : null,
    anonymous: ANONYMITY.test(adjunct),
    tail,
  };
}

/**
 * What the reporting verb at `i`, whose subject starts at token `segStart`, reports: after
 * "that" (allowing "to the local newspaper X", "on Monday", "reporters" in between), a quotation
 * or colon, a clause with its own verb ("said the lanes would hurt"), or, for "…, X said (in a
 * statement)", what came before. Null when the verb does not report speech here.
 */
function reportedContent(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  i: number,
  segStart: number,
): ReportedContent | null {
  const verb = tokens[i]!;
  const told = TOLD.has(wordAt(body, verb));
  const j = verb.flags & POINTED ? i + 2 : i + 1;
  if (j >= tokens.length) return trailingContent(body, start, end, tokens, i, segStart, told);
  let k = j;
  while (k < tokens.length && k - j < 9 && !(tokens[k]!.flags & THAT)) k++;
  // Between the verb and "that" only a recipient or an adverbial may stand, never a clause.
  const bridged =
    k === j ||
    ((told || (tokens[j]!.flags & (TO | OUT | PARENTHETICAL_PREPOSITION)) !== 0) && !hasFiniteVerb(tokens, j, k));
  if (k < tokens.length && tokens[k]!.flags & THAT && bridged) {
    const recipient = told
      ? capitalisedRunFrom(body, tokens, j, k)
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
  // "X said the lanes would hurt small businesses": a clause with its own subject and verb.
  if (j < tokens.length && !(tokens[j]!.flags & PARENTHETICAL_PREPOSITION) && !isFiniteVerb(tokens, j)) {
    const to = Math.min(segmentEndAfter(body, tokens, j), j + 9);
    let v = firstFiniteVerb(tokens, j + 1, to);
    if (v < 0 && TAKES_A_CLAUSE.has(wordAt(body, verb))) v = presentTenseVerb(body, tokens, j + 1, Math.min(to, j + 6));
    if (v > j && plausibleClauseSubject(body, tokens, j, v))
      return { contentStart: tokens[j - 1]!.end, contentEnd: end, via: null, anonymous: false, tail: null };
  }
  return null;
}

/** Verbs that are followed by a clause far more often than by an object: "critics argue the figure masks …". */
const TAKES_A_CLAUSE = new Set(
  "say says said argue argues argued claim claims claimed insist insists insisted believe believes believed warn warns warned".split(
    " ",
  ),
);

/**
 * A present-tense verb in [from, to) of the words after such a verb: a word in "-s" (not "-ss",
 * not a possessive) with more words after it ("the figure masks a decline", "the vaccine works
 * well"). The finite-verb test knows auxiliaries and past forms only. -1 when there is none.
 */
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

/**
 * Finds reported speech in a sentence that is not a direct quotation: "According to X, …",
 * "X announced (to Y) that …", "X said the …", "…, X said." Returns null when the article speaks
 * for itself.
 */
export function findAttribution(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Attribution | null {
  const text = body.slice(start, end);
  const lead = /^According to ([^,]{2,80}),\s*/u.exec(text);
  if (lead)
    return {
      claimant: memory.outlet(lead[1]!),
      contentStart: start + lead[0].length,
      contentEnd: end,
      lead: null,
      tail: null,
      aside: null,
    };
  const trail = /,\s*according to ([^,]{2,80}?)[.!]?[”"]?$/u.exec(text);
  if (trail)
    return {
      claimant: memory.outlet(trail[1]!),
      contentStart: start,
      contentEnd: start + trail.index,
      lead: null,
      tail: null,
      aside: null,
    };

  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i]!;
    // A capitalised form is a name ("United States", "Reports Weekly"), not a reporting verb.
    if (!(verb.flags & LOWERCASE_REPORTING_VERB)) continue;
    if (verb.flags & POINTED && !(tokens[i + 1] && tokens[i + 1]!.flags & OUT)) continue;
    const subjectFrom = subjectStart(body, tokens, i);
    if (subjectFrom < 0) continue;
    const name = withoutSpeakerAdverbs(body, tokens, subjectFrom, nameEnd(body, tokens, subjectFrom, i));
    const segStart = name.from;
    const nameTo = name.to;
    const subject = tokens.slice(segStart, nameTo);
    if (!looksLikeSubject(subject) || !plausibleSpeaker(body, tokens, segStart, nameTo)) continue;
    const content = reportedContent(body, start, end, tokens, i, segStart);
    if (!content) continue;
    let phrase = body.slice(subject[0]!.start, tokens[nameTo - 1]!.end);
    // "Scientists say …": a common noun is capitalised only because it opens the sentence.
    if (segStart === 0 && opensWithCommonWord(body, subject)) phrase = phrase[0]!.toLowerCase() + phrase.slice(1);
    const claimant = content.anonymous
      ? { name: "unnamed sources", type: "unnamed_sources" as const, via: content.via }
      : resolveSubject(phrase, memory, content.via);
    if (!claimant) continue;
    let contentStart = content.contentStart;
    while (contentStart < end && /[\s:,]/.test(body[contentStart]!)) contentStart++;
    const trailing = content.contentStart === start;
    const leadEnd = segStart > 0 ? tokens[segStart - 1]!.end : start;
    const leadClause = !trailing && segStart > 0 && hasFiniteVerb(tokens, 0, segStart) ? { start, end: leadEnd } : null;
    return {
      claimant,
      contentStart,
      contentEnd: content.contentEnd,
      lead: leadClause,
      tail: content.tail,
      aside: relativeAside(body, tokens, segStart, nameTo, i),
    };
  }
  return null;
}

/**
 * "The study, which followed 4,800 children in Kenya, Mali and Burkina Faso, found …": the
 * relative clause between the speaker and the verb is the article's own claim about the speaker,
 * worded with the speaker restored ("The study followed 4,800 children …").
 */
function relativeAside(
  body: string,
  tokens: readonly Token[],
  nameFrom: number,
  nameTo: number,
  verb: number,
): Attribution["aside"] {
  if (nameTo + 1 >= verb || !RELATIVE_WORDS.has(wordAt(body, tokens[nameTo]!))) return null;
  if (!hasFiniteVerb(tokens, nameTo + 1, verb)) return null;
  const start = tokens[nameTo + 1]!.start;
  const end = tokens[verb - 1]!.end;
  const speaker = body.slice(tokens[nameFrom]!.start, tokens[nameTo - 1]!.end);
  return { start, end, restored: `${speaker} ${body.slice(start, end)}` };
}

/** Words that open a sentence with a capital only because they open it: "Two EU officials", "Some experts". */
const COMMON_OPENERS = new Set(
  "two three four five six seven eight nine ten several some many most few both other senior local".split(" "),
);

/** "Scientists say", "Two EU officials said": the speaker's first word is a common word, capitalised as the sentence's first. */
function opensWithCommonWord(body: string, subject: readonly Token[]): boolean {
  const first = subject[0]!;
  if (subject.length === 1) return (first.flags & SUBJECT_NOUN) !== 0;
  return COMMON_OPENERS.has(wordAt(body, first)) && !isCapitalised(subject[subject.length - 1]!);
}

function resolveSubject(phrase: string, memory: ClaimantMemory, via: string | null): Claimant | null {
  const p = phrase.trim();
  if (SUBJECT_PRONOUNS.has(p.toLowerCase())) {
    const c = memory.resolvePronoun(p);
    return c ? { ...c, via: via ?? c.via } : null;
  }
  return claimantFromPhrase(p, via);
}

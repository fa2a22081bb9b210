/**
 * What the analysis needs to know about one token, computed once per distinct token text: its
 * lowercase form and a bitmask of word-list memberships and shape tests (past tense, participle,
 * capitalised…). Clause splitting, verb detection and attribution then test bits instead of
 * looking the same lowercase string up in several sets, again and again for the same token.
 */
import {
  AUXILIARIES,
  CONCEDING_PRESENTS,
  COORDINATORS,
  IRREGULAR_PAST,
  NOT_PARTICIPLES,
  OBJECT_STARTERS,
  isOrganisationPlural,
  ORGANISATION_WORDS,
  PROFESSION_ENDING,
  REPORTING_VERBS,
  ROLE_WORDS,
  SUBJECT_PRONOUNS,
} from "./lexicon.ts";
import { mayStartQuantity } from "./quantities.ts";
import { gateBits, gatesVersion } from "./word-gates.ts";

/** Auxiliary or irregular past form: a finite verb wherever it stands. */
export const ALWAYS_FINITE = 1 << 0;
/** Past-tense form: irregular, or a regular "-ed" word (longer than 4, not starting with A-Z). */
export const PAST = 1 << 1;
/** A word after which an "-ed" form is an adjective or participle, not a finite verb ("the", "been"…). */
export const NOT_VERB_AFTER = 1 << 2;
/** Can start an object or complement (OBJECT_STARTERS). */
export const OBJECT_STARTER = 1 << 3;
/** Starts with an uppercase letter or a number (/^[\p{Lu}\p{N}]/u). */
export const UPPER_OR_NUMBER_FIRST = 1 << 4;
/** An "-ing" word of 3+ letters before it that opens a participial phrase. */
export const PARTICIPLE = 1 << 5;
export const SUBJECT_PRONOUN = 1 << 6;
export const COORDINATOR = 1 << 7;
/** Reporting verb written all in lowercase ("said", not "Said" or "States"). */
export const LOWERCASE_REPORTING_VERB = 1 << 8;
/** First code unit is a cased capital (changes when lowercased, not when uppercased). */
export const CAPITALISED = 1 << 9;
/** Nouns that make a phrase read as a subject even uncapitalised ("officials", "the report"). */
export const SUBJECT_NOUN = 1 << 10;
/** Prepositions that open a parenthetical before the verb ("for her part", "in a statement"). */
export const PARENTHETICAL_PREPOSITION = 1 << 11;
/** A quantity can start at this token (see mayStartQuantity). */
export const MAY_START_QUANTITY = 1 << 12;
// Single words the rules compare tokens with, in any case.
export const AND = 1 << 13;
export const THAT = 1 << 14;
export const WHERE = 1 << 15;
export const POINTED = 1 << 16;
export const OUT = 1 << 17;
export const TO = 1 << 18;
/** Every code unit is an ASCII letter or digit (no joiner, nothing else): see quantity-candidates.ts. */
export const ASCII_WORD = 1 << 19;
/** "who" or "which": opens a relative clause after a comma ("The law, which took effect in 2022, cut …"). */
export const RELATIVE = 1 << 20;
/** A subject pronoun with a modal written onto it ("she'll", "we'd"): the word after it is its verb. */
export const CONTRACTED_MODAL = 1 << 21;
/**
 * "state-owned", "majority-owned": whose a body is (OWNED_BY below). No past form, yet it opens an
 * aside set off by commas as "owned by the state" does ("The bank, majority-owned by the state, said").
 */
export const OWNED_BY_WORD = 1 << 22;
/**
 * "admits", "concedes", "maintains", "boasts" (`CONCEDING_PRESENTS`, lexicon.ts): a source's present
 * whose past reports or boasts ("admitted", "maintained"), but which as often takes an object
 * ("admits patients", "maintains roads"). No reporting verb to the clause readers; the attribution
 * reader asks `concedingReports` (conceding-in-the-present.ts) before reading one as a report
 * (decision 930).
 */
export const CONCEDING = 1 << 23;
/**
 * "maintain": a view told after "would" ("Smith would maintain that the policy was working"), but
 * as often "keep" ("would maintain that rate", "The bank will maintain rates"). No reporting verb
 * to the clause readers; the attribution reader reads it only where `wouldSayThat`
 * (would-say-that.ts) does (decision 975).
 */
export const SAID_AFTER_WOULD = 1 << 24;
const CONTRACTED_MODAL_WORD = /^(?:i|you|he|she|it|we|they)['’](?:ll|d)$/;
const SINGLE_WORDS: Record<string, number> = {
  and: AND,
  that: THAT,
  where: WHERE,
  pointed: POINTED,
  // "Smith points out that …": a noun elsewhere ("scored 20 points and …"), so no reporting verb
  // to the clause readers; `pointsOut` in attribution.ts reads it before "out" (decision 540).
  points: POINTED,
  // "Smith thinks 40% of voters …" is a person's view, as "believes" is (decision 540); a reporting
  // verb only to the attribution reader, not to the claim's kind ("what he thinks" in a debate is
  // no statement), and only a person's (attribution.ts).
  thinks: LOWERCASE_REPORTING_VERB,
  ...Object.fromEntries(CONCEDING_PRESENTS.map((w) => [w, CONCEDING])),
  maintain: SAID_AFTER_WOULD,
  out: OUT,
  to: TO,
  who: RELATIVE,
  which: RELATIVE,
};

const NOT_VERBS_AFTER = new Set([
  "the",
  "a",
  "an",
  "to",
  "be",
  "been",
  "being",
  "of",
  "and",
  "most",
  "more",
  "very",
  "well",
]);
// "ministers", "senators", "members", "leaders": roles in the plural that speak alone after a lead-in
// ("Meanwhile, ministers said"; decision 1005), where the singular is a ROLE_WORDS word.
// "familiar" stands for "people familiar with the matter", the unnamed sources of wire copy
// ("…, two people familiar with the matter said"); "people" alone would make "as far as many
// people believe" a speaker.
const SUBJECT_NOUN_RE =
  /^(sources?|officials?|experts?|analysts?|critics?|police|authorities|government|presidency|ministry|report|study|data|researchers?|scientists?|economists?|doctors?|witnesses|residents|activists|investigators|prosecutors|lawmakers|observers|diplomats|survey|poll|figures|supporters?|opponents?|protesters?|voters?|campaigners?|advocates?|historians?|engineers?|inspectors?|regulators?|firefighters?|nurses?|teachers?|parents?|farmers?|workers?|epidemiologists?|physicians?|familiar|authors?|papers?|trials?|clubs?|assessments?|inquiry|forecasters?|meteorologists?|traders?|bankers?|strategists?|pollsters?|commentators?|academics?|medics?|paramedics?|rescuers?|volunteers?|organi[sz]ers?|insiders?|aides?|legislators?|lawyers?|attorneys?|solicitors?|barristers?|controllers?|coastguard|executives|investors|shareholders|employees|managers|ministers|senators|members|leaders)$/;
// "neurologist", "psychiatrists": professions by their endings.
const PROFESSION_RE = new RegExp(`^${PROFESSION_ENDING}s?$`);
const PARENTHETICAL_PREPOSITIONS = new Set(["for", "in", "on", "at", "by", "as", "of", "with"]);
const PARTICIPLE_RE = /^[\p{L}]{3,}ing$/u;
const UPPER_OR_NUMBER_FIRST_RE = /^[\p{Lu}\p{N}]/u;
const ASCII_WORD_RE = /^[A-Za-z0-9]+$/;
const AGE_NOUN = /^\d{1,3}-year-old$/;
/**
 * "state-owned", "publicly-owned", "government-backed": whose a body is, an adjective and never
 * the verb of "The state-owned operator said" (which read as "The state owned …"). A prefix makes
 * a verb again: "The couple co-owned the shop".
 */
const OWNED_BY = /^(?!(?:co|re|pre|un|de|non)-)\p{Ll}+-(?:owned|backed|funded|controlled|financed)$/u;

/** The flags of one token text, computed from scratch. */
function computeFlags(text: string): number {
  const lower = text.toLowerCase();
  let flags = SINGLE_WORDS[lower] ?? 0;
  const irregular = IRREGULAR_PAST.has(lower);
  if (AUXILIARIES.has(lower) || irregular) flags |= ALWAYS_FINITE;
  const ownedBy = OWNED_BY.test(lower);
  if (ownedBy) flags |= OWNED_BY_WORD;
  if (irregular || (lower.length > 4 && lower.endsWith("ed") && !/^[A-Z]/.test(text) && !ownedBy)) flags |= PAST;
  if (NOT_VERBS_AFTER.has(lower)) flags |= NOT_VERB_AFTER;
  if (CONTRACTED_MODAL_WORD.test(lower)) flags |= CONTRACTED_MODAL;
  if (OBJECT_STARTERS.has(lower)) flags |= OBJECT_STARTER;
  if (UPPER_OR_NUMBER_FIRST_RE.test(text)) flags |= UPPER_OR_NUMBER_FIRST;
  if (PARTICIPLE_RE.test(lower) && !NOT_PARTICIPLES.has(lower)) flags |= PARTICIPLE;
  if (SUBJECT_PRONOUNS.has(lower)) flags |= SUBJECT_PRONOUN;
  if (COORDINATORS.has(lower)) flags |= COORDINATOR;
  if (REPORTING_VERBS.has(lower) && text === lower) flags |= LOWERCASE_REPORTING_VERB;
  const first = text[0]!;
  if (first !== first.toLowerCase() && first === first.toUpperCase()) flags |= CAPITALISED;
  // Bodies and roles speak too: "the company said", "a spokesperson for the airline said".
  // …and in the plural: "the unions said", "the ministries said".
  if (
    SUBJECT_NOUN_RE.test(lower) ||
    PROFESSION_RE.test(lower) ||
    ORGANISATION_WORDS.has(lower) ||
    ROLE_WORDS.has(lower) ||
    // "…, the 23-year-old said": a person named by age.
    AGE_NOUN.test(lower) ||
    // …a plural only as a lowercase word: "Banks" is a surname.
    (text === lower && isOrganisationPlural(lower))
  )
    flags |= SUBJECT_NOUN;
  if (PARENTHETICAL_PREPOSITIONS.has(lower)) flags |= PARENTHETICAL_PREPOSITION;
  if (mayStartQuantity(text)) flags |= MAY_START_QUANTITY;
  if (ASCII_WORD_RE.test(text)) flags |= ASCII_WORD;
  return flags;
}

// Cache of computed flags, an open-addressing table keyed by the token's code units: a token is
// hashed and compared where it stands in the body, so looking a word up allocates nothing. Keys
// are copied into one pool of code units (comparing with typed-array reads is several times
// cheaper than with strings, and no key keeps an article's body alive). News vocabulary is a few
// tens of thousands of words; the table is emptied when half full or when the pool is, so
// unusual input cannot grow it, and when a word gate is added (cached gate bits would be
// incomplete).
const SLOTS = 1 << 16;
const MAX_CACHED = SLOTS >> 1;
const POOL_SIZE = 1 << 20;
/** Per slot: the key's hash, its flags, its word gates (gateBits of the key), its offset in the pool and its length (0 when empty). */
const slotData = new Int32Array(5 * (SLOTS + 1));
/** Longer tokens (a long run of digits or letters) are not cached: they go to the extra slot SLOTS. */
const MAX_KEY = 64;
const pool = new Uint16Array(POOL_SIZE);
let poolUsed = 0;
let cached = 0;
let cachedGatesVersion = -1;

/**
 * Slot of the token body[start, end) (non-empty) in the word table, for flagsOf and gatesOf;
 * `h` is the FNV-1a hash of its code units (FNV_OFFSET, then h = Math.imul(h ^ unit, FNV_PRIME)
 * per unit), which the tokenizer computes while it scans.
 */
export function wordSlot(body: string, start: number, end: number, h: number): number {
  if (cachedGatesVersion !== gatesVersion()) {
    clearCache();
    cachedGatesVersion = gatesVersion();
  }
  const len = end - start;
  let p = (h ^ (h >>> 16)) & (SLOTS - 1);
  for (; ; p = (p + 1) & (SLOTS - 1)) {
    const slotLen = slotData[5 * p + 4]!;
    if (slotLen === 0) break;
    if (slotData[5 * p] === h && slotLen === len) {
      const at = slotData[5 * p + 3]!;
      let k = 0;
      while (k < len && body.charCodeAt(start + k) === pool[at + k]) k++;
      if (k === len) return p;
    }
  }
  if (len > MAX_KEY) return uncachedSlot(body.slice(start, end));
  if (cached >= MAX_CACHED || poolUsed + len > POOL_SIZE) {
    clearCache();
    p = (h ^ (h >>> 16)) & (SLOTS - 1);
  }
  const text = body.slice(start, end);
  for (let k = 0; k < len; k++) pool[poolUsed + k] = text.charCodeAt(k);
  slotData[5 * p] = h;
  slotData[5 * p + 1] = computeFlags(text);
  slotData[5 * p + 2] = gateBits(text);
  slotData[5 * p + 3] = poolUsed;
  slotData[5 * p + 4] = len;
  poolUsed += len;
  cached++;
  return p;
}

function uncachedSlot(text: string): number {
  slotData[5 * SLOTS + 1] = computeFlags(text);
  slotData[5 * SLOTS + 2] = gateBits(text);
  return SLOTS;
}

function clearCache(): void {
  slotData.fill(0);
  poolUsed = 0;
  cached = 0;
}

/** Flags of the word in slot `p`. */
export function flagsOf(p: number): number {
  return slotData[5 * p + 1]!;
}

/** gateBits() of the word in slot `p`. */
export function gatesOf(p: number): number {
  return slotData[5 * p + 2]!;
}

import { adverbInThePerfect, isLyAdverb } from "./adverb-in-the-perfect.ts";
import { opensWithIndefiniteHead } from "./indefinite-head-speaker.ts";
import { AUXILIARIES, EVIDENCE_NOUNS, JOINERS, PERFECT_HAVE } from "./lexicon.ts";
import { FIRST_OPENS } from "./person-titles.ts";
import { partyAlone, seatOrTitle } from "./title-after-name.ts";
import { timeBeforeSpeaker } from "./time-before-speaker.ts";
import type { Token } from "./tokens.ts";
import { ALWAYS_FINITE, CAPITALISED, PAST } from "./word-flags.ts";

/**
 * Whether a phrase can name who is speaking: a name, title or noun phrase ("Council member
 * Robert Hayes", "grid operator Terna", "two EU officials", "she"), not a clause or a debate
 * speaker's own voice ("I can't", "We have never", "I've", "And I", "Six months after he").
 */

/**
 * Words a speaker's name or title never holds: the speaker's own voice, clause openers,
 * negations, time, the infinitive's "to" ("X wants to confirm that").
 */
const NEVER_IN_SPEAKER = new Set(
  (
    "i we you me us my our your that who whom which whose what if when as because where while not never " +
    "also just but or so then after before since ago once even recently later earlier still already again to " +
    "ever always today yesterday having being"
  ).split(" "),
);
/** Words a speaker's name or title does not start with. */
/** They speak for no one, but may open what someone said: "said all removals followed due process". */
const QUANTIFYING_SUBJECTS = new Set(["all", "everyone", "everybody"]);
/** Not a speaker's first word: "everyone", and a speech participle ("saying its members' own data"). */
const NEVER_OPENS_SPEAKER = new Set(
  "anyone anybody nobody everybody everyone someone somebody all saying adding noting claiming arguing insisting".split(
    " ",
  ),
);
/** Conjunctions and fillers before a speaker, dropped: "And Business Week … said", "…, where the Red Cross said". */
const LEADING_FILLERS = new Set("and but so yet now well where like".split(" "));
const DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "its", "their", "his", "her"]);
/** Pronouns stand for a speaker only on their own ("he said", not "He even said" kept whole). */
const PRONOUNS = new Set(["he", "she", "they", "it"]);
/** Adverbs written between a speaker and the verb, or before the speaker: "Sam Rayburn once said". */
export const SPEAKER_ADVERBS = new Set(
  "once twice even also recently later earlier then still already again reportedly publicly repeatedly previously initially first ultimately finally often further falsely wrongly".split(
    " ",
  ),
);
/**
 * Adverbs that stand only after a perfect's auxiliary, before the verb: "Ministers have since
 * said", "Critics have long said". Not stripped where a speaker starts ("Since the bank said …"
 * opens a clause).
 */
const AFTER_PERFECT_ADVERBS = new Set(["since", "long"]);
/** Words that end the subject of a reported clause: "said [$200,000] but he also says …" is no clause. */
const CLAUSE_BREAKERS = new Set(
  "but or so then if when because while as what who which whom whose how why that".split(" "),
);

/** A word as the lists hold it: lowercase, without a contraction ("I've" → "i", "That's" → "that"). */
function listForm(word: string): string {
  const lower = word.toLowerCase();
  let apostrophe = lower.indexOf("'");
  if (apostrophe < 0) apostrophe = lower.indexOf("’");
  return apostrophe > 0 ? lower.slice(0, apostrophe) : lower;
}

function wordAt(body: string, t: Token): string {
  const written = body.slice(t.start, t.end);
  // "US", "UK": an abbreviation in capitals, not the pronoun "us".
  // Asked only of a second char that is there: a read past the end deopts the compiled function (decision 760).
  const second = written.length > 1 ? written.charCodeAt(1) : 0;
  if (second >= 65 && second <= 90 && ALL_CAPITALS.test(written)) return `${written.toLowerCase()}.`;
  return listForm(written);
}

const ALL_CAPITALS = /^\p{Lu}+$/u;

/** "19-year-old": a person's age before the noun that names them. */
export const AGE_BEFORE_NOUN = /^\d{1,3}-year-old$/;

/** Words after which "to" describes whom people stand by, not an infinitive. */
const TO_AFTER = new Set(["close", "closest", "loyal", "near"]);
/** "as many as", "as much as", "as few as", "as little as": a figure's qualifier. */
export const AS_MANY = new Set(["many", "much", "few", "little"]);

const SHARE_DENOMINATORS = new Set(
  "two three four five six seven eight nine ten twenty hundred thousand every".split(" "),
);

/**
 * Checks the words of a speaker phrase, in list form; `nameNumberAt` is the index of a last word
 * that is a number closing a name ("Channel 4"), or -1.
 */
function plausibleWords(words: readonly string[], nameNumberAt = -1, maxWords = 10): boolean {
  if (words.length === 0 || words.length > maxWords || NEVER_OPENS_SPEAKER.has(words[0]!)) return false;
  // "The claim that …": a determiner alone names nobody.
  if (words.every((w) => DETERMINERS.has(w))) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "Sources close to the club", "aides loyal to the mayor": "to" after such a word is no infinitive.
    if (w === "to" && i > 0 && TO_AFTER.has(words[i - 1]!)) continue;
    if (NEVER_IN_SPEAKER.has(w) || (words.length > 1 && PRONOUNS.has(w))) return false;
    // A number after the first word is a date or a count, not part of a name ("Carter in November of 1975").
    // An age is no count: "A 19-year-old man from Guinea told …".
    if (i > 0 && i !== nameNumberAt && /^\d/.test(w) && !AGE_BEFORE_NOUN.test(w)) return false;
    // "One in four adults said …" reports a share of people (a survey's figure), not a speaker.
    if (i > 1 && words[i - 1] === "in" && SHARE_DENOMINATORS.has(w)) return false;
  }
  return true;
}

/**
 * A subject that opens its sentence ("The minister", "The AP") as a speaker's phrase, its "The" in
 * lowercase as the claimant reader takes it ("the AP"); null when it names no speaker.
 */
export function openingSpeakerPhrase(written: string): string | null {
  if (!plausibleSpeakerName(written.replace(/^The\s+/, ""))) return null;
  return written.startsWith("The ") ? `the${written.slice(3)}` : written;
}

// Quotations in an article name the same few speakers again and again (bounded like a cache).
const checkedNames = new Map<string, boolean>();

/** For a name matched by a regex around a quotation ("And I said: “…"): can it be a speaker? */
export function plausibleSpeakerName(name: string): boolean {
  let ok = checkedNames.get(name);
  if (ok === undefined) {
    const written = name.split(/\s+/).filter(Boolean);
    const last = written.length - 1;
    ok =
      !opensWithIndefiniteHead(written[0]!, written[1]) &&
      plausibleWords(written.map(listForm), closesName(written[last - 1], written[last]!) ? last : -1);
    if (checkedNames.size >= 1024) checkedNames.clear();
    checkedNames.set(name, ok);
  }
  return ok;
}

/**
 * Tokens [from, to) as a speaker: no auxiliary or irregular past (an "-ed" word is an adjective
 * here: "unnamed sources", "retired general"), no dash or bracket between its words, and words
 * that `plausibleWords` accepts.
 */
export function plausibleSpeaker(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  const maxWords = maxSpeakerTokens(body, tokens, from, to);
  if (to <= from || to - from > maxWords) return false;
  // "The Federal Aviation Administration (FAA) said": the name before its short form speaks.
  const shortForm = shortFormStart(body, tokens, from, to);
  if (shortForm > from) return plausibleSpeaker(body, tokens, from, shortForm);
  // "Sarah Owen (Milton Keynes, Labour) said": the member's name before their seat and party.
  const seat = bracketedSeatStart(body, tokens, from, to);
  if (seat > from) return plausibleSpeaker(body, tokens, from, seat);
  const second = from + 1 < to ? tokens[from + 1]! : undefined;
  const head = tokens[from]!;
  // Flags first: the words are sliced only where both are capitalised. A verb after the head
  // makes a title of the two ("Anything Goes", a musical), which keeps its reading.
  if (
    second &&
    (head.flags & second.flags & CAPITALISED) !== 0 &&
    (second.flags & ALWAYS_FINITE) === 0 &&
    opensWithIndefiniteHead(body.slice(head.start, head.end), body.slice(second.start, second.end))
  )
    return false;
  const words: string[] = [];
  for (let t = from; t < to; t++) {
    // "The Left party": a capitalised word inside a name is no verb, whatever its letters.
    // "Met Éireann", "Met Office": a capitalised first word before another is a name's too.
    // Not an auxiliary opening a question: "Did Smith say …?", "Has Labour said …?".
    const inName =
      (tokens[t]!.flags & CAPITALISED) !== 0 &&
      (t > from ||
        (t + 1 < to && (tokens[t + 1]!.flags & CAPITALISED) !== 0 && !AUXILIARIES.has(wordAt(body, tokens[t]!))));
    // "People familiar with the plans": a present form after a determiner is a plural noun.
    if (tokens[t]!.flags & ALWAYS_FINITE && !inName && !nounAfterDeterminer(body, tokens, t, from)) return false;
    // A past form right after a name is its verb: "Ortega rejected claims that …", "Ortega disputed".
    if (
      t > from &&
      !inName &&
      tokens[t]!.flags & PAST &&
      tokens[t - 1]!.flags & CAPITALISED &&
      !NAMING_PARTICIPLES.has(wordAt(body, tokens[t]!)) &&
      !documentParticiple(body, tokens, t)
    )
      return false;
    if (t > from && /[-–—()[\]“”"]/.test(body.slice(tokens[t - 1]!.end, tokens[t]!.start))) return false;
    words.push(wordAt(body, tokens[t]!));
  }
  const last = to - from - 1;
  // "Laura 20% has said" is no name: the number must stand alone.
  const numberEnd = tokens[to - 1]!.end;
  const named =
    last > 0 &&
    (numberEnd === body.length || body.charCodeAt(numberEnd) === 32) &&
    closesName(body.slice(tokens[to - 2]!.start, tokens[to - 2]!.end), words[last]!);
  return plausibleWords(words, named ? last : -1, maxWords);
}

/** Is token t a word in "-s" right after a determiner inside the phrase ("the plans", "its talks")? */
function nounAfterDeterminer(body: string, tokens: readonly Token[], t: number, from: number): boolean {
  const word = tokens[t]!;
  return (
    t > from &&
    word.end - word.start >= 4 &&
    body.charCodeAt(word.end - 1) === 115 &&
    DETERMINERS.has(wordAt(body, tokens[t - 1]!)) &&
    !VERBS_IN_S.has(wordAt(body, word))
  );
}
/** Present forms in "-s" that are never nouns: "this does", "that says". */
const VERBS_IN_S = new Set(["does", "says", "goes", "seems", "means"]);

/**
 * At most 10 words name a speaker; a department whose list of areas holds commas, or one named
 * in capitals after "for", "of" or "at", may take 14 ("A spokesperson for the Ministry of
 * Housing, Communities and Local Government", "… for the Department for Energy Security and Net Zero").
 */
export function maxSpeakerTokens(body: string, tokens: readonly Token[], from: number, to: number): number {
  if (to - from <= 10) return 10;
  for (let t = from + 1; t < to; t++) if (body.charCodeAt(tokens[t - 1]!.end) === 44) return 14;
  return namedBodyAfterPreposition(body, tokens, from, to) ? 14 : 10;
}

const NAME_JOINERS = new Set(["and", "of", "for", "the", "&", "on"]);

/** Do tokens [from, to) end with "for"/"of"/"at" and a body's name in capitals ("for the Department for Energy Security and Net Zero")? */
function namedBodyAfterPreposition(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  let k = from + 1;
  while (k < to && !NAME_PREPOSITIONS.has(wordAt(body, tokens[k]!))) k++;
  if (k >= to - 1) return false;
  for (let t = k + 1; t < to; t++)
    if (!(tokens[t]!.flags & CAPITALISED) && !NAME_JOINERS.has(wordAt(body, tokens[t]!))) return false;
  return (tokens[to - 1]!.flags & CAPITALISED) !== 0;
}
const NAME_PREPOSITIONS = new Set(["for", "of", "at"]);

/**
 * Where a short form in brackets that ends tokens [from, to) starts ("(FAA)", "(Cal Fire)"), or
 * -1. The name before it has two words or more, and the verb follows the bracket ("WASHINGTON
 * (Reuters) - said" is a dateline).
 */
function shortFormStart(body: string, tokens: readonly Token[], from: number, to: number): number {
  const closing = tokens[to - 1]!.end;
  if (body.charCodeAt(closing) !== 41) return -1;
  const next = tokens[to];
  if (next && !/^\),?\s+$/.test(body.slice(closing, next.start))) return -1;
  for (let k = to - 1; k > from + 1 && to - k <= 3; k--) {
    if (!(tokens[k]!.flags & CAPITALISED)) return -1;
    const gap = body.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (gap === " (") return k;
    if (gap !== " ") return -1;
  }
  return -1;
}

/**
 * Where a seat and a party in brackets that end tokens [from, to) start ("(Milton Keynes,
 * Labour)", "(Luton North, Labour)"), or -1: a party alone after the bracket's one comma, a seat
 * or title before it, and the verb right after the bracket.
 */
function bracketedSeatStart(body: string, tokens: readonly Token[], from: number, to: number): number {
  const closing = tokens[to - 1]!.end;
  if (body.charCodeAt(closing) !== 41) return -1;
  const next = tokens[to];
  if (next && !/^\)\s+$/.test(body.slice(closing, next.start))) return -1;
  let comma = -1;
  for (let k = to - 1; k > from + 1 && to - k <= 8; k--) {
    const gap = body.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (gap === ", " && comma < 0) comma = k;
    else if (gap === " (")
      return comma > k && partyAlone(body, tokens, comma, to) && seatOrTitle(body, tokens, k, comma) ? k : -1;
    else if (gap !== " ") return -1;
  }
  return -1;
}

/** "Channel 4", "Apollo 11": a short number after a capitalised word ends a name. */
function closesName(previous: string | undefined, word: string): boolean {
  return previous !== undefined && CAPITAL_THEN_LOWER.test(previous) && SHORT_NUMBER.test(word);
}
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const SHORT_NUMBER = /^\d{1,4}$/;

/**
 * [from, to) less adverbs at either end, a leading "and"/"but"/"now" and a closing "has": "Sam
 * Rayburn once", "Recently Ian Smith", "He even", "And Business Week", "Johnson has".
 */
export function withoutSpeakerAdverbs(
  body: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): { from: number; to: number } {
  // "House Speaker Mike Johnson has said": the auxiliary belongs to the verb.
  // "Mark Kelly", "Anne Connolly": a capitalised word in "-ly" ends a name, not an adverb.
  // "Berg has always said" (decision 1130): a habit's adverb right after the auxiliary, too.
  while (
    to - from > 1 &&
    (trailsSpeaker(wordAt(body, tokens[to - 1]!), (tokens[to - 1]!.flags & CAPITALISED) !== 0) ||
      adverbInThePerfect(body, tokens, to - 1))
  )
    to--;
  // "Last week the tenants said", "Last year Smith said": a time written before the speaker.
  from += timeBeforeSpeaker(body, tokens, from, to);
  while (
    to - from > 1 &&
    !opensFirstTitle(body, tokens, from) &&
    (SPEAKER_ADVERBS.has(wordAt(body, tokens[from]!)) ||
      LEADING_FILLERS.has(wordAt(body, tokens[from]!)) ||
      // "…, although economists say": a joining word is dropped before a speaker only.
      JOINERS.has(wordAt(body, tokens[from]!)))
  )
    from++;
  // "Earlier today a spokeswoman said": a time after the adverb (decision 820).
  from += timeBeforeSpeaker(body, tokens, from, to);
  return { from, to };
}

/**
 * "First Minister Eluned Morgan", "First Lady Jill Biden": a capitalised "First" before a title it
 * opens is the title's own first word, not the adverb of "First, Smith said" or of "First
 * President Trump said" (no such title).
 */
function opensFirstTitle(body: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next === undefined || body.slice(tokens[at]!.start, tokens[at]!.end) !== "First") return false;
  return FIRST_OPENS.has(body.slice(next.start, next.end));
}

/** Is the token an adverb written between a speaker and the verb ("also", "later", "previously")? */
export function isSpeakerAdverb(body: string, t: Token): boolean {
  return t.end - t.start <= 12 && SPEAKER_ADVERBS.has(wordAt(body, t));
}

/**
 * An adverb or a perfect auxiliary between an aside's comma and the verb: "Hartley, a
 * Republican, also said", "Frank LaRose, a Republican, has said".
 */
export function standsBeforeSpeechVerb(body: string, t: Token): boolean {
  if (t.end - t.start > 12) return false;
  const w = wordAt(body, t);
  return SPEAKER_ADVERBS.has(w) || PERFECT_HAVE.has(w) || AFTER_PERFECT_ADVERBS.has(w);
}

/** Words after a speaker's name that are not part of it: "once", "correctly", a closing "has". */
function trailsSpeaker(word: string, capitalised: boolean): boolean {
  return (
    SPEAKER_ADVERBS.has(word) ||
    PERFECT_HAVE.has(word) ||
    AFTER_PERFECT_ADVERBS.has(word) ||
    isLyAdverb(word, capitalised)
  );
}

/** Past forms that name rather than report after a capitalised word: "the Polish armed forces". */
const NAMING_PARTICIPLES = new Set(["armed", "united", "allied", "combined", "elected", "organised", "organized"]);

/**
 * "Data compiled by analytics firm 46brooklyn Research show …": a participle after a document's
 * noun says whose the document is; it is not the verb of a speaker named "Data".
 */
function documentParticiple(body: string, tokens: readonly Token[], t: number): boolean {
  return (
    DOCUMENT_PARTICIPLES.has(wordAt(body, tokens[t]!)) && EVIDENCE_NOUNS.has(wordAt(body, tokens[t - 1]!).toLowerCase())
  );
}
const DOCUMENT_PARTICIPLES = new Set(["compiled", "published", "released", "collected", "gathered", "obtained"]);

/** The subject of a reported clause ("said [the lanes] would hurt", "said [12 people] had died", "said [he] would"). */
export function plausibleClauseSubject(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  // "said a big old red brick school in the north district was destroyed": up to 12 words.
  if (to - from > 12) return false;
  for (let t = from; t < to; t++) {
    const w = wordAt(body, tokens[t]!);
    const opensNothing = NEVER_OPENS_SPEAKER.has(w) && !QUANTIFYING_SUBJECTS.has(w);
    // "said as many as 40 per cent of institutions could …": the second "as" of a figure's qualifier.
    if (w === "as" && t > from && AS_MANY.has(wordAt(body, tokens[t - 1]!))) continue;
    if (t === from ? opensNothing || LEADING_FILLERS.has(w) : CLAUSE_BREAKERS.has(w)) {
      // "said [people who walk more] may …": a relative clause right after the subject's noun.
      if (w === "who" && t > from && t + 1 < to) continue;
      return false;
    }
  }
  return true;
}

// A fact-check's pronoun maker whose person the extractor's memory does not hold (decision 795):
// "Nigel Farage spoke at a rally in Clacton on Friday. He told LBC on Monday." names him without a
// reporting verb, so no person was noted; "Nigel Farage said …. The figures are published every
// quarter. He told LBC on Monday." names him a sentence further back. The column is read here,
// only for the pronoun maker's sentence, so the memory the rest of the extractor trusts is unchanged.
// A surname alone opening that sentence counts when the article named the person in full before it
// ("Farage spoke at a rally in Clacton on Friday."; decision 815).

import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { ClaimantMemory } from "./claimant.ts";
import { isPersonNoun } from "./article-pronoun.ts";
import { claimantFromPhrase } from "./claimant.ts";
import { isDayOrMonthAt } from "./day-or-month-at.ts";
import { isCommonWord } from "./sentence-openers.ts";
import { mayBeGivenName } from "./person-titles.ts";

type Span = { start: number; end: number };

/** A name of two or three capitalised words opening a sentence, then a word in lower case: "Nigel Farage spoke". */
const OPENING_NAME = /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}) (?=\p{Ll})/u;
/** A surname alone opening a sentence, then a word in lower case: "Farage spoke" (decision 815). */
const OPENING_SURNAME = /^(\p{Lu}[\p{Ll}-]+) (?=\p{Ll})/u;
const WORD = /[\p{L}'’-]+/gu;
/** A sentence's end inside a name read by the memory: "Nigel Farage. Farage". */
const SENTENCE_END = /[.!?] /;
/** The capitalised word right before a space: "Jo " in "his brother Jo Johnson". */
const WORD_BEFORE = /(\p{Lu}[\p{Ll}'’-]+) $/u;
/** A place's name follows these: "at a rally in Clacton", "on GB News". */
const PLACE_WORDS = new Set(["in", "at", "near", "from", "on"]);

/**
 * The person a "He" or "She" (`pronoun`) stands for when the sentence before (`previous`) opens
 * with their name and names no one else, or names no one at all and the one before it
 * (`earlier`) opens with their name so, and where that sentence opens; else null. When both open
 * with a name, the pronoun may be either ("Nigel Farage said …. Yvette Cooper disagreed. He told
 * LBC."): null.
 */
export function personNamedEarlier(
  body: string,
  previous: Span,
  earlier: Span | undefined,
  pronoun: "he" | "she",
  memory: ClaimantMemory,
): { person: Claimant; at: number } | null {
  const named = personOpening(body, previous, pronoun, memory);
  if (named !== undefined) {
    const before = earlier === undefined ? null : nameOpening(body, earlier, memory);
    return named !== null && (before === null || before === named.name) ? { person: named, at: previous.start } : null;
  }
  if (earlier === undefined || otherNames(body.slice(previous.start, previous.end), 0) !== 0) return null;
  const person = personOpening(body, earlier, pronoun, memory) ?? null;
  return person === null ? null : { person, at: earlier.start };
}

/**
 * The person whose name opens the sentence at `span`, when it names no one else and fits the
 * pronoun; null when it opens so but does not; undefined when no name opens it.
 */
function personOpening(
  body: string,
  span: Span,
  pronoun: "he" | "she",
  memory: ClaimantMemory,
): Claimant | null | undefined {
  const text = body.slice(span.start, span.end);
  const m = OPENING_NAME.exec(text);
  let person: Claimant;
  let length: number;
  if (m !== null) {
    // "Home Office figures show …", "Full Fact asked …": a given name is no common word.
    if (isCommonWord(m[1]!.slice(0, m[1]!.indexOf(" ")).toLowerCase())) return undefined;
    person = claimantFromPhrase(m[1]!);
    length = m[0].length;
  } else {
    const full = surnameNamedInFullBefore(body, span, memory);
    if (full === null) return undefined;
    person = full.person;
    length = full.length;
  }
  if (person.type !== "person" || otherNames(text, length) !== 0 || !memory.fitsPronoun(person, pronoun)) return null;
  return person;
}

/** The name that opens the sentence at `span` as written, or a surname's full name; null when none does. */
function nameOpening(body: string, span: Span, memory: ClaimantMemory): string | null {
  const m = OPENING_NAME.exec(body.slice(span.start, span.end));
  return m !== null ? m[1]! : (surnameNamedInFullBefore(body, span, memory)?.person.name ?? null);
}

/**
 * "Farage spoke at a rally in Clacton on Friday." after "Nigel Farage" earlier in the article: the
 * surname alone that opens the sentence at `span`, as the person named in full before it, and its
 * length with the space after it. One capitalised word is no name by itself ("Brexit", "Clacton"
 * open sentences too): only a surname whose full name the article has already written counts.
 */
function surnameNamedInFullBefore(
  body: string,
  span: Span,
  memory: ClaimantMemory,
): { person: Claimant; length: number } | null {
  const m = OPENING_SURNAME.exec(body.slice(span.start, Math.min(span.end, span.start + 40)));
  if (m === null || isCommonWord(m[1]!.toLowerCase())) return null;
  const surname = m[1]!;
  const person = memory.knownPersonBySurname(surname);
  // "said Nigel Farage. Farage spoke": a name read across a sentence's end is no full name.
  if (person === null || !person.name.endsWith(` ${surname}`) || SENTENCE_END.test(person.name)) return null;
  const at = body.indexOf(person.name);
  if (at < 0 || at >= span.start || givenAnotherName(body, span.start, surname, person.name)) return null;
  return { person, length: m[0].length };
}

/**
 * Does body[0, end) write `surname` with a given name other than fullName's ("Boris Johnson …
 * his brother Jo Johnson … Johnson repeated them")? Then the surname alone may be either
 * (decision 815's review). Titles and words that open sentences ("Mr Johnson", "When Johnson")
 * are no given names.
 */
function givenAnotherName(body: string, end: number, surname: string, fullName: string): boolean {
  const own = new Set(fullName.split(" ").slice(0, -1));
  for (let i = body.indexOf(` ${surname}`); i >= 0 && i < end; i = body.indexOf(` ${surname}`, i + 1)) {
    const given = WORD_BEFORE.exec(body.slice(Math.max(0, i - 24), i + 1));
    if (given !== null && !own.has(given[1]!) && mayBeGivenName(given[1]!)) return true;
  }
  return false;
}

/**
 * How many people or bodies text[from, …) may name: capitalised words that are not a day, a month
 * or a place after "in", "at" …, and words for a person ("the woman", "a nurse"). Its first word
 * opens the sentence and counts only when it is no common word ("The", "It" do not). Not
 * article-pronoun.ts's namesNoOneElse, which knows the person and skips their name and title: here
 * the person is not yet known, so a caller counts from past the opening name, and a plural of any
 * word for a person ("economists") counts, where that reader drops the "s" only of PERSON_NOUNS.
 */
function otherNames(text: string, from: number): number {
  let names = 0;
  let previous = "";
  let inPlace = false;
  const rest = text.slice(from);
  for (const m of rest.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const capitalised = word !== lower;
    if (capitalised) {
      // A place's name runs on over its capitalised words ("in Hebden Bridge").
      inPlace = inPlace || PLACE_WORDS.has(previous);
      const opening = from === 0 && m.index === 0 && isCommonWord(lower);
      if (!opening && !inPlace && !isDayOrMonthAt(rest, m.index, word)) names++;
    } else {
      inPlace = false;
      if (isPersonNoun(lower.endsWith("s") ? lower.slice(0, -1) : lower) || isPersonNoun(lower)) names++;
    }
    previous = lower;
  }
  return names;
}

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
import { surnameStandsFor } from "./surname-for-a-full-name.ts";
import { someoneAfterIn } from "./someone-after-in.ts";
import { writtenAsAPlace } from "./name-written-as-a-place.ts";

type Span = { start: number; end: number };

/** A name of two or three capitalised words opening a sentence, then a word in lower case: "Nigel Farage spoke". */
const OPENING_NAME = /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}) (?=\p{Ll})/u;
/** A surname alone opening a sentence, then a word in lower case: "Farage spoke" (decision 815). */
const OPENING_SURNAME = /^(\p{Lu}[\p{Ll}-]+) (?=\p{Ll})/u;
const WORD = /[\p{L}'’-]+/gu;
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
  // "Hebden Bridge flooded on Friday.": a place the article writes as one opens it, no one (decision 855).
  const place = placeOpening(body, previous, pronoun, memory);
  const named = place === 0 ? personOpening(body, previous, pronoun, memory) : undefined;
  if (named !== undefined) {
    const before = earlier === undefined ? null : nameOpening(body, earlier, memory);
    return named !== null && (before === null || before === named.name) ? { person: named, at: previous.start } : null;
  }
  if (earlier === undefined || otherNames(body.slice(previous.start, previous.end), place) !== 0) return null;
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

/**
 * The length, with the space after it, of the place's name that opens the sentence at `span`
 * ("Hebden Bridge flooded", "Clacton voted"), when the article writes it as a place, the memory
 * holds no person of that surname and the sentence does not give the name the maker's pronoun
 * ("Victoria said she disagreed"; decision 855's review); 0 otherwise.
 */
export function placeOpening(body: string, span: Span, pronoun: "he" | "she", memory: ClaimantMemory): number {
  const text = body.slice(span.start, span.end);
  if (text.includes(` ${pronoun} `)) return 0;
  const m = OPENING_NAME.exec(text) ?? OPENING_SURNAME.exec(text.slice(0, 40));
  if (m === null || isCommonWord(m[1]!.split(" ", 1)[0]!.toLowerCase())) return 0;
  if (!m[1]!.includes(" ") && memory.knownPersonBySurname(m[1]!) !== null) return 0;
  return writtenAsAPlace(body, m[1]!) ? m[0].length : 0;
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
  if (person === null || !surnameStandsFor(body, span.start, surname, person)) return null;
  return { person, length: m[0].length };
}

/**
 * How many people or bodies text[from, …) may name: capitalised words that are not a day, a month
 * or a place after "in", "at" …, and words for a person ("the woman", "a nurse"). Its first word
 * opens the sentence and counts only when it is no common word ("The", "It" do not). Not
 * article-pronoun.ts's namesNoOneElse, which knows the person and skips their name and title: here
 * the person is not yet known, so a caller counts from past the opening name, and a plural of any
 * word for a person ("economists") counts, where that reader drops the "s" only of PERSON_NOUNS.
 */
export function otherNames(text: string, from: number): number {
  let names = 0;
  let previous = "";
  let inPlace = false;
  const rest = text.slice(from);
  for (const m of rest.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const capitalised = word !== lower;
    if (capitalised) {
      // A place's name runs on over its capitalised words ("in Hebden Bridge"); not a person's after
      // "had faith in", "confided in" (decision 855).
      inPlace = inPlace || (PLACE_WORDS.has(previous) && !someoneAfterIn(rest, m.index));
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

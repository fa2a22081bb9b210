/**
 * A "who" clause of one word before the sentence's main verb: "Some 40% of households who rent pay
 * more than £900 a month" gives "households who rent" (decision 1140). Decision 960's reader
 * (`whoClauseBeforeMainVerb`) reads a main verb only after a second word that may end the clause
 * ("who rent homes pay"); a lone verb ends no clause it knows, so one word before the main verb gave
 * none.
 */
import {
  ADVERBS_AFTER_A_VERB,
  ADVERBS_BEFORE_A_VERB,
  AUXILIARIES,
  HABIT_ADVERBS,
  NOUNS_BEFORE_A_NOUN,
  OPENING_ADVERBS,
  PLURAL_PRESENT_VERBS,
  SENTENCE_ADVERBS,
  showsAVerb,
} from "./lexicon.ts";
import { presentVerbByItsWord } from "./present-verb-by-its-word.ts";

/** A lowercase word of three letters or more, as a verb's plain present or past is: "rent", "smoke", "retired". */
const PLAIN_VERB = /^\p{Ll}{3,}$/u;
/**
 * A price a verb of money takes: "pay £900", "pay more than £900", "spend less than $50". Only a
 * price: "who buy food more than once", "who drink alcohol more than 14 units" have the clause's
 * object before a figure or "more", and that object is no main verb.
 */
const A_PRICE_AFTER = /^[ \u00a0]+(?:(?:more|less)[ \u00a0]+than[ \u00a0]+)?[£$€]\d/u;

/** An adverb, not the clause's verb: "who just", "who often", "who still", "who really". */
function isAdverb(word: string): boolean {
  return (
    word.endsWith("ly") ||
    ADVERBS_BEFORE_A_VERB.has(word) ||
    HABIT_ADVERBS.has(word) ||
    OPENING_ADVERBS.has(word) ||
    SENTENCE_ADVERBS.has(word) ||
    ADVERBS_AFTER_A_VERB.has(word)
  );
}

/**
 * Is `main`, right after the clause's one word `verb` ending at `verbEnd` of `text`, the sentence's
 * main verb? `verb` must be a verb, no adverb ("who just pay more" has no clause). `main` is an
 * auxiliary ("who drive are over 50"), a present of `PLURAL_PRESENT_VERBS` ("who smoke want to
 * quit"; not "live", "smoke", "sleep", nouns before a noun as often: "who want live music"), or a
 * verb on no list that takes a price after it, read by decision 1000's `presentVerbByItsWord` ("who
 * rent pay more than £900").
 */
export function mainVerbAfterOneWord(text: string, verb: string, main: string, verbEnd: number): boolean {
  if (!PLAIN_VERB.test(verb) || isAdverb(verb) || isAdverb(main)) return false;
  if (AUXILIARIES.has(main)) return true;
  if (PLURAL_PRESENT_VERBS.has(main)) return !NOUNS_BEFORE_A_NOUN.has(main);
  const mainEnd = text.indexOf(main, verbEnd) + main.length;
  const price = A_PRICE_AFTER.exec(text.slice(mainEnd, mainEnd + 24));
  if (price === null || !presentVerbByItsWord(text, verbEnd)) return false;
  return !verbBeforeClauseEnd(text.slice(mainEnd + price[0].length, mainEnd + price[0].length + 48));
}

/** The words of a clause up to its end: a stop, a comma, a colon, a semicolon; not a figure's "30,000". */
const TO_CLAUSE_END = /^(?:[^.,;:!?]|[.,](?=\d))*/u;
/** A lowercase word. */
const LOWERCASE_WORD = /\p{Ll}+/gu;

/**
 * Does a verb stand in `rest` (after the price) before the clause's end? "workers who demand pay
 * more than £30,000 are managers": "pay" was the clause's object, "are" the main verb (decision
 * 1140).
 */
function verbBeforeClauseEnd(rest: string): boolean {
  const words = TO_CLAUSE_END.exec(rest)![0].match(LOWERCASE_WORD) ?? [];
  return words.some((w) => showsAVerb(w) || PLURAL_PRESENT_VERBS.has(w));
}

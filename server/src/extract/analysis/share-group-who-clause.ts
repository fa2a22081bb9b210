/** The "who" clause that narrows a share's group: "among women who work part-time", "of voters who backed Labour". */
import {
  ADVERBS_AFTER_A_VERB,
  ADVERBS_IN_S,
  AUXILIARIES,
  CLAUSE_TAKING_VERBS,
  FINITE_BE,
  HOW_OFTEN_AT_A_CLAUSES_END,
  NOUNS_BEFORE_A_NOUN,
  PLURAL_PRESENT_VERBS,
  PLURALS_BEFORE_A_NOUN,
  REPORTING_VERBS,
  VERBS_BEFORE_A_BARE_VERB,
  showsAVerb,
  isYear,
} from "./lexicon.ts";
import { isListedGroupHead } from "./share-group-heads.ts";
import { presentVerbByItsWord } from "./present-verb-by-its-word.ts";
import { mainVerbAfterOneWord } from "./share-group-one-word-clause.ts";
import { WORD } from "./share-group-text.ts";

/**
 * "among women who work part-time.", "among voters who backed Labour in 2019, the poll found": a
 * "who" clause of up to six words that runs to a stop, a comma or a dash (decision 920).
 */
const WHO_CLAUSE =
  /^[ \u00a0]+(who[ \u00a0]+\p{Ll}+(?:[ \u00a0]+[\p{L}\d][\p{L}\d’'-]*){0,4})(?=[.,;:!?](?!\d)|[ \u00a0]*$|[ \u00a0]+[–—])/u;
/** The lowercase words of a text. */
const LOWERCASE_WORDS = /\p{Ll}+/gu;

/** Does a word before the share show a verb: "was", "rose", "backed", "won"? */
function hasVerb(before: string): boolean {
  return (before.match(LOWERCASE_WORDS) ?? []).some(showsAVerb);
}

/**
 * The "who" clause right after a head ending at `headEnd` of `text`, read after "among" where a
 * verb stands before the share starting at `shareStart` (decision 920): "who work part-time".
 * Undefined where none is, or it runs on past the clause's end.
 */
export function whoClauseAfterAmong(text: string, headEnd: number, shareStart: number): string | undefined {
  const clause = whoClauseToItsEnd(text, headEnd);
  return clause !== undefined && hasVerb(text.slice(Math.max(0, shareStart - 40), shareStart)) ? clause : undefined;
}

/**
 * The "who" clause after "among" read to the main verb, where no verb stands before the share
 * starting at `shareStart` (decision 1045): "Some 40% among women who work part-time earn less"
 * gives "who work part-time". With a verb before it the figure is often a poll's whose main verb
 * that is ("Labour won 40% among voters who …"), and the clause is read only to its end.
 */
export function whoClauseAfterAmongToMainVerb(text: string, headEnd: number, shareStart: number): string | undefined {
  // Cheap test first: a "who" right after the head.
  if (!text.startsWith(" who ", headEnd)) return undefined;
  if (hasVerb(text.slice(Math.max(0, shareStart - 40), shareStart))) return undefined;
  return whoClauseBeforeMainVerb(text, headEnd);
}

/**
 * The "who" clause right after a head ending at `headEnd` of `text`, up to six words that run to a
 * stop, a comma or a dash: "who work part-time". Asked after "among" by `whoClauseAfterAmong` and
 * before a share's comma by `groupBeforeShare` ("Among adults who smoke, 30% …", decision 1000).
 */
export function whoClauseToItsEnd(text: string, headEnd: number): string | undefined {
  if (!text.startsWith(" who ", headEnd)) return undefined;
  const clause = WHO_CLAUSE.exec(text.slice(headEnd, headEnd + 64));
  return clause === null ? undefined : clause[1]!.split(WORD).join(" ");
}

/** "of women who work part-time earn less": "who" and up to six words after it, to a mark or a figure. */
const WHO_AND_WORDS = /^[ \u00a0]+who((?:[ \u00a0]+[\p{L}\d][\p{L}\d’'-]*){2,7})/u;
/** A word a clause may end in: a compound ("part-time"), a name, a year or a figure, a plural. */
const ENDS_A_CLAUSE = /^(?:\p{Ll}+-\p{Ll}+|\p{Lu}\p{L}*|\d[\d’'s]*|\p{Ll}{2,}s)$/u;
/** Words in "-s" that are no plural ("less" is a clause's end: "who earn less are"). */
const NOT_PLURALS = new Set(["always", "perhaps", "sometimes", "is", "was", "has", "does", "as", "us", "thus"]);

/**
 * Words that open a clause inside the "who" clause, whose subject and verb are its own: "who trust
 * what ministers say are", "who worry that teachers feel", "who work where their parents live are".
 * The verb after them is no main verb (decision 960).
 */
const OPENS_A_CLAUSE = new Set("that what where when how which whom whose why whether if".split(" "));
/** Verbs a clause follows without "that", on no other list: "who agree ministers earn too much". */
const BEFORE_A_BARE_CLAUSE = new Set("agree agreed worry worried wish wished reckon reckoned doubt doubted".split(" "));

/** A lowercase plural in "-s": "homes", "flats", "councils", not "always", "less". */
function isPlural(word: string): boolean {
  return /^\p{Ll}{2,}[^s]s$/u.test(word) && !NOT_PLURALS.has(word);
}

/**
 * Does a plural object and then people, a body or another plural at `at` of `words` open a clause
 * with no "that" ("who rent homes landlords are selling face eviction", "who rent flats councils own
 * are", decision 1045)? The verb after them is the reduced clause's, not the main verb, and the main
 * verb is past where the clause is read.
 */
function startsAReducedClause(words: string[], at: number): boolean {
  const w = words[at]!;
  if (at < 2 || ADVERBS_IN_S.has(w) || !(isListedGroupHead(w) || isPlural(w))) return false;
  const before = words[at - 1]!;
  // "physics students", "benefits claimants": a subject or a listed plural before a noun (review).
  return isPlural(before) && !PLURALS_BEFORE_A_NOUN.has(before) && !before.endsWith("ics");
}

/**
 * May the clause end with `word`, before a main verb? An adverb that follows a verb ends it too:
 * "who smoke daily want to quit" (decision 1105).
 */
function endsAClause(word: string): boolean {
  if (ADVERBS_AFTER_A_VERB.has(word)) return true;
  return ENDS_A_CLAUSE.test(word) && !NOT_PLURALS.has(word) && !showsAVerb(word);
}

/**
 * Does an adverb of how often end the clause before the main verb `main`? "people who drink often
 * are at risk": "often" is written after "are", not before it, so before "are" it is the clause's
 * ("who drink often"). Before any other verb it is the main verb's as often ("who smoke often want
 * to quit"), and the clause stays unread (decision 1140).
 */
function howOftenBeforeBe(adverb: string, main: string): boolean {
  return HOW_OFTEN_AT_A_CLAUSES_END.has(adverb) && FINITE_BE.has(main);
}

/** "the" before a name that modifies a noun: "the Northern line", "The Times". */
const THE = new Set(["the", "The"]);
/** A year: "who switched in 2024". */

/**
 * Is `words[k]`, after `prev = words[k - 1]` (starting at `prevStart` of `text`), a main verb on no list, read by the
 * word it takes (decision 1000's `presentVerbByItsWord`)? "nurses who work nights pay more than
 * £50": "pay" and "work" are measures as often, and a verb only before a figure, "more", "less" or
 * an adverb (decision 1105). Asked only after a word that may end a clause.
 */
function offListMainVerb(text: string, words: string[], k: number, prevStart: number): boolean {
  const prev = words[k - 1]!;
  // "who read the Guardian online more than once", "who use Google Classroom daily more": an
  // adverb after a verb is no verb itself (review of decision 1105).
  if (ADVERBS_AFTER_A_VERB.has(words[k]!) || !endsAClause(prev)) return false;
  // "who spend 20 percent more", "who took 10 percent less": after a figure the word is its unit,
  // not the main verb; a year stays a clause's end ("who switched in 2024 save more", review).
  const c = prev.charCodeAt(0);
  if (c >= 48 && c <= 57 && !isYear(prev)) return false;
  // "who ride the Northern line 5 days a week", "who use the NHS app 3 times": a name after "the"
  // names the noun after it ("line", "app"); a plural name ("the Greens pay more") ends the
  // phrase itself (review).
  if (c >= 65 && c <= 90 && prev.charCodeAt(prev.length - 1) !== 115 && THE.has(words[k - 2]!)) return false;
  return presentVerbByItsWord(text, prevStart + prev.length);
}

/**
 * The "who" clause right after a head ending at `headEnd` of `text`, read after "of" up to the
 * sentence's main verb (decision 960): "40% of women who work part-time earn less" gives "who work
 * part-time", "30% of voters who backed Labour in 2019 say …" gives "who backed Labour in 2019".
 * The main verb is read only where it is safe: an auxiliary or a present verb of
 * `PLURAL_PRESENT_VERBS` right after a word that may end a clause (a compound, a name, a figure, a
 * plural), and the clause's own verb takes no clause or bare verb of its own ("who say prices are
 * rising", "who think the NHS is failing", "who help others live at home": their "are", "is",
 * "live" are the clause's), nor opens one inside it ("who trust what ministers say are", "who
 * agree ministers earn"). Undefined otherwise.
 */
export function whoClauseBeforeMainVerb(text: string, headEnd: number): string | undefined {
  if (!text.startsWith(" who ", headEnd)) return undefined;
  const m = WHO_AND_WORDS.exec(text.slice(headEnd, headEnd + 80));
  if (m === null) return undefined;
  const words = m[1]!.trim().split(WORD);
  const verb = words[0]!;
  if (REPORTING_VERBS.has(verb) || CLAUSE_TAKING_VERBS.has(verb) || AUXILIARIES.has(verb)) return undefined;
  if (VERBS_BEFORE_A_BARE_VERB.has(verb) || BEFORE_A_BARE_CLAUSE.has(verb)) return undefined;
  // Where the words start in `text`, and how far they have been read: a verb off the list is read
  // by the word it takes, after the word before it.
  const wordsStart = headEnd + m[0].length - m[1]!.length;
  let at = m[1]!.indexOf(verb);
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    const before = at;
    at = m[1]!.indexOf(w, at + words[k - 1]!.length);
    if (OPENS_A_CLAUSE.has(w)) return undefined;
    // "households who rent pay more than £900": a clause of one word before the main verb (decision 1140).
    if (k === 1 && mainVerbAfterOneWord(text, verb, w, wordsStart + before + verb.length)) return `who ${verb}`;
    if (k < 2) continue;
    if (!AUXILIARIES.has(w) && !PLURAL_PRESENT_VERBS.has(w) && !offListMainVerb(text, words, k, wordsStart + before))
      continue;
    // "who take daily sleep tablets", "who watch online live streams": "daily" and "online" are
    // adjectives too, and "sleep" or "live" before a plural then a noun before a noun (review of
    // decision 1105).
    if (NOUNS_BEFORE_A_NOUN.has(w) && ADVERBS_AFTER_A_VERB.has(words[k - 1]!) && isPlural(words[k + 1] ?? "")) continue;
    if (startsAReducedClause(words, k - 1)) return undefined;
    const clauseEnds = endsAClause(words[k - 1]!) || howOftenBeforeBe(words[k - 1]!, w);
    return clauseEnds ? `who ${words.slice(0, k).join(" ")}` : undefined;
  }
  return undefined;
}

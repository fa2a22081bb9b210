import { isCommonWord } from "./sentence-openers.ts";

/**
 * Numbers that end or open the title of a work, which count nothing: a painting's "“No. 7 (Orange
 * and Red)”" in quotes, a film's sequel number in "behind only Moana 2, which took …" or "the
 * action sequel Iron Harbor 2". Only where the title says so: an opening quote before "No.", a
 * box office's "which took" or a "whose budget" after a single-digit sequel number, or the word
 * "sequel" just before its capitalised title. "Game 2", "Chapter 11", "Apollo 11", "Boeing 737"
 * and "Article 50" are read elsewhere or left as they were; "Arsenal 2, Chelsea 1" is a score,
 * "Kent 4, Essex 3" a tally, and "Devon 5, which had been falling" a count.
 */
/** "“No. 7 (Orange and Red)”", "\"Number 5\"": a quoted title that opens with the
 * number; "No" with no full stop may be a quote saying no ("“No 10 people agreed …”"). */
const QUOTED_NUMBER_TITLE = /(?<=["“‘][ \u00a0]?(?:No\.|Number)[ \u00a0])\d{1,3}\b/y;
/**
 * A sequel's number: one digit from 2, after a capitalised word, then what a film's box office or
 * budget says of it (", which took", ", whose budget", or the verb right after since decision 450:
 * "Inside Out 2 took $155 million"): "Smith 4, which was less" and "Devon 5, which had been
 * falling" are a sum and a count, "Liverpool 3 took the lead" a score (no currency after "took").
 */
const SEQUEL_THEN_WHICH =
  /(?<=(?:^|[^\p{L}])\p{Lu}\p{Ll}+[ \u00a0])[2-9](?=(?:(?:,[ \u00a0]+which)?[ \u00a0]+(?:(?:took|grossed|earned|opened[ \u00a0]+(?:to|with)|debuted[ \u00a0]+(?:to|with))[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){0,2}[$£€]|opened[ \u00a0]+in[ \u00a0]+(?:cinemas|theaters|theatres))|,[ \u00a0]+whose[ \u00a0]+budget)(?!\p{L}))/uy;
/**
 * A sequel's number before a verb of release in the singular (decision 490): "Frozen 3 is
 * expected to open in 2027", "Toy Story 5 opens in cinemas", "Avatar 4 will be released in 2029",
 * "Shrek 5 hits cinemas". Plural verbs stay counts ("3 films are expected to open"); read only
 * after SEQUEL_THEN_WHICH's test, at the same single digit after a capitalised word.
 */
const SEQUEL_THEN_RELEASE =
  /(?<=(?:^|[^\p{L}])\p{Lu}\p{Ll}+[ \u00a0])[2-9][ \u00a0]+(?:(?:is|was)[ \u00a0]+(?:expected|due|set|scheduled|slated)[ \u00a0]+to[ \u00a0]+|will[ \u00a0]+)?(?:opens?|premieres?|be[ \u00a0]+released|(?:is|was)[ \u00a0]+released|arrives?[ \u00a0]+in|hits?[ \u00a0]+(?:cinemas|theaters|theatres|screens))(?!\p{L})/uy;
/** "the action sequel Iron Harbor 2": "sequel" and up to three capitalised words of the title. */
const SEQUEL_WORD_BEFORE = /\bsequel[ \u00a0]+(?:\p{Lu}[\p{L}'’]*[ \u00a0]+){1,3}$/u;
/** A unit or a counted span after the number: "2 years", "3 days", "2 million". */
const COUNT_AFTER =
  /^[ \u00a0]+(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|times|million|billion|thousand|hundred|more|of|per)\b/;
/** The capitalised word right before the number, and the capitalised word before that if any. */
const WORD_BEFORE = /(?:(\p{Lu}\p{Ll}+)[ \u00a0])?(\p{Lu}\p{Ll}+)[ \u00a0]$/u;

/**
 * Capitalised words that open a figure or a clause rather than name a work; a determiner too: "The 3
 * took £2,000 from the till", "Those 3 took $10,000 in bribes" count three people (a review of
 * decision 450).
 */
const OPENS_A_FIGURE = new Set(
  "about around almost nearly roughly some only just over under up in on at by for from to of with after since until all another the these those their its his her our my your both each every exactly approximately".split(
    " ",
  ),
);

/**
 * Is the title before the number a name, not a common word alone? "Inside Out 2": a common last
 * word ("Out") is a title's when a capitalised word that is no common word stands before it.
 */
function nameBefore(before: string): boolean {
  const m = WORD_BEFORE.exec(before);
  if (m === null) return false;
  if (!isCommonWord(m[2]!.toLowerCase())) return true;
  return m[1] !== undefined && !isCommonWord(m[1].toLowerCase());
}

/**
 * Capitalised prepositions that open a sentence before a place or a time, not a title: "By
 * Christmas 4 will open", "Across Wales 4 will open next spring" count stores (a review of 490).
 */
const PREPOSITIONS_BEFORE_A_PLACE = new Set(
  "by in at across throughout from until before after since during for over under within around near".split(" "),
);

/** Before a verb of release, are the words `m` (WORD_BEFORE's) a title's, not a figure's or a place's? */
function releasedTitleBefore(m: RegExpExecArray): boolean {
  if (OPENS_A_FIGURE.has(m[2]!.toLowerCase())) return false;
  return m[1] === undefined || !PREPOSITIONS_BEFORE_A_PLACE.has(m[1].toLowerCase());
}

/** Is the number at text[at] part of the title of a work? */
export function numberInTitleOfWork(text: string, at: number): boolean {
  QUOTED_NUMBER_TITLE.lastIndex = at;
  if (QUOTED_NUMBER_TITLE.test(text)) return true;
  const c = text.charCodeAt(at);
  if (c < 50 || c > 57 || (at + 1 < text.length && text.charCodeAt(at + 1) >= 48 && text.charCodeAt(at + 1) <= 57))
    return false;
  const before = text.slice(Math.max(0, at - 60), at);
  SEQUEL_THEN_WHICH.lastIndex = at;
  // What a box office says is cue enough for a title of common words ("Frozen 3", "Inside Out 2");
  // only a word that opens a figure ("About 2 took $5 each") is none.
  if (SEQUEL_THEN_WHICH.test(text)) return !OPENS_A_FIGURE.has(WORD_BEFORE.exec(before)![2]!.toLowerCase());
  SEQUEL_THEN_RELEASE.lastIndex = at;
  if (SEQUEL_THEN_RELEASE.test(text)) return releasedTitleBefore(WORD_BEFORE.exec(before)!);
  if (!nameBefore(before)) return false;
  // "the sequel Harry 2 years later", "sequel Beverly Hills 3 days after": a span, no title.
  return SEQUEL_WORD_BEFORE.test(before) && !COUNT_AFTER.test(text.slice(at + 1, at + 16));
}

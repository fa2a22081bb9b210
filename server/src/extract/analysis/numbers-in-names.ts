/**
 * Numbers that are part of a name rather than a count: "Channel 4 reported", "Apollo 11 landed",
 * "Windows 11's", "One Nation won", "the Big Ten", "Air Force One", "watched Sixteen Candles". The quantity reader asks
 * here before it counts anything; "sent Ukraine 300 tanks" and "in Gaza 40 were killed" still count.
 */
import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { isCommonWord } from "./sentence-openers.ts";
import { isNationalityOrParty } from "./nationalities-and-parties.ts";
import { WEEKDAYS } from "./dates.ts";
import { productModelNumber } from "./product-model-numbers.ts";
import { isLetterUnit, isLowerLetter, isUpperLetter, letterRunStart } from "../text/char-classes.ts";

const MONTHS_AND_DAYS = new Set([...MONTH_NAMES.map((m) => m.toLowerCase()), ...WEEKDAYS]);
/** A capitalised word after these is a place or a thing named before a count: "in Gaza 40 were killed". */
const PREPOSITIONS = new Set(
  "in on at from to for by with into across near of over under against than between among".split(" "),
);
/** Kinds of thing whose names carry a number, written before the name: "comet Wild 2", "asteroid Ryugu 1". */
const NAMED_KINDS = new Set(["comet", "asteroid", "probe", "spacecraft", "satellite", "rocket", "telescope", "lander"]);
/**
 * Capitalised words that name a part of a sequence by its number: "Game 4 is Monday night", "in
 * Game 2", "On Day 3 of the trial". In lowercase they count ("last week 300 people"), and after a
 * time word or a determiner the capital is a headline's ("Last Week 300 People …").
 */
const SEQUENCE_PARTS = new Set(["Game", "Match", "Week", "Day", "Episode", "Leg", "Lap", "Season", "Series"]);
/** Words that open a caption with the number of what it heads: "Table 1:", "Figure 3.". */
const CAPTION_LABELS = new Set(["Table", "Figure", "Chart", "Graph", "Map", "Exhibit"]);
/** What ends a caption's label: a colon or a full stop (not a decimal point), or the line's end. */
const CAPTION_LABEL_END = /(?::|\.(?!\d)|[ \u00a0]*(?:\n|$))/y;
/** Verbs before "Day N" that count the days gone by: "entered Day 12", "marks Day 100". */
const MILESTONE_VERBS = new Set(
  "enter enters entered entering reach reaches reached reaching mark marks marked marking hit hits".split(" "),
);
/** "Day 300 of the war": the days of a run of them. */
const OF_A_RUN = /^[ \u00a0]+of[ \u00a0]+(?:the|a|an|its|their|his|her)\b/i;
const NOT_BEFORE_SEQUENCE_PART = new Set("last this next that each every a an one per the same".split(" "));
/** What ends a kind's name after its number: a mark or a preposition ("comet Wild 2 in 2004", "Venera 7."). */
const NAME_ENDS_AFTER_KIND =
  /[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:in|on|at|to|by|with|for|from|of|into|near|past|and|or|around|toward|towards)\b/y;
/**
 * What a name does right after its number: a finite verb or a possessive ("Channel 4 reported",
 * "Windows 11's"). An "-ed" word counts only before a function word or a mark ("Apollo 11 landed
 * on …"), not before a noun it describes ("sold Taiwan 66 advanced fighter jets").
 */
const VERB_OR_POSSESSIVE_AFTER =
  /(?:['’]s\b|[ \u00a0]+(?:is|was|are|were|has|had|have|will|would|could|can|says|said|reports|reported|airs|aired|\p{Ll}{2,}ed(?=[ \u00a0]+(?:the|a|an|on|in|at|to|by|with|for|from|its|his|her|their|that|this)\b|[ \u00a0]*(?:[.,;:!?]|$))))/uy;

const isLower = (c: number): boolean => isLowerLetter(String.fromCharCode(c));
const isUpper = (c: number): boolean => isUpperLetter(String.fromCharCode(c));

/**
 * Is `at` inside a sentence, after a word in lowercase, a figure or a comma ("reported by
 * Channel 4", "on Channel 4,")? Returns the previous word's start, or -1 at a sentence's start.
 */
function previousWordInSentence(text: string, at: number): number {
  let p = at;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 0xa0)) p--;
  if (p === at || p === 0) return -1;
  const c = text.charCodeAt(p - 1);
  if (c === 44 || (c >= 48 && c <= 57)) return p;
  if (!isLower(c)) return -1;
  return letterRunStart(text, p);
}

/**
 * Is the number `number` at text[at] part of a name? Only a bare number is asked about: no
 * qualifier, currency, multiplier or per cent goes with a name.
 */
export function numberInName(text: string, at: number, number: string): boolean {
  const first = number.charCodeAt(0);
  if (first >= 48 && first <= 57) return digitsAfterName(text, at, number);
  if (!isUpper(first)) return false;
  const next = at + number.length + 1;
  const capitalNext = text.charCodeAt(next - 1) === 32 && isUpper(text.charCodeAt(next));
  // "the Big Ten", "Air Force One": a number word with a capital inside a sentence, unless the
  // word after it has one too, as every word of a headline has ("Police Arrest Two Men"). After a
  // word in lowercase, a capitalised number word and word are a title's ("watched Sixteen
  // Candles", "a rerun of Sixty Minutes"): prose writes a count in lowercase mid-sentence.
  const before = previousWordInSentence(text, at);
  if (before >= 0)
    return (
      !capitalNext ||
      (isLower(text.charCodeAt(before)) && isLower(text.charCodeAt(at + 1)) && !inHeadline(text, before))
    );
  // "One Nation won": "One" before a capitalised word opens a name; "Two Democrats" and "One
  // Israeli soldier" still count.
  return number === "One" && capitalNext && !isNationalityOrParty(wordAt(text, next));
}

/** Short words a title-case headline leaves in lowercase: "Fire Destroys Homes in Two Counties". */
const HEADLINE_LOWERCASE = new Set("in on at of to for by as and or the a an from with over into".split(" "));

/**
 * Is the lowercase word at `before` one a title-case headline keeps in lowercase, after a
 * capitalised word ("Homes in Two Counties")? Then the capitals after it are the headline's, not
 * a title's: "She watched Sixteen Candles" and "drew on Three Mile Island" have a lowercase word
 * before, or none of these.
 */
function inHeadline(text: string, before: number): boolean {
  if (!HEADLINE_LOWERCASE.has(wordAt(text, before))) return false;
  const previous = previousWordStart(text, before);
  return previous >= 0 && isUpper(text.charCodeAt(previous));
}

/** Where the word before the one at `at` starts, past spaces only; -1 when none. */
function previousWordStart(text: string, at: number): number {
  let p = at;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 0xa0)) p--;
  if (p === at || p === 0 || !isLetterUnit(text.charCodeAt(p - 1))) return -1;
  return letterRunStart(text, p);
}

/** The run of letters that starts at `start`. */
function wordAt(text: string, start: number): string {
  return text.slice(start, wordStartEnd(text, start));
}

function digitsAfterName(text: string, at: number, number: string): boolean {
  if (number.length > 4 || number.includes(",")) return false;
  const space = text.charCodeAt(at - 1);
  if (space !== 32 && space !== 0xa0) return false;
  const nameStart = letterRunStart(text, at - 1);
  // "Apple's iOS 20 beta": a name written in lowercase with a capital inside is a product's.
  if (nameStart < at - 1 && isLower(text.charCodeAt(nameStart)) && productModelNumber(text, at, number, nameStart))
    return true;
  // "Channel", "Apollo": a capital and then lowercase letters ("USD 5" and "ABC 7" are left alone).
  if (nameStart >= at - 2 || !isUpper(text.charCodeAt(nameStart)) || !isLower(text.charCodeAt(nameStart + 1)))
    return false;
  const name = text.slice(nameStart, at - 1);
  if (MONTHS_AND_DAYS.has(name.toLowerCase())) return false;
  const before = previousWordInSentence(text, nameStart);
  if (SEQUENCE_PARTS.has(name)) {
    const word = before < 0 ? "" : text.slice(before, wordStartEnd(text, before)).toLowerCase();
    // "The strike entered Day 12", "On Day 300 of the war": days gone by, a figure to check.
    if (
      name === "Day" &&
      (MILESTONE_VERBS.has(word) || OF_A_RUN.test(text.slice(at + number.length, at + number.length + 12)))
    )
      return false;
    return before < 0 || !NOT_BEFORE_SEQUENCE_PART.has(word);
  }
  // "the Fold 8 starts at", "Samsung's Galaxy Watch 9 finally fixes": a product's model number.
  if (productModelNumber(text, at, number, nameStart)) return true;
  // "Table 1: Rents in 2025", "Figure 3.": a caption's label numbers the table or chart; it counts nothing.
  if (before < 0 && CAPTION_LABELS.has(name)) {
    CAPTION_LABEL_END.lastIndex = at + number.length;
    if (CAPTION_LABEL_END.test(text)) return true;
  }
  if (before < 0) {
    // At a sentence's start only a word that is no common English word: "Apollo 11 landed", not
    // "Only 40 were killed".
    if (isCommonWord(name.toLowerCase())) return false;
  } else {
    const word = text.slice(before, wordStartEnd(text, before)).toLowerCase();
    if (PREPOSITIONS.has(word)) return false;
    // "from comet Wild 2 in 2004", "the probe Venera 7.": a kind of thing, then its name, when a
    // mark or a preposition ends it (or a verb, below); "took the probe Juno 5 years" counts years.
    if (NAMED_KINDS.has(word)) {
      NAME_ENDS_AFTER_KIND.lastIndex = at + number.length;
      if (NAME_ENDS_AFTER_KIND.test(text)) return true;
    }
  }
  VERB_OR_POSSESSIVE_AFTER.lastIndex = at + number.length;
  return VERB_OR_POSSESSIVE_AFTER.test(text);
}

/** Where the word that starts at `start` ends. */
function wordStartEnd(text: string, start: number): number {
  let e = start;
  while (e < text.length && isLetterUnit(text.charCodeAt(e))) e++;
  return e;
}

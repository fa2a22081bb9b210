/**
 * Model numbers of products: "Apple's iOS 20 beta", "the Fold 8 starts at $1,999", "Samsung's
 * Galaxy Watch 9 finally fixes …", "Google's Pixel 10 Pro Fold", "sold 3 million Fold 7 units".
 * A capitalised product word and its number are a name, as "Game 4" is (decision 360); asked by
 * numbers-in-names.ts for a number after a capitalised word. "sent Ukraine 300 tanks", "in Gaza 40
 * were killed", "gave the Tories 40 seats" and "met the Queen 70 years ago" still count.
 */
import { isAsciiUpper, letterRunStart } from "../text/char-classes.ts";
import { IRREGULAR_PAST } from "./lexicon.ts";

/** A word that starts in lowercase and has a capital inside: "iOS", "iPhone", "macOS", "watchOS". */
const CAMEL_CASE_NAME = /^[a-z]{1,6}[A-Z][A-Za-z]*$/;
const CAPITALISED_NAME = /^[A-Z][a-z]+$/;
/** Capitalised words a model's number takes after it: "Pixel 10 Pro", "iPhone 17 Pro Max". */
const MODEL_SUFFIX = /^[ \u00a0]+(?:Pro|Max|Ultra|Plus|Mini|Lite|Fold|Flip|Edge|FE|XL|SE|Air)\b/;
/**
 * What stands before a product's name: a determiner, a possessive, or a count of the product in
 * three digits or more or a scale ("3 million Fold 7 units"; "City 3 Fulham 1" is a score).
 */
const BEFORE_PRODUCT =
  /(?:^|[ \u00a0])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|new|\p{L}+['’]s|million|thousand|\d{1,3}(?:,\d{3})+|\d{3,})$/u;
/** "The Fold 8" at a sentence's start: the capital is the sentence's, the word no part of the name. */
const DETERMINER = /^(?:the|its|their|his|her|our)$/i;
/**
 * Verbs that give a thing to someone named after "the": "gave the Tories 40 seats", "cost the
 * Lakers 10 points". Then the capitalised word is who receives, and the number counts.
 */
const GIVING_VERB_BEFORE =
  /(?:^|[ \u00a0])(?:gave|give|gives|giving|given|handed|hands|hand|cost|costs|sold|sell|sells|sent|send|sends|offered|offers|offer|awarded|awards|owed|owes|lent|lends|paid|pays|showed|shows|told|tells|promised|promises|earned|earns|won|wins|left|leaves|beat|beats|led|leads|joined|met|visited|played)[ \u00a0]+the$/i;
/** After the number, what is still a count: time ("the Queen 70 years ago"), a score, a share. */
const COUNT_AFTER =
  /^(?:[ \u00a0]*(?:%|-\d)|[ \u00a0]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|seasons?|games|matches|points|goals|runs|seats|votes|per|percent|to)\b)/i;

/**
 * A noun and a verb after the number: "The Army 300 soldiers were deployed", "Britain's Royal
 * Navy 20 ships sailed north", "The Senate 52 Republicans voted", "The Bank 12 staff were
 * sacked". The number counts the noun, the subject of the verb.
 */
const NOUN_THEN_VERB = /^[ \u00a0]+\p{L}+[ \u00a0]+(\p{Ll}+)\b/uy;
const VERB_AFTER_NOUN = new Set("is are was were has have had will would can could may might".split(" "));
function subjectAfter(after: string): boolean {
  NOUN_THEN_VERB.lastIndex = 0;
  const m = NOUN_THEN_VERB.exec(after);
  if (m === null) return false;
  const verb = m[1]!;
  return VERB_AFTER_NOUN.has(verb) || IRREGULAR_PAST.has(verb) || (verb.length > 4 && verb.endsWith("ed"));
}

/**
 * Is the number at `at` (digits only, after one space) the model number of a product whose name
 * ends in the word at [nameStart, at - 1)? Only one to three digits: "the Euro 2024 final" is a year.
 */
export function productModelNumber(text: string, at: number, number: string, nameStart: number): boolean {
  if (number.length > 3 || !/^\d+$/.test(number)) return false;
  const name = text.slice(nameStart, at - 1);
  if (CAMEL_CASE_NAME.test(name)) return true;
  // Otherwise a capitalised word and then lowercase: "Fold", "Pixel" ("USD 5" and "on 4" are no product).
  if (!CAPITALISED_NAME.test(name)) return false;
  const after = text.slice(at + number.length, at + number.length + 40);
  if (COUNT_AFTER.test(after)) return false;
  if (MODEL_SUFFIX.test(after)) return true;
  if (subjectAfter(after)) return false;
  // Walk back over the product's capitalised words: "Galaxy Z Fold", "Galaxy Watch".
  let start = nameStart;
  for (let k = 0; k < 3; k++) {
    const space = start - 1;
    if (space < 1 || (text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 0xa0)) break;
    const s = letterRunStart(text, space);
    const c = text.charCodeAt(s);
    if (s === space || !isAsciiUpper(c) || DETERMINER.test(text.slice(s, space))) break;
    start = s;
  }
  // A plural ("the Tories", "the Lakers") is a group, not a product.
  if (/[a-z]s$/.test(name)) return false;
  const before = text.slice(Math.max(0, start - 30), start).trimEnd();
  if (!BEFORE_PRODUCT.test(before)) return false;
  return !GIVING_VERB_BEFORE.test(before);
}

/** A product's number and the plural noun that counts it, after the product's word: "Fold| 7 units". */
const MODEL_AND_NOUN = /[ \u00a0](\d{1,3})[ \u00a0]+(\p{Ll}[\p{Ll}-]*[^s\W]s)\b/uy;

/**
 * "sold 3 million Fold 7 units": when the word a count took as its unit is a product's name
 * ([wordStart, wordEnd), capitalised) and its model number follows, the count counts the noun
 * after the number. Returns that noun and where it ends, or null.
 */
export function nounAfterProduct(
  text: string,
  wordStart: number,
  wordEnd: number,
): { unit: string; end: number } | null {
  const c = text.charCodeAt(wordStart);
  if (!isAsciiUpper(c)) return null;
  MODEL_AND_NOUN.lastIndex = wordEnd;
  const m = MODEL_AND_NOUN.exec(text);
  if (m === null || !productModelNumber(text, wordEnd + 1, m[1]!, wordStart)) return null;
  return { unit: m[2]!, end: wordEnd + m[0].length };
}

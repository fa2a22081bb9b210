// Cheap char tests asked before a large pattern (decision 695). V8 compiles a regular expression
// the first time it is run, and a pattern of many alternatives before a word boundary or a run of
// spaces compiles to tens of kilobytes of bytecode. Run on every text that reaches its rule, such
// a pattern is compiled at the first of them, among the articles the instruction tool measures,
// though almost none could match. Each test here holds for every text its pattern matches, so no
// reading changes: the pattern is run, and compiled, only for a text that could match.

import { isAsciiLetter, isCloser, isSpace } from "../text/char-classes.ts";

/**
 * Could bare-figures.ts's LEVEL_BEFORE ("rose to ", "stood at ", "reached ", "totals ") match
 * `before`: a space or a no-break space ends it, and the word before the spaces ends as a level's
 * word does, on "o", "t", "d" or "s" in either case, or on "ſ", which the pattern's /iu folds to
 * "s"? "the acid test of " ends on "f" and is no level.
 */
export function mayEndOnLevelWord(before: string): boolean {
  let i = before.length - 1;
  if (i < 0 || !isSpace(before.charCodeAt(i))) return false;
  while (i >= 0 && isSpace(before.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = before.charCodeAt(i);
  if (c === 0x17f) return true;
  const lower = c | 32;
  return lower === 111 || lower === 116 || lower === 100 || lower === 115;
}

/**
 * Is there a comma, a closing quotation mark or a bracket in text[from, to): where a quotation's
 * tag can open ("“Of course,” she would reply"), which would-in-a-quote-tag.ts's TAG_BEFORE
 * needs before "would"?
 */
export function commaOrCloserWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || isCloser(c)) return true;
  }
  return false;
}

/**
 * Could quantity-qualifiers.ts's NEGATION ("not", "never", "cannot", "nobody", "didn't") match the
 * word, in any case: does it end on "not" or on "n't" ("n’t"), or is it five letters from "n" to
 * "r" or six from "n" to "y"? "tanks", "more" and "their" are none (decision 760).
 */
export function mayBeNegation(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const last = word.charCodeAt(n - 1) | 32;
  if (last === 116) {
    if ((word.charCodeAt(n - 3) | 32) !== 110) return false;
    const middle = word.charCodeAt(n - 2);
    return (middle | 32) === 111 || middle === 39 || middle === 0x2019;
  }
  if ((word.charCodeAt(0) | 32) !== 110) return false;
  return (n === 5 && last === 114) || (n === 6 && last === 121);
}

/**
 * Is `word` a run of letters, as quantity-qualifiers.ts's PLAIN_WORD (/^\p{L}+$/u, 18 KB of
 * bytecode for its letter tables) reads it, told without the pattern where that is cheap: true for
 * ASCII letters only, false at an ASCII char that is no letter, and null at the first char past
 * ASCII, which only the pattern can tell (decision 760).
 */
export function asciiPlainWord(word: string): boolean | null {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return null;
    if (!isAsciiLetter(c)) return false;
  }
  return true;
}

/**
 * Could cause-asked.ts's CAUSE_ASKED match: does "what " stand before "caus", "led to",
 * "triggered" or "sparked", in its case (the pattern has no /i)? "what we have to do" does not
 * (decision 760).
 */
export function mayAskWhatCaused(text: string): boolean {
  for (let i = text.indexOf("what "); i >= 0; i = text.indexOf("what ", i + 5)) {
    const next = i + 5;
    if (
      text.startsWith("caus", next) ||
      text.startsWith("led to", next) ||
      text.startsWith("triggered", next) ||
      text.startsWith("sparked", next)
    )
      return true;
  }
  return false;
}

/** The first two letters, lowercase, of each word number-word-compound.ts's BUILDING_AFTER opens on. */
const BUILDING_OPENINGS = new Set("se de te lu co fa ho fl ap vi bu pr ma to pe re bl".split(" "));

/**
 * Could BUILDING_AFTER (" house", " luxury flat", " semi-detached home") match `after`: a space,
 * then two ASCII letters, in either case, that open one of its words? Its /i has no u, so no char
 * past ASCII folds to an ASCII letter. " admiral" after "three-star" does not (decision 850).
 */
export function mayOpenBuilding(after: string): boolean {
  if (after.length < 3 || after.charCodeAt(0) !== 32) return false;
  // c | 32 turns an ASCII capital to its small letter; no other char lands on a small letter.
  return BUILDING_OPENINGS.has(String.fromCharCode(after.charCodeAt(1) | 32, after.charCodeAt(2) | 32));
}

/** A piece of each word of quarters-and-halves.ts's SPORT, lowercase: every match holds one. */
const SPORT_PIECES =
  "touchdown|field goal|scor|basket|quarterback|rebound|three-pointer|free throw|fumble|intercept|overtime|half|innings|buzzer|game|match|yard|trail".split(
    "|",
  );

/**
 * Could SPORT (a game's words: "touchdowns", "scored", "overtime") match the sentence: does its
 * lowercase hold a piece of one of them? Its /i has no u, so only ASCII letters fold; the chars past
 * ASCII that toLowerCase turns into ASCII only let more through: the Kelvin sign becomes an ASCII
 * "k", and "İ" becomes "i̇", an ASCII "i" plus a combining dot. "GNP real growth in the third
 * quarter" holds none (decision 850).
 */
export function mayNameSport(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return SPORT_PIECES.some((piece) => lower.includes(piece));
}

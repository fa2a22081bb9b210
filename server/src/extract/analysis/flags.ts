import type { ClaimFlag } from "@claimdesk/shared/schemas/extracted-claim";
import { LOADED_TERMS, OPINION_PATTERN, OPINION_WORDS } from "./lexicon.ts";
import { isHighSurrogate, isLowSurrogate } from "../text/char-classes.ts";
import { letterAt } from "./tokens.ts";
import { defineGate, gateBits, gated } from "./word-gates.ts";

const TERMS = `(${LOADED_TERMS.join("|")})(?![\\p{L}-])`;
/** Every loaded term; exported for the test that compares findLoadedTerms with it. */
export const LOADED = new RegExp(`(?<![\\p{L}-])${TERMS}`, "giu");
// LOADED without its leading lookbehind, which keeps V8 from skipping ahead to where a term can
// start: the search runs this one and checks the char before a match by hand.
const LOADED_AHEAD = new RegExp(TERMS, "giu");
// Every word of a loaded term is a whole run of letters in a match (the lookarounds rule out a
// letter or hyphen on either side); the longest one gates it, as longer words are rarer ("called"
// for "so-called", not "so").
const longestWord = (term: string): string =>
  term.split(/[^a-z]+/i).reduce((best, w) => (w.length > best.length ? w : best), "");
const LOADED_GATE = defineGate(LOADED_TERMS.map(longestWord));
const OPINION_GATE = defineGate(OPINION_WORDS);
gated(LOADED, LOADED_GATE);
gated(OPINION_PATTERN, OPINION_GATE);

/** Is the code point before `i` a letter or a hyphen (what LOADED's lookbehind rules out)? */
function letterOrHyphenBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c === 45) return true;
  return letterAt(text, i >= 2 && isLowSurrogate(c) && isHighSurrogate(text.charCodeAt(i - 2)) ? i - 2 : i - 1, i) > 0;
}

/** Loaded words in a span, in order of appearance, lowercased and de-duplicated. */
export function findLoadedTerms(text: string, bits = gateBits(text)): string[] {
  if (!(bits & LOADED_GATE)) return [];
  // The matches of LOADED: a match of LOADED_AHEAD that follows a letter or a hyphen is none, and
  // LOADED would try again one char further, whichever term matched there.
  const found = new Set<string>();
  LOADED_AHEAD.lastIndex = 0;
  for (let m = LOADED_AHEAD.exec(text); m !== null; m = LOADED_AHEAD.exec(text)) {
    if (letterOrHyphenBefore(text, m.index)) LOADED_AHEAD.lastIndex = m.index + 1;
    else found.add(m[1]!.toLowerCase());
  }
  return [...found];
}

// The same pattern, global, to look past a match that is a name or a term of law.
const OPINION_EVERY = new RegExp(OPINION_PATTERN.source, "gi");
/** "Frank Lee said", "Honest Ed's": a judging word written as a name, not at the text's start. */
const AS_NAME = /^(?:Frank|Honest|Friendly)$/;

/** "must do more", "should do better": the words of OPINION_PATTERN's call for more. */
const DO_MORE = /^(?:must|should) do/i;
/**
 * A duty a law, rule or court sets: "Under the new law, … employers must do more to protect
 * workers", "The judge ruled that the council must do more to protect tenants". What the duty
 * says is checked against its source; it is no one's opinion.
 */
const SET_DUTY =
  /\bunder (?:the |a |an |its |their |new )?(?:[\p{L}-]+ ){0,3}(?:law|laws|act|rules?|regulations?|code|legislation|directive|ruling|order)\b|\b(?:ruled|ordered|required|requires|require|directed) that\b|\b(?:law|laws|act|rules|ruling|regulations?|legislation|directive|judgment|order) (?:says|say|said|states|require|requires|required)\b/iu;

/**
 * Does the text voice an opinion? Not through "honest services fraud" (a charge's name), a
 * judging word capitalised as a name ("Frank Lee") past the first word, nor "must do more" when a
 * law, rule or court sets the duty.
 */
function holdsOpinion(text: string): boolean {
  OPINION_EVERY.lastIndex = 0;
  for (let m = OPINION_EVERY.exec(text); m !== null; m = OPINION_EVERY.exec(text)) {
    const word = m[0];
    if (m.index > 0 && AS_NAME.test(word)) continue;
    if (word.toLowerCase() === "honest" && /^\s+services\b/i.test(text.slice(m.index + 6, m.index + 16))) continue;
    if (DO_MORE.test(word) && SET_DUTY.test(text)) continue;
    return true;
  }
  return false;
}

export function claimFlags(
  text: string,
  opts: { quotation: boolean; unnamedSource: boolean; loadedTerms: readonly string[] },
  bits = gateBits(text),
): ClaimFlag[] {
  const flags: ClaimFlag[] = [];
  if (bits & OPINION_GATE && holdsOpinion(text)) flags.push("opinion");
  if (opts.loadedTerms.length > 0) flags.push("loaded_language");
  if (opts.unnamedSource) flags.push("unnamed_source");
  if (opts.quotation) flags.push("quotation");
  return flags;
}

/**
 * Named, human-readable sentence features. They carry the signals the hashed n-grams see only
 * indirectly (numbers, names, comparisons, hedges) and they are what a reviewer reads in the
 * "reasons" of a score, so each has a short explanation.
 */
import {
  LEX_ATTRIBUTION,
  LEX_CAUSAL,
  LEX_COMPARATIVE,
  LEX_DOLLARS,
  LEX_FIRST_PERSON,
  LEX_MODAL,
  LEX_OPINION,
  LEX_PERCENT,
  LEX_PLEASANTRY,
  LEX_QUANTITY,
  LEX_SECOND_PERSON,
  lexiconBits,
} from "./hand-lexicons.ts";
import {
  MARK_EXCLAMATION,
  MARK_MONEY,
  MARK_PERCENT,
  MARK_QUESTION,
  hasYear,
  rawText,
  scanRawText,
} from "./raw-text-marks.ts";
import { scratch } from "./text-codes.ts";

export const HAND_FEATURES = [
  ["has_number", "contains a number"],
  ["many_numbers", "contains several numbers"],
  ["has_percent", "contains a percentage"],
  ["has_money", "mentions an amount of money"],
  ["has_year", "mentions a year"],
  ["proper_nouns", "names people, places or bodies (capitalised words)"],
  ["comparative", "compares or ranks (more, than, most, record)"],
  ["modal", "hedged or future modal verb (will, would, could, should)"],
  ["opinion_verb", "opinion or feeling verb (think, believe, feel, hope)"],
  ["first_person", "speaks in the first person"],
  ["second_person", "addresses the listener (you, your)"],
  ["question", "is a question"],
  ["exclamation", "is an exclamation"],
  ["pleasantry", "pleasantry or thanks"],
  ["causal", "asserts a cause or consequence"],
  ["attribution", "reports what someone said (said, according to)"],
  ["past_tense", "reports past events"],
  ["short", "very short sentence"],
  ["long", "long sentence"],
  ["quantity_word", "quantity words (million, percent, half, twice)"],
] as const;

export type HandFeatureName = (typeof HAND_FEATURES)[number][0];
export const HAND_FEATURE_COUNT = HAND_FEATURES.length;

/** Fills `out` (length HAND_FEATURE_COUNT) from the raw sentence and the words of prepareText(text). */
export function computeHandFeatures(text: string, out: Float64Array): void {
  const codes = scratch.codes;
  const words = scratch.words;
  let numbers = 0;
  let comparative = 0,
    modal = 0,
    opinion = 0,
    first = 0,
    second = 0,
    pleasantry = 0,
    causal = 0,
    attribution = 0,
    past = 0,
    quantity = 0;
  let lexical = 0;
  for (let w = 0; w < words; w++) {
    const s = scratch.wordStart[w]!;
    const e = scratch.wordEnd[w]!;
    // Digits are folded to "0" by prepareText.
    if (codes[s] === 48) numbers++;
    if (e - s > 4 && codes[e - 2] === 101 && codes[e - 1] === 100) past++;
    const bits = lexiconBits(w);
    if (bits === 0) continue;
    lexical |= bits;
    if (bits & LEX_COMPARATIVE) comparative++;
    if (bits & LEX_MODAL) modal++;
    if (bits & LEX_OPINION) opinion++;
    if (bits & LEX_FIRST_PERSON) first++;
    if (bits & LEX_SECOND_PERSON) second++;
    if (bits & LEX_PLEASANTRY) pleasantry++;
    if (bits & LEX_CAUSAL) causal++;
    if (bits & LEX_ATTRIBUTION) attribution++;
    if (bits & LEX_QUANTITY) quantity++;
  }
  scanRawText(text);
  const marks = rawText.marks;
  out[0] = numbers > 0 ? 1 : 0;
  out[1] = numbers > 1 ? 1 : 0;
  out[2] = marks & MARK_PERCENT || lexical & LEX_PERCENT ? 1 : 0;
  out[3] = marks & MARK_MONEY || lexical & LEX_DOLLARS ? 1 : 0;
  out[4] = numbers > 0 && hasYear(text) ? 1 : 0;
  out[5] = Math.min(rawText.capitalisedNonInitial, 4) / 4;
  out[6] = Math.min(comparative, 2) / 2;
  out[7] = Math.min(modal, 2) / 2;
  out[8] = Math.min(opinion, 2) / 2;
  out[9] = Math.min(first, 3) / 3;
  out[10] = Math.min(second, 3) / 3;
  out[11] = marks & MARK_QUESTION ? 1 : 0;
  out[12] = marks & MARK_EXCLAMATION ? 1 : 0;
  out[13] = Math.min(pleasantry, 2) / 2;
  out[14] = causal > 0 ? 1 : 0;
  out[15] = attribution > 0 ? 1 : 0;
  out[16] = Math.min(past, 3) / 3;
  out[17] = words < 6 ? 1 : 0;
  out[18] = words > 25 ? 1 : 0;
  out[19] = quantity > 0 ? 1 : 0;
}

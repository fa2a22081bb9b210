/**
 * Named, human-readable sentence features. They carry the signals the hashed n-grams see only
 * indirectly (numbers, names, comparisons, hedges) and they are what a reviewer reads in the
 * "reasons" of a score, so each has a short explanation.
 */
import { FNV_PRIME, scratch, SEED_WORD } from "./text-codes.ts";

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

const YEAR = /\b(1[89]|20)\d\d\b/;
const COMPARATIVE = new Set([
  "more",
  "less",
  "fewer",
  "than",
  "most",
  "least",
  "highest",
  "lowest",
  "record",
  "largest",
  "biggest",
  "smallest",
  "worst",
  "best",
  "increase",
  "increased",
  "decrease",
  "decreased",
  "doubled",
  "tripled",
  "rose",
  "fell",
  "higher",
  "lower",
  "greater",
  "only",
]);
const MODAL = new Set(["will", "would", "should", "could", "may", "might", "must", "can", "shall", "gonna", "going"]);
const OPINION = new Set([
  "think",
  "believe",
  "feel",
  "hope",
  "guess",
  "suppose",
  "want",
  "wish",
  "love",
  "hate",
  "like",
  "seems",
  "seem",
  "opinion",
  "agree",
  "disagree",
  "should",
  "ought",
]);
const FIRST = new Set(["i", "me", "my", "we", "our", "us", "i'm", "i've", "we're", "we've", "i'll", "we'll"]);
const SECOND = new Set(["you", "your", "you're", "you've", "yours"]);
const PLEASANTRY = new Set([
  "thank",
  "thanks",
  "congratulations",
  "welcome",
  "pleasure",
  "honored",
  "honoured",
  "appreciate",
  "grateful",
  "friend",
  "please",
  "glad",
  "delighted",
]);
const CAUSAL = new Set([
  "because",
  "caused",
  "causes",
  "cause",
  "result",
  "resulted",
  "results",
  "due",
  "led",
  "leads",
  "consequence",
  "therefore",
  "thanks",
]);
const ATTRIBUTION = new Set([
  "said",
  "says",
  "say",
  "according",
  "stated",
  "announced",
  "reported",
  "claimed",
  "told",
  "wrote",
  "confirmed",
]);
const QUANTITY = new Set([
  "million",
  "millions",
  "billion",
  "billions",
  "trillion",
  "thousand",
  "thousands",
  "hundred",
  "hundreds",
  "percent",
  "per",
  "half",
  "twice",
  "double",
  "triple",
  "dozen",
  "dozens",
]);

// Each lexicon word gets a bit; a sentence word is looked up once by its hash (then checked char
// by char), instead of once per word list.
const LEXICONS: [Set<string>, number][] = [
  [COMPARATIVE, 1],
  [MODAL, 2],
  [OPINION, 4],
  [FIRST, 8],
  [SECOND, 16],
  [PLEASANTRY, 32],
  [CAUSAL, 64],
  [ATTRIBUTION, 128],
  [QUANTITY, 256],
  [new Set(["percent"]), 512],
  [new Set(["dollars"]), 1024],
];
const LEXICON = new Map<number, { word: string; bits: number }[]>();
for (const [set, bit] of LEXICONS) {
  for (const word of set) {
    let h = SEED_WORD;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    const list = LEXICON.get(h) ?? [];
    const entry = list.find((e) => e.word === word);
    if (entry) entry.bits |= bit;
    else list.push({ word, bits: bit });
    LEXICON.set(h, list);
  }
}

/** Lexicon bits of word `w` of the latest prepareText call (0 when it is in no list). */
export function lexiconBits(w: number): number {
  const list = LEXICON.get(scratch.wordHash[w]!);
  if (list === undefined) return 0;
  const s = scratch.wordStart[w]!;
  const len = scratch.wordEnd[w]! - s;
  const codes = scratch.codes;
  outer: for (const e of list) {
    if (e.word.length !== len) continue;
    for (let i = 0; i < len; i++) if (e.word.charCodeAt(i) !== codes[s + i]) continue outer;
    return e.bits;
  }
  return 0;
}

function countCapitalisedNonInitial(text: string): number {
  let n = 0;
  let wordIndex = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
    if (letter && !inWord) {
      if (wordIndex > 0 && c >= 65 && c <= 90) n++;
      wordIndex++;
    }
    inWord = letter || c === 39 || c === 0x2019;
  }
  return n;
}

/** Fills `out` (length HAND_FEATURE_COUNT) from the raw sentence and the words of prepareText(text). */
export function computeHandFeatures(text: string, out: Float64Array): void {
  out.fill(0);
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
    const c = codes[s]!;
    if (c >= 48 && c <= 57) numbers++;
    if (e - s > 4 && codes[e - 2] === 101 && codes[e - 1] === 100) past++;
    const bits = lexiconBits(w);
    if (bits === 0) continue;
    lexical |= bits;
    if (bits & 1) comparative++;
    if (bits & 2) modal++;
    if (bits & 4) opinion++;
    if (bits & 8) first++;
    if (bits & 16) second++;
    if (bits & 32) pleasantry++;
    if (bits & 64) causal++;
    if (bits & 128) attribution++;
    if (bits & 256) quantity++;
  }
  const year = numbers > 0 && YEAR.test(text);
  out[0] = numbers > 0 ? 1 : 0;
  out[1] = numbers > 1 ? 1 : 0;
  out[2] = text.includes("%") || lexical & 512 ? 1 : 0;
  out[3] = text.includes("$") || text.includes("€") || text.includes("£") || lexical & 1024 ? 1 : 0;
  out[4] = year ? 1 : 0;
  out[5] = Math.min(countCapitalisedNonInitial(text), 4) / 4;
  out[6] = Math.min(comparative, 2) / 2;
  out[7] = Math.min(modal, 2) / 2;
  out[8] = Math.min(opinion, 2) / 2;
  out[9] = Math.min(first, 3) / 3;
  out[10] = Math.min(second, 3) / 3;
  out[11] = text.includes("?") ? 1 : 0;
  out[12] = text.includes("!") ? 1 : 0;
  out[13] = Math.min(pleasantry, 2) / 2;
  out[14] = causal > 0 ? 1 : 0;
  out[15] = attribution > 0 ? 1 : 0;
  out[16] = Math.min(past, 3) / 3;
  out[17] = words < 6 ? 1 : 0;
  out[18] = words > 25 ? 1 : 0;
  out[19] = quantity > 0 ? 1 : 0;
}

/**
 * The word lists behind the lexical hand features, and one lookup that tells, for a word of the
 * latest `prepareText` call, which lists hold it (one bit per list).
 */
import { FNV_PRIME, scratch, SEED_WORD } from "./text-codes.ts";

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

export const LEX_COMPARATIVE = 1;
export const LEX_MODAL = 2;
export const LEX_OPINION = 4;
export const LEX_FIRST_PERSON = 8;
export const LEX_SECOND_PERSON = 16;
export const LEX_PLEASANTRY = 32;
export const LEX_CAUSAL = 64;
export const LEX_ATTRIBUTION = 128;
export const LEX_QUANTITY = 256;
export const LEX_PERCENT = 512;
export const LEX_DOLLARS = 1024;

const LEXICONS: [Set<string>, number][] = [
  [COMPARATIVE, LEX_COMPARATIVE],
  [MODAL, LEX_MODAL],
  [OPINION, LEX_OPINION],
  [FIRST, LEX_FIRST_PERSON],
  [SECOND, LEX_SECOND_PERSON],
  [PLEASANTRY, LEX_PLEASANTRY],
  [CAUSAL, LEX_CAUSAL],
  [ATTRIBUTION, LEX_ATTRIBUTION],
  [QUANTITY, LEX_QUANTITY],
  [new Set(["percent"]), LEX_PERCENT],
  [new Set(["dollars"]), LEX_DOLLARS],
];

// Every sentence word is looked up once, by the hash prepareText already computed, in a small
// open-addressing table of typed arrays (no Map, no strings), then checked char by char.
const entryWords: string[] = [];
const entryBits: number[] = [];
for (const [set, bit] of LEXICONS) {
  for (const word of set) {
    const e = entryWords.indexOf(word);
    if (e >= 0) entryBits[e]! |= bit;
    else {
      entryWords.push(word);
      entryBits.push(bit);
    }
  }
}
const TABLE_SIZE = 1024;
const TABLE_MASK = TABLE_SIZE - 1;
const slotHash = new Int32Array(TABLE_SIZE);
/** Entry index + 1 per slot; 0 = empty. */
const slotEntry = new Int32Array(TABLE_SIZE);
const slotBits = new Int32Array(TABLE_SIZE);
const entryChars = new Uint16Array(entryWords.reduce((n, w) => n + w.length, 0));
const slotCharStart = new Int32Array(TABLE_SIZE);
const slotLength = new Int32Array(TABLE_SIZE);

function slotOf(hash: number): number {
  return (hash ^ (hash >>> 16)) & TABLE_MASK;
}

let charsUsed = 0;
entryWords.forEach((word, e) => {
  let h = SEED_WORD;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  let p = slotOf(h);
  while (slotEntry[p] !== 0) p = (p + 1) & TABLE_MASK;
  slotEntry[p] = e + 1;
  slotHash[p] = h;
  slotBits[p] = entryBits[e]!;
  slotCharStart[p] = charsUsed;
  slotLength[p] = word.length;
  for (let i = 0; i < word.length; i++) entryChars[charsUsed++] = word.charCodeAt(i);
});

/** Lexicon bits of word `w` of the latest prepareText call (0 when it is in no list). */
export function lexiconBits(w: number): number {
  const h = scratch.wordHash[w]!;
  const s = scratch.wordStart[w]!;
  const len = scratch.wordEnd[w]! - s;
  const codes = scratch.codes;
  next: for (let p = slotOf(h); slotEntry[p] !== 0; p = (p + 1) & TABLE_MASK) {
    if (slotHash[p] !== h || slotLength[p] !== len) continue;
    const c = slotCharStart[p]!;
    for (let i = 0; i < len; i++) if (entryChars[c + i] !== codes[s + i]) continue next;
    return slotBits[p]!;
  }
  return 0;
}

import { ASCII_LETTER_OR_DIGIT, isLetterUnit } from "../text/char-classes.ts";
import { FNV_OFFSET, FNV_PRIME, gateBits } from "./word-gates.ts";
import { CAPITALISED, flagsOf, gatesOf, wordSlot } from "./word-flags.ts";

/** A word token with its offsets in the article body. */
export interface Token {
  start: number;
  end: number;
  /** Word-list memberships and shape tests of the token's text (see word-flags.ts). */
  flags: number;
  /** gateBits() of the token's text (see word-gates.ts). */
  gates: number;
}

// Tokens are letters/digits, allowing inner apostrophes, dots, commas and hyphens ("U.S",
// "1,700", "far-left"): the same as the regex /[\p{L}\p{N}]+(?:[’'.,\-][\p{L}\p{N}]+)*/gu run on
// body.slice(start, end), but scanned over char codes without slicing the range.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
/** Per BMP code unit: 0 = not yet known, 1 = letter or number, 2 = neither. */
const bmpClass = new Uint8Array(65536);

function isLetterOrNumberBmp(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let k = bmpClass[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    bmpClass[c] = k;
  }
  return k === 1;
}

/** Length in code units (1 or 2) of the letter or number at `i`, or 0; pairs count only within `end`. */
export function letterOrNumberAt(body: string, i: number, end: number): number {
  const c = body.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isLetterOrNumberBmp(c) ? 1 : 0;
  if (i + 1 >= end) return 0;
  const d = body.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return LETTER_OR_NUMBER.test(body.slice(i, i + 2)) ? 2 : 0;
}

/** Length in code units (1 or 2) of the letter (\p{L}) at `i`, or 0; pairs count only within `end`. */
export function letterAt(body: string, i: number, end: number): number {
  const c = body.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isLetterUnit(c) ? 1 : 0;
  if (i + 1 >= end) return 0;
  const d = body.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return LETTER.test(body.slice(i, i + 2)) ? 2 : 0;
}

function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 46 || c === 44 || c === 45;
}

/** End of the token starting at `i` (a letter or number), within `end`. */
function tokenEnd(body: string, i: number, end: number): number {
  for (;;) {
    let n: number;
    while (i < end && (n = letterOrNumberAt(body, i, end)) > 0) i += n;
    if (i + 1 < end && isJoiner(body.charCodeAt(i)) && letterOrNumberAt(body, i + 1, end) > 0) i++;
    else return i;
  }
}

/**
 * The tokens of body[start, end). One scan finds each token's end (ASCII handled inline, the
 * rest by letterOrNumberAt) and hashes its code units on the way for the flags lookup.
 */
export function tokenize(body: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = body.charCodeAt(i);
    if (c < 128 ? ASCII_LETTER_OR_DIGIT[c] === 0 : letterOrNumberAt(body, i, end) === 0) {
      i++;
      continue;
    }
    const s = i;
    let h = FNV_OFFSET;
    while (i < end) {
      const d = body.charCodeAt(i);
      if (d < 128 && ASCII_LETTER_OR_DIGIT[d] === 1) {
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
        continue;
      }
      const n = d < 128 ? 0 : letterOrNumberAt(body, i, end);
      if (n > 0) {
        h = Math.imul(h ^ d, FNV_PRIME);
        if (n === 2) h = Math.imul(h ^ body.charCodeAt(i + 1), FNV_PRIME);
        i += n;
      } else if (i + 1 < end && isJoiner(d) && letterOrNumberAt(body, i + 1, end) > 0) {
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      } else break;
    }
    const slot = wordSlot(body, s, i, h);
    out.push({ start: s, end: i, flags: flagsOf(slot), gates: gatesOf(slot) });
  }
  return out;
}

/** min(limit, number of tokens in body[start, end)), without building them. */
export function countTokens(body: string, start: number, end: number, limit: number): number {
  let n = 0;
  let i = start;
  while (i < end && n < limit) {
    if (letterOrNumberAt(body, i, end) === 0) i++;
    else {
      i = tokenEnd(body, i, end);
      n++;
    }
  }
  return n;
}

/** Index of the first token that ends after `offset` (binary search; tokens are in order). */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * tokenize(body, start, end) computed from `tokens`, the tokens of an enclosing range: tokens
 * wholly inside are shared, and a token cut by either bound is re-scanned over its part inside.
 */
export function tokensWithin(body: string, tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenEndingAfter(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (t.start >= start && t.end <= end) out.push(t);
    else for (const p of tokenize(body, Math.max(t.start, start), Math.min(t.end, end))) out.push(p);
  }
  return out;
}

/**
 * gateBits(body, start, end) computed from `tokens`, the tokens of an enclosing range: every
 * ASCII letter and digit of the range lies in a token, and a run of letters never crosses a
 * token's edge, so the bits are those of the tokens inside, each looked up once per word; a token
 * cut by either bound is scanned over its part inside.
 */
export function gateBitsWithin(body: string, tokens: readonly Token[], start: number, end: number): number {
  let bits = 0;
  for (let i = firstTokenEndingAfter(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (t.start >= start && t.end <= end) bits |= t.gates;
    else bits |= gateBits(body, Math.max(t.start, start), Math.min(t.end, end));
  }
  return bits;
}

/** Text between two tokens (punctuation and spaces), used to find commas before a conjunction. */
export function gapBefore(body: string, tokens: readonly Token[], i: number): string {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  if (!prev || !cur) return "";
  return body.slice(prev.end, cur.start);
}

function gapHas(body: string, tokens: readonly Token[], i: number, comma: boolean, semicolon: boolean): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  if (!prev || !cur) return false;
  for (let k = prev.end; k < cur.start; k++) {
    const c = body.charCodeAt(k);
    if ((comma && c === 44) || (semicolon && c === 59)) return true;
  }
  return false;
}

/** Is there a comma between token i - 1 and token i? (false for the first token) */
export function commaBefore(body: string, tokens: readonly Token[], i: number): boolean {
  return gapHas(body, tokens, i, true, false);
}

/** Is there a semicolon between token i - 1 and token i? */
export function semicolonBefore(body: string, tokens: readonly Token[], i: number): boolean {
  return gapHas(body, tokens, i, false, true);
}

/** Is there a comma or a semicolon between token i - 1 and token i? */
export function commaOrSemicolonBefore(body: string, tokens: readonly Token[], i: number): boolean {
  return gapHas(body, tokens, i, true, true);
}

/** The token's text in lowercase (for the rare word tests outside the flag table). */
export function lowerWordAt(body: string, t: Token): string {
  return body.slice(t.start, t.end).toLowerCase();
}

/** Does the token end in "'s" or "’s" ("the mayor's", "Nationwide’s")? */
export function endsInPossessive(body: string, t: Token): boolean {
  const apostrophe = body.charCodeAt(t.end - 2);
  return body.charCodeAt(t.end - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}

export function isCapitalised(t: Token): boolean {
  return (t.flags & CAPITALISED) !== 0;
}

/** Character tests on UTF-16 code units; cheap enough for the hot loops of the splitter. */

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0xfeff
  );
}

/** JavaScript's \s: exactly the characters a regex \s matches. */
export function isJsSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Per ASCII code: 1 for letters and digits, the characters most text is made of (for hot loops). */
export const ASCII_LETTER_OR_DIGIT = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LETTER_OR_DIGIT[c] = isAsciiLetter(c) || isDigit(c) ? 1 : 0;

const LETTER = /^\p{L}$/u;
/** Per BMP code unit: 0 = not yet known, 1 = letter, 2 = not a letter. */
const bmpLetter = new Uint8Array(65536);

/** Is the code unit `c` on its own a letter (/\p{L}/u.test(String.fromCharCode(c)))? Surrogates are not. */
export function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let k = bmpLetter[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    bmpLetter[c] = k;
  }
  return k === 1;
}

/** Lowercase letter in any script we can tell cheaply (ASCII or a cased letter that changes on upper-casing). */
export function isLowerLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return isAsciiLower(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isUpperLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Closing quotes and brackets that belong to the sentence they end. */
export function isCloser(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 41 ||
    c === 93 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0xbb ||
    c === 0x203a ||
    c === 125
  );
}

/** Where the letters that end at `end` start, looking back at most `max` chars: a word's start. */
export function letterRunStart(text: string, end: number, max = 24): number {
  let s = end;
  while (s > 0 && end - s < max && isLetterUnit(text.charCodeAt(s - 1))) s--;
  return s;
}

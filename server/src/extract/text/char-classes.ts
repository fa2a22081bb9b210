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

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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

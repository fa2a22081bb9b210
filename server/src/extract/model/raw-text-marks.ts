/**
 * What the hand features read from the raw sentence, because normalisation loses it (case, and
 * the `\b` word boundaries of a year, which treat non-ASCII letters as boundaries): char-code
 * scans instead of a regex and six `includes` calls, with lowercase letters, the bulk of any
 * sentence, taking the shortest path.
 */
export const MARK_PERCENT = 1;
export const MARK_MONEY = 2;
export const MARK_QUESTION = 4;
export const MARK_EXCLAMATION = 8;

/** Results of the latest `scanRawText` call. */
export const rawText = {
  marks: 0,
  /**
   * Words that start with an ASCII capital, not counting the first word (names, bodies). A word
   * starts at a letter (ASCII, or any char above U+00BF, curly quotes included) that follows
   * neither a letter nor a straight apostrophe.
   */
  capitalisedNonInitial: 0,
};

export function scanRawText(text: string): void {
  let marks = 0;
  let capitals = 0;
  let seenWord = false;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A letter starts a word unless it follows a letter or an apostrophe.
    if (c >= 97 && c <= 122) {
      if (!inWord) seenWord = true;
      inWord = true;
    } else if (c >= 65 && c <= 90) {
      if (!inWord) {
        if (seenWord) capitals++;
        seenWord = true;
      }
      inWord = true;
    } else if (c > 191) {
      if (!inWord) seenWord = true;
      inWord = true;
      if (c === 0x20ac) marks |= MARK_MONEY;
    } else {
      inWord = c === 39;
      if (c === 37) marks |= MARK_PERCENT;
      else if (c === 36 || c === 0xa3) marks |= MARK_MONEY;
      else if (c === 63) marks |= MARK_QUESTION;
      else if (c === 33) marks |= MARK_EXCLAMATION;
    }
  }
  rawText.marks = marks;
  rawText.capitalisedNonInitial = capitals;
}

/** `[A-Za-z0-9_]`: what `\b` separates from everything else. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `/\b(1[89]|20)\d\d\b/.test(text)`: a year 1800–2099 standing alone. */
export function hasYear(text: string): boolean {
  const last = text.length - 4;
  for (let i = 0; i <= last; i++) {
    const a = text.charCodeAt(i);
    if (a !== 49 && a !== 50) continue;
    const b = text.charCodeAt(i + 1);
    if (!(a === 49 ? b === 56 || b === 57 : b === 48)) continue;
    if (!isDigit(text.charCodeAt(i + 2)) || !isDigit(text.charCodeAt(i + 3))) continue;
    if (i > 0 && isAsciiWordChar(text.charCodeAt(i - 1))) continue;
    if (i < last && isAsciiWordChar(text.charCodeAt(i + 4))) continue;
    return true;
  }
  return false;
}

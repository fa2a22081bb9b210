/**
 * What the hand features read from the raw sentence, because normalisation loses it (case, and
 * the `\b` word boundaries of a year, which treat non-ASCII letters as boundaries): marks and
 * capitals by one char-code scan instead of a regex and six `includes` calls, with lowercase
 * letters, the bulk of any sentence, taking the shortest path; a year by a regex search.
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

/**
 * A year 1800–2099 standing alone. The regex finds it in native code, faster than a loop over the
 * chars: years are rare, so the search mostly runs to the end.
 */
const YEAR = /\b(?:1[89]|20)\d\d\b/;

export function hasYear(text: string): boolean {
  return YEAR.test(text);
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hasYear,
  MARK_EXCLAMATION,
  MARK_MONEY,
  MARK_PERCENT,
  MARK_QUESTION,
  rawText,
  scanRawText,
} from "./raw-text-marks.ts";

// The scans replace a regex, `includes` calls and a word loop; these are their definitions.
const YEAR = /\b(1[89]|20)\d\d\b/;
function capitalisedNonInitial(text: string): number {
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

const pieces = fc.constantFrom(
  "1999",
  "2020",
  "1850",
  "1799",
  "20000",
  "190",
  "_",
  "x",
  "A",
  "é",
  "É",
  "İ",
  "\u212a",
  "'",
  "’",
  "‘",
  " ",
  "%",
  "$",
  "€",
  "£",
  "?",
  "!",
  "Mr. Smith",
  "U.S.",
);
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc
    .array(fc.oneof(pieces, fc.string({ unit: "grapheme-ascii", maxLength: 6 })), { maxLength: 30 })
    .map((a) => a.join("")),
);

describe("raw text scans", () => {
  it("find what the regex, includes and the word loop find", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(hasYear(t)).toBe(YEAR.test(t));
        scanRawText(t);
        expect(rawText.capitalisedNonInitial).toBe(capitalisedNonInitial(t));
        expect((rawText.marks & MARK_PERCENT) !== 0).toBe(t.includes("%"));
        expect((rawText.marks & MARK_MONEY) !== 0).toBe(t.includes("$") || t.includes("€") || t.includes("£"));
        expect((rawText.marks & MARK_QUESTION) !== 0).toBe(t.includes("?"));
        expect((rawText.marks & MARK_EXCLAMATION) !== 0).toBe(t.includes("!"));
      }),
      { numRuns: 3000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareText, scratch, wordAt } from "./text-codes.ts";

/** The normalisation by its definition: lowercase the whole text, fold digits and curly apostrophes, split words. */
function reference(text: string): { codes: number[]; words: string[] } {
  const lower = /[^\p{ASCII}]/u.test(text) ? text.toLowerCase() : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const codes = Array.from({ length: lower.length }, (_, i) => lower.charCodeAt(i));
  const folded = codes.map((c) => (c >= 48 && c <= 57 ? 48 : c === 0x2018 || c === 0x2019 ? 39 : c));
  const words = String.fromCharCode(...folded)
    .split(/[^a-z0-9'\u00c0-\uffff]+/)
    .filter((w) => w !== "");
  return { codes: folded, words };
}

describe("prepareText", () => {
  it("normalises and splits as lowercasing the whole text first does, also when a non-ASCII char comes late", () => {
    const piece = fc.constantFrom("Σ", "ΑΣ", "İ", "É", "ß", "’", "‘", "Mr.", "1999", "AB", "x", " ", "ς", "Ⅻ", "😀");
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 12 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, (t) => {
        prepareText(t);
        const want = reference(t);
        expect(Array.from(scratch.codes.subarray(1, scratch.length - 1))).toEqual(want.codes);
        expect(Array.from({ length: scratch.words }, (_, w) => wordAt(w))).toEqual(want.words);
      }),
      { numRuns: 3000 },
    );
  });
});

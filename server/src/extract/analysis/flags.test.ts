import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findLoadedTerms, LOADED } from "./flags.ts";
import { joinedWords } from "./joined-words.test-support.ts";
import { LOADED_TERMS } from "./lexicon.ts";

/** The terms as the global regex with its lookbehind finds them. */
function byRegex(text: string): string[] {
  const found = new Set<string>();
  LOADED.lastIndex = 0;
  for (let m = LOADED.exec(text); m !== null; m = LOADED.exec(text)) found.add(m[1]!.toLowerCase());
  return [...found];
}

describe("loaded terms", () => {
  it("are those the regex with its lookbehind finds", () => {
    const word = fc.oneof(
      fc.constantFrom(...LOADED_TERMS, "REGIME", "Sham", "ſham", "\u212aorrupt", "x", "é", "\u{1d400}", "\ud835"),
      fc.string({ maxLength: 3 }),
    );
    const text = joinedWords(word, [" ", "", "-", "’", ", "], { maxLength: 12 });
    fc.assert(
      fc.property(text, (t) => {
        expect(findLoadedTerms(t, -1)).toEqual(byRegex(t));
      }),
      { numRuns: 3000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BEFORE_QUOTE, endsWithReportingVerb } from "./quote-speaker.ts";
import { joinedWords } from "./joined-words.test-support.ts";
import { REPORTING_VERBS } from "./lexicon.ts";

describe("speaker before a quote", () => {
  it("is never ruled out by the pre-check when the regex finds one", () => {
    const word = fc.oneof(
      fc.constantFrom(
        ...REPORTING_VERBS,
        "Said",
        "that",
        "That",
        "Petro",
        "He",
        "she",
        "Sarabia",
        "for her part",
        ":",
        ",",
      ),
      fc.string({ maxLength: 3 }),
    );
    const window = joinedWords(word, [" ", "", ", ", ": ", "\u00a0", "\n", "  "], { maxLength: 10 });
    fc.assert(
      fc.property(window, (w) => {
        if (BEFORE_QUOTE.test(w)) expect(endsWithReportingVerb(w), JSON.stringify(w)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

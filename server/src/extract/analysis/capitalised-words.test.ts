import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CapitalisedWordIndex, leadingLetters } from "./capitalised-words.ts";
import { fullNameInText } from "./claimant.ts";

const WORDS = [
  "Petro",
  "Petro's",
  "Petro,",
  "Gustavo",
  "President",
  "of",
  "Colombia",
  "said",
  "Maria",
  "Ortiz",
  "Delgado",
  "O'Brien",
  "Seán",
  "Ñúñez",
  "the",
  "The",
  "Kim.",
  "Kim",
  "Peter",
  "Dr.",
  "Petrov",
];
const SEPARATORS = [" ", " ", " ", "\u00a0", "\n", ", ", ". "];

/** Texts made of the words names are read from, joined by spaces, no-break spaces and breaks. */
const newsText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

describe("the capitalised-word index", () => {
  it("files a word under its leading letters, after a space or a no-break space only", () => {
    const index = new CapitalisedWordIndex("Yes, Petro's plan\u00a0Petro,Kim and Petrov\nPetro");
    expect(index.at("Petro")).toEqual([5, 18]);
    expect(index.at("Petrov")).toEqual([32]);
    expect(leadingLetters("O'Brien")).toBe("O");
  });

  it("finds the same full name as a search of the whole body, for any text", () => {
    fc.assert(
      fc.property(
        newsText,
        fc.constantFrom("Petro", "Ortiz", "Delgado", "O'Brien", "Kim", "Ñúñez"),
        (body, surname) => {
          expect(fullNameInText(body, surname, new CapitalisedWordIndex(body))).toBe(fullNameInText(body, surname));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

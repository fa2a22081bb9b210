import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticleInput } from "../input/parse-article-input.ts";
import { joinedWords } from "./joined-words.test-support.ts";
import { findQuantities, QUANTITY } from "./quantities.ts";
import { quantityStartsWithin } from "./quantity-candidates.ts";
import { nextQuantityStart } from "./quantity-starts.ts";
import { tokenize } from "./tokens.ts";

/** Every place the global quantity regex matches must be a place nextQuantityStart offers. */
function expectNoMatchSkipped(text: string): void {
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m !== null; m = QUANTITY.exec(text)) {
    expect(nextQuantityStart(text, m.index), `${JSON.stringify(text)} at ${m.index}`).toBe(m.index);
    if (m[0].length === 0) QUANTITY.lastIndex++;
  }
}

const raw = readFileSync(new URL("../../../../samples/colombia-dhs-2025-03-28.txt", import.meta.url), "utf8");
const { body } = parseArticleInput(raw, "text");
const pieces = [
  ...body.split(/\s+/).slice(0, 300),
  "over",
  "just",
  "at least",
  "a dozen",
  "a",
  "no more than",
  "twenty-one",
  "tenmillion",
  "ſix",
  "Kelvin",
  "K",
  "$",
  "€",
  "£",
  "US$5",
  "1,700",
  "3.5",
  "5%",
  "half",
  "hundreds",
  "é",
  "2024",
  "x1",
  "for",
  "forty",
  "in excess of",
  "as many as",
  "at\u00a0most",
  "a\tdozen",
  "about",
  "aboutface",
  "Over",
  "SOME",
  "somewhat",
  "fivefold",
];

/** Quantities of body[start, end) found from the tokens of the whole body equal those of a full scan. */
function expectSameFromTokens(body: string, start: number, end: number): void {
  const starts = quantityStartsWithin(body.slice(start, end), start, tokenize(body, 0, body.length));
  expect(findQuantities(body, start, end, undefined, starts)).toEqual(findQuantities(body, start, end));
}

const word = fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }));
const text = joinedWords(word, [" ", "", "-", ", ", "\u00a0", "\n", "  ", "“", "’"], { maxLength: 20 });

describe("quantity start positions", () => {
  it("never skip a place where the quantity regex matches", () => {
    fc.assert(fc.property(text, expectNoMatchSkipped), { numRuns: 3000 });
  });

  it("read from tokens give the quantities of a full scan, in spans that cut tokens too", () => {
    const span = text.chain((t) =>
      fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)).map(([t, a, b]) => ({
        t,
        start: Math.min(a, b),
        end: Math.max(a, b),
      })),
    );
    fc.assert(
      fc.property(span, ({ t, start, end }) => expectSameFromTokens(t, start, end)),
      { numRuns: 3000 },
    );
  });

  it("hold on the sample article", () => {
    expectNoMatchSkipped(body);
    expectSameFromTokens(body, 0, body.length);
  });
});

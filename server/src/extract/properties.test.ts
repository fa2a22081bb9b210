import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";
import { TRICKY_PIECES } from "./tricky-pieces.test-helper.ts";

// The golden check's fragments, plus a joined emoji sequence.
const pieces = fc.constantFrom(...TRICKY_PIECES, "👩‍👩‍👧");
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc
    .array(fc.oneof(pieces, fc.string({ unit: "grapheme-ascii", maxLength: 12 })), { maxLength: 60 })
    .map((a) => a.join("")),
);

describe("extractClaims on arbitrary Unicode", () => {
  it("never throws, anchors every span verbatim and keeps spans apart within a sentence", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(null, "2025-03-28", "not-a-date"), (body, publishedOn) => {
        const claims = extractClaims(body, { publishedOn });
        let prev: { sentenceStart: number; end: number; start: number } | null = null;
        for (const c of claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(body.length);
          expect(c.start).toBeLessThan(c.end);
          expect(body.slice(c.start, c.end)).toBe(c.quote);
          if (prev && prev.sentenceStart === c.sentenceStart) expect(c.start).toBeGreaterThanOrEqual(prev.end);
          expect(prev === null || c.start >= prev.start).toBe(true);
          prev = c;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(text, (body) => {
        expect(JSON.stringify(extractClaims(body, { publishedOn: "2025-03-28" }))).toBe(
          JSON.stringify(extractClaims(body, { publishedOn: "2025-03-28" })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("parses any upload in every format without throwing", () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom("text", "markdown", "html") as fc.Arbitrary<"text" | "markdown" | "html">,
        (raw, format) => {
          const { body } = parseArticleInput(raw, format);
          expect(() => extractClaims(body)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns no claims for empty or whitespace-only input", () => {
    for (const body of ["", " ", "\n\n\t", "\u00a0\u3000\r\n"]) expect(extractClaims(body)).toEqual([]);
  });
});

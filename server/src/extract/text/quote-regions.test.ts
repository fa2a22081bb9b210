import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuoteRegions, type QuoteRegion } from "./quote-regions.ts";

/** The former scan: every char read, the marks told apart by code. */
function scanEveryChar(text: string, from: number, to: number): QuoteRegion[] {
  const closers: Record<number, number> = { 0x201c: 0x201d, 0xab: 0xbb, 0x201e: 0x201c, 0x300c: 0x300d, 34: 34 };
  const out: QuoteRegion[] = [];
  let open = -1;
  let closer = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (open < 0) {
      if (closers[c] !== undefined) {
        open = i;
        closer = closers[c]!;
      }
    } else if (c === closer) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: to });
  return out;
}

describe("quote regions", () => {
  it("are those of a scan of every char, in any part of a text", () => {
    const piece = fc.constantFrom('"', "“", "”", "«", "»", "„", "「", "」", "‘", "’", "'", "a", " ", "\n\n", "é");
    const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = Math.min(a, b) % (t.length + 1);
        const to = Math.max(from, Math.max(a, b) % (t.length + 1));
        expect(findQuoteRegions(t, from, to)).toEqual(scanEveryChar(t, from, to));
      }),
      { numRuns: 3000 },
    );
  });
});

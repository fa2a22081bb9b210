import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainWording } from "./plain-wording.ts";
import { quotedWording } from "./quoted-wording.ts";

describe("quotedWording", () => {
  it("keeps a quotation that lies inside the wording, as curly quotes", () => {
    expect(quotedWording("Rome was “fully committed” to NATO")).toBe("Rome was “fully committed” to NATO");
    expect(quotedWording('the economy was in "a good place" and   rates would "wait"')).toBe(
      "the economy was in “a good place” and rates would “wait”",
    );
  });

  it("drops a mark whose partner lies outside the span", () => {
    expect(quotedWording("fully committed” to NATO")).toBe("fully committed to NATO");
    expect(quotedWording("Rome was “fully committed")).toBe("Rome was fully committed");
    expect(quotedWording('Rome was " fully committed')).toBe("Rome was fully committed");
    expect(quotedWording("“a” b “c")).toBe("“a” b c");
  });

  it("has the plain wording once its marks are dropped", () => {
    const piece = fc.oneof(
      fc.constantFrom(" ", "  ", "“", "”", '"', "\n", "\u00a0", "(", "—", "a", "bc", "’"),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const s = parts.join("");
        expect(plainWording(quotedWording(s))).toBe(plainWording(s));
      }),
      { numRuns: 5000 },
    );
  });
});

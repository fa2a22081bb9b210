import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainWording } from "./plain-wording.ts";

/** The straightforward version plainWording must equal. */
const reference = (s: string): string => s.replace(/[“”"]/g, "").replace(/\s+/g, " ").trim();

describe("plainWording", () => {
  it("drops quote marks and folds white space like the regex version", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        " ",
        "  ",
        "“",
        "”",
        '"',
        "\n",
        "\u00a0",
        "\u2028",
        "\ufeff",
        "\t",
        "\u180e",
        "\u200b",
        "a",
        "bc",
        "’",
      ),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const s = parts.join("");
        expect(plainWording(s)).toBe(reference(s));
      }),
      { numRuns: 5000 },
    );
  });
});

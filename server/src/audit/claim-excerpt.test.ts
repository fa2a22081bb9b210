import { describe, expect, it } from "vitest";
import { claimExcerpt } from "./claim-excerpt.ts";

describe("claimExcerpt", () => {
  it("keeps a short quote whole, and has nothing for none", () => {
    expect(claimExcerpt("The sky is green.")).toBe("The sky is green.");
    expect(claimExcerpt(null)).toBeNull();
    expect(claimExcerpt("")).toBeNull();
  });

  it("cuts a long quote at a word boundary, within 100 characters, with an ellipsis", () => {
    const excerpt = claimExcerpt(`${"word ".repeat(30)}end`)!;
    expect(excerpt).toBe(`${"word ".repeat(19).trimEnd()}…`);
    expect(excerpt.length).toBeLessThanOrEqual(100);
  });

  it("cuts one long word where it must, and never through an emoji", () => {
    expect(claimExcerpt("x".repeat(150))).toBe(`${"x".repeat(99)}…`);
    const emoji = claimExcerpt("🙂".repeat(120))!;
    expect(Array.from(emoji)).toHaveLength(100);
    expect(emoji.endsWith("🙂…")).toBe(true);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyPatternTest } from "./any-pattern.ts";

// Shapes the joined test must keep apart: anchored and not, "|" outside a group, classes with "|"
// and ")", escapes, flags, lookarounds, a backreference, and a named group.
const PATTERNS = [
  /^Updated\b.{0,20}\d{4}\s*$/i,
  /^By [A-Z]\w+$/,
  /^a|b$/,
  /^(?:Read more|More on)\b/i,
  /^[|)]x/,
  /^\(\d\)/,
  /^é+$/u,
  /^\p{Lu}{2,}:$/u,
  /^(?<=)Share$/,
  /^(?!Photo)P\w+ \d$/,
  /^(\w)\1$/,
  /^(?<word>ab)c$/,
  /Picture: \w+$/,
];

describe("anyPatternTest", () => {
  const test = anyPatternTest(PATTERNS);
  const some = (text: string): boolean => PATTERNS.some((re) => new RegExp(re.source, re.flags).test(text));

  it.each([
    ["Updated 12 May 2026", true],
    ["UPDATED May 2026 ", true],
    ["By Smith", true],
    ["By smith", false],
    ["a long line", true],
    ["ends in b", true],
    ["neither", false],
    ["read more: x", true],
    ["|x", true],
    [")x", true],
    ["(1) item", true],
    ["éé", true],
    ["BBC:", true],
    ["Share", true],
    ["Photo 3", false],
    ["Pages 3", true],
    ["zz", true],
    ["zy", false],
    ["abc", true],
    ["Caption. Picture: Hulme", true],
  ])("%j gives %s, as trying each pattern does", (text, expected) => {
    expect(test(text)).toBe(expected);
    expect(some(text)).toBe(expected);
  });

  it("agrees with trying each pattern on arbitrary text", () => {
    const chars = fc.constantFrom(..."aAbBgzyPU(|) 1é:\\Share Updated 2026 By Photo Picture".split(""));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(test(text)).toBe(some(text));
      }),
      { numRuns: 2000 },
    );
  });
});

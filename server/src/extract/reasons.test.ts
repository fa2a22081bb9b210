import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractClaims, parseArticleInput, scoreSentence } from "./index.ts";

const raw = readFileSync(new URL("../../../samples/colombia-dhs-2025-03-28.txt", import.meta.url), "utf8");
const { body, publishedOn } = parseArticleInput(raw, "text");

describe("score reasons", () => {
  it("behave like a plain property: JSON, spread, structuredClone, keys and assignment", () => {
    const claims = extractClaims(body, { publishedOn });
    const c = claims.find((x) => x.quote.includes("over 1,700 deportations"))!;
    const keys = Object.keys(c);
    expect(keys.indexOf("reasons")).toBe(keys.indexOf("scores") + 1);
    const json = JSON.parse(JSON.stringify(c));
    expect(json.reasons.checkworthy.length).toBeGreaterThan(0);
    expect({ ...c }.reasons).toEqual(json.reasons);
    expect(structuredClone(c).reasons).toEqual(json.reasons);
    expect(c.reasons).toBe(c.reasons);
    expect(c.reasons.checkworthy[0]!.feature).toBe("rule:quantity");
    c.reasons = { checkworthy: [], factual: [] };
    expect(JSON.parse(JSON.stringify(c)).reasons).toEqual({ checkworthy: [], factual: [] });
  });

  it("can be read from a frozen claim", () => {
    const c = Object.freeze(extractClaims(body, { publishedOn })[0]!);
    expect(c.reasons.checkworthy.length).toBeGreaterThan(0);
    expect(c.reasons).toEqual(JSON.parse(JSON.stringify(c)).reasons);
  });

  it("are the same whether read right away or after more extraction", () => {
    const first = extractClaims(body, { publishedOn });
    const eager = JSON.stringify(extractClaims(body, { publishedOn }));
    extractClaims("Exports rose 12% in 2024, the ministry said.", { publishedOn });
    scoreSentence("Something else entirely.");
    expect(JSON.stringify(first)).toBe(eager);
  });
});

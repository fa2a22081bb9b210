// The claims' JSON and its index: the text is what JSON.stringify gives, and each claim's entry
// cuts exactly that claim out of it, so a revision can pick claims without parsing the rest.
import { expect, it } from "vitest";
import { longArticle } from "../../../tests/support/long-article.ts";
import { loadScoringModel } from "../extract/index.ts";
import { prepareExtraction } from "./prepare-extraction.ts";

it("indexes each claim's span and its place in the JSON", () => {
  loadScoringModel();
  const prepared = prepareExtraction({ raw: longArticle(2), format: "text" });
  const claims = JSON.parse(prepared.claimsJson) as Array<{ start: number; end: number }>;
  expect(claims.length).toBeGreaterThan(40);
  expect(prepared.claimsJson).toBe(JSON.stringify(claims));
  expect(prepared.claimIndex).toHaveLength(4 * claims.length);
  claims.forEach((claim, i) => {
    const [start, end, from, to] = prepared.claimIndex.slice(4 * i, 4 * i + 4);
    expect([start, end]).toEqual([claim.start, claim.end]);
    expect(JSON.parse(prepared.claimsJson.slice(from, to))).toEqual(claim);
  });
  expect(prepareExtraction({ raw: "   ", format: "text" })).toMatchObject({ claimsJson: "[]", claimIndex: [] });
});

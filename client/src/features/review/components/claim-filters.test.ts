import { describe, expect, it } from "vitest";
import { claimFlagSchema, type Claim, type ClaimFlag } from "@claimdesk/shared";
import { claim } from "../../../test/fixtures.ts";
import { DEFAULT_FILTERS, FLAG_LABELS, FLAG_OPTIONS, filterAndSortClaims } from "./claim-filters.ts";

const ME = "00000000-0000-4000-8000-000000000001";

const flagged = (c: Claim, flags: ClaimFlag[]): Claim => ({ ...c, details: { ...c.details, flags } });

// #1 is an unflagged quote, #2 is disputed and an opinion, #3 is only an opinion, #4 is a disputed quote.
const sample = () => [
  claim(1, 0, 50, { kind: "quote" }),
  flagged(claim(2, 17, 50), ["disputed", "opinion"]),
  flagged(claim(3, 91, 137, { kind: "prediction" }), ["opinion"]),
  flagged(claim(4, 52, 90, { kind: "quote" }), ["quotation", "disputed"]),
];
const numbers = (cs: Claim[]) => cs.map((c) => c.number);

describe("filterAndSortClaims by flag", () => {
  it("keeps every claim, flagged or not, when no flag is chosen", () => {
    expect(DEFAULT_FILTERS.flag).toBe("");
    expect(numbers(filterAndSortClaims(sample(), DEFAULT_FILTERS, ME))).toEqual([1, 2, 4, 3]);
  });

  it("keeps only the claims carrying the chosen flag, whatever other flags they have", () => {
    expect(numbers(filterAndSortClaims(sample(), { ...DEFAULT_FILTERS, flag: "disputed" }, ME))).toEqual([2, 4]);
    expect(numbers(filterAndSortClaims(sample(), { ...DEFAULT_FILTERS, flag: "opinion" }, ME))).toEqual([2, 3]);
    expect(numbers(filterAndSortClaims(sample(), { ...DEFAULT_FILTERS, flag: "unnamed_source" }, ME))).toEqual([]);
  });

  it("combines the flag with the other filters", () => {
    expect(numbers(filterAndSortClaims(sample(), { ...DEFAULT_FILTERS, kind: "quote" }, ME))).toEqual([1, 4]);
    const filters = { ...DEFAULT_FILTERS, flag: "disputed", kind: "quote" } as const;
    expect(numbers(filterAndSortClaims(sample(), filters, ME))).toEqual([4]);
    expect(numbers(filterAndSortClaims(sample(), { ...filters, sort: "checkworthy" }, ME))).toEqual([4]);
  });

  it("offers every flag the schema knows, disputed first, each with a label", () => {
    expect([...FLAG_OPTIONS].sort()).toEqual([...claimFlagSchema.options].sort());
    expect(FLAG_OPTIONS.map((f) => FLAG_LABELS[f])).toEqual([
      "Disputed in the article",
      "Not verified by the outlet",
      "Opinion",
      "Loaded language",
      "Unnamed source",
      "Quotation",
    ]);
  });
});

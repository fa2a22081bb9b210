import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * How reported clauses are cut and how figures are read in news copy the earlier reads did not
 * cover. The texts are written for these tests.
 */
function claims(body: string): ExtractedClaim[] {
  return extractClaims(body, { publishedOn: "2025-06-12" });
}

describe("reported clauses", () => {
  it("leaves “, and that” out of a second that-clause, as it does “and that”", () => {
    const all = claims("The mayor has said that crime fell 20 percent, and that the city hired 500 officers.");
    expect(all.map((c) => c.quote)).toEqual(["crime fell 20 percent", "the city hired 500 officers"]);
    expect(all[1]!.text).toBe("According to the mayor, the city hired 500 officers");
  });
});

describe("lists of figures", () => {
  it("keeps a list whose year dates every figure in one claim, and splits one without", () => {
    expect(claims("The Civic Alliance won 46 seats and 42.7% of the vote in 2009.").map((c) => c.quote)).toEqual([
      "The Civic Alliance won 46 seats and 42.7% of the vote in 2009",
    ]);
    expect(
      claims("The cooperation has resulted in over 1,700 deportations and over 1,000 arrests.").map((c) => c.quote),
    ).toEqual(["The cooperation has resulted in over 1,700 deportations", "over 1,000 arrests"]);
  });
});

describe("a figure set off by commas", () => {
  it("stays with the subject it describes, and a second that-clause opens past it", () => {
    const all = claims(
      "An Elections Norland spokesperson said there was no indication of any counting error and that 212,000 postal ballots, about 14% of all votes cast, had been processed under observation.",
    );
    expect(all.map((c) => c.text)).toEqual([
      "According to the Elections Norland spokesperson, there was no indication of any counting error",
      "According to the Elections Norland spokesperson, 212,000 postal ballots, about 14% of all votes cast, had been processed under observation",
    ]);
  });
});

describe("figures", () => {
  const quantities = (body: string) =>
    claims(body).flatMap((c) => c.quantities.map((q) => ({ text: q.text, value: q.value, unit: q.unit })));

  it("reads a capital C or F glued to the digits as degrees, but not after a model's name", () => {
    expect(quantities("Temperatures reached 40C in Seville, 104F in Phoenix, above the 1.5C limit.")).toEqual([
      { text: "40C", value: 40, unit: "°C" },
      { text: "104F", value: 104, unit: "°F" },
      { text: "1.5C", value: 1.5, unit: "°C" },
    ]);
    expect(quantities("The company sold the iPhone 5C in red.")).toEqual([]);
  });

  it("counts the plural past “more” after a number word, but not an idiom's noun", () => {
    expect(quantities("Two more hospitals reported cases, and three more people died.")).toEqual([
      { text: "Two more hospitals", value: 2, unit: "hospitals" },
      { text: "three more people", value: 3, unit: "people" },
    ]);
    expect(quantities("I'll make one more point: millions more like him agree, she said.")).toEqual([]);
  });
});

describe("kinds", () => {
  it("reads a superlative of a measure as a record, not one of praise", () => {
    expect(claims("Europe is the fastest-warming continent, heating up twice as fast as the world.")[0]!.kind).toBe(
      "comparison_record",
    );
    expect(claims("Spain has just had its hottest June since records began in 1961.")[0]!.kind).toBe(
      "comparison_record",
    );
    expect(claims("They taught me that this was the greatest country in the world.")[0]!.kind).not.toBe(
      "comparison_record",
    );
  });
});

describe("half a million", () => {
  it("reads “half a million jobs” as 500,000 jobs", () => {
    const q = claims('The AI Act would cost Europe "half a million jobs" by 2030, the group said.')[0]!.quantities;
    expect(q.map((x) => ({ text: x.text, value: x.value, unit: x.unit }))).toEqual([
      { text: "half a million jobs", value: 500000, unit: "jobs" },
    ]);
  });
});

describe("numbers in names", () => {
  it("reads “Atlas-4” and “COVID-19” as names, not counts", () => {
    const q = claims(
      "Lumora says its Atlas-4 model is used by 180 million people a month. COVID-19 killed 1,200 people.",
    )
      .flatMap((c) => c.quantities)
      .map((x) => x.text);
    expect(q).toEqual(["180 million people a month", "1,200 people"]);
  });
});

describe("labels and small shares", () => {
  it("reads a share of one in millions, and no degrees in a flat's or a seat's label", () => {
    const q = claims("One in 2,500,000 tickets wins, the lottery said.")[0]!.quantities;
    expect(q.map((x) => x.value)).toEqual([4e-7]);
    expect(claims("The family lives in apartment 4C and sat in seat 12F.").flatMap((c) => c.quantities)).toEqual([]);
  });

  it("lists no toll for a missed target", () => {
    const c = claims("The company is missing its 5 percent growth target.")[0]!;
    expect(c.reasons.checkworthy.some((r) => r.feature === "rule:casualties")).toBe(false);
  });
});

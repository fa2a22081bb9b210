import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Sources and speakers from the fifteenth read of news copy (decision 325): a quarterly earnings
 * story, a by-election night, a Supreme Court ruling, a fact-check and a comet flyby. The texts
 * are written for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const byClaimant = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name, c.claimant.type]);

describe("forecasts and estimates as the object of a verb", () => {
  it("keeps “beat forecasts”, “revised their estimates” and “cut its forecast” the article's", () => {
    for (const sentence of [
      "Halvorsen Foods beats forecasts but cuts full-year outlook as cocoa costs bite",
      "Halvorsen Foods beat forecasts in the first quarter.",
      "Economists revised their estimates upward.",
      "Halvorsen lowered its profit forecast on Tuesday.",
      "Tesla topped estimates in the quarter.",
      "Tesla topped Wall Street estimates in the quarter.",
      "Inflation exceeded forecasts in April.",
    ]) {
      const all = claims(sentence);
      expect(
        all.map((c) => c.claimant.name),
        sentence,
      ).toEqual(["the article"]);
    }
    // A beaten forecast is a result, not a forecast the claim makes.
    expect(claims("Halvorsen Foods beat forecasts in the first quarter.")[0]!.kind).not.toBe("prediction");
  });

  it("gives “X has forecast …” to X, without the auxiliary", () => {
    expect(byClaimant("The IMF has forecast growth of 3% next year.")).toEqual([
      ["The IMF has forecast growth of 3% next year", "IMF", "organization"],
    ]);
    expect(
      claims(
        "The International Cocoa Organization has forecast a third straight global supply deficit for the 2025-26 season.",
      )[0]!.claimant.name,
    ).toBe("International Cocoa Organization");
  });

  it("still reads forecasters, described groups and a forecast noun's own figures as before", () => {
    expect(claims("The IMF forecasts growth of 3.1% next year.")[0]!.claimant.name).toBe("IMF");
    expect(claims("Goldman Sachs expects Brent to average $56.")[0]!.claimant.name).toBe("Goldman Sachs");
    expect(claims("Analysts polled by Reuters expect revenue of $4 billion.")[0]!.claimant.name).toBe(
      "Analysts polled by Reuters",
    );
    expect(claims("Police estimates of the crowd ranged from 2,000 to 5,000.")[0]!.claimant.name).toBe("the article");
    expect(claims("The bank's forecasts show growth of 1.9pc in 2026.")[0]!.kind).toBe("prediction");
  });
});

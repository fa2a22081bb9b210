import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Wire relays, hedges, courts, counsel and the furniture of wire copy and explainers, from the
 * fourteenth read of news copy (decision 295). The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2025-10-14"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}

describe("courts that heard evidence", () => {
  it("reads a named court or its jurors hearing or being told something as unnamed evidence heard by it", () => {
    expect(
      claims(
        "Leeds Crown Court heard that Smith had taken £340,000 from the charity. Southwark Crown Court was told that Smith had forged 12 invoices. Jurors at Leeds Crown Court heard that Smith had spent £90,000 on cars. Jurors heard how Smith hid the money. The jury was told Smith had lied to auditors. The Old Bailey heard that Smith had fled to Spain.",
      ).map((c) => [c.claimant.name, c.claimant.type]),
    ).toEqual([
      ["evidence heard by Leeds Crown Court", "unnamed_sources"],
      ["evidence heard by Southwark Crown Court", "unnamed_sources"],
      ["evidence heard by Leeds Crown Court", "unnamed_sources"],
      ["evidence heard by the jury", "unnamed_sources"],
      ["evidence heard by the jury", "unnamed_sources"],
      ["evidence heard by the Old Bailey", "unnamed_sources"],
    ]);
  });

  it("leaves a court that heard no statement, and one only named, as the article's (counter-examples)", () => {
    expect(
      claims("Leeds Crown Court heard evidence for three days. Smith appeared at Leeds Crown Court on Monday.").map(
        (c) => c.claimant.type,
      ),
    ).toEqual(["article", "article"]);
  });
});

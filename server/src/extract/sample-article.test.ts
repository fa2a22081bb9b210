import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractedClaimListSchema, type ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims, parseArticleInput } from "./index.ts";

const raw = readFileSync(new URL("../../../samples/colombia-dhs-2025-03-28.txt", import.meta.url), "utf8");
const { body, publishedOn } = parseArticleInput(raw, "text");
const claims = extractClaims(body, { publishedOn });

function claimWith(fragment: string): ExtractedClaim {
  const found = claims.filter((c) => c.quote.includes(fragment));
  expect(found, `a claim containing "${fragment}"`).toHaveLength(1);
  return found[0]!;
}

describe("sample article: Noem in Colombia", () => {
  it("reads the date line as metadata and starts the body after it", () => {
    expect(publishedOn).toBe("2025-03-28");
    expect(body.startsWith("Department of Homeland Security")).toBe(true);
  });

  it("produces schema-valid claims anchored verbatim in the body", () => {
    expect(extractedClaimListSchema.safeParse(claims).success).toBe(true);
    for (const c of claims) {
      expect(body.slice(c.start, c.end)).toBe(c.quote);
      expect(body.slice(c.start - c.prefix.length, c.start)).toBe(c.prefix);
      expect(body.slice(c.end, c.end + c.suffix.length)).toBe(c.suffix);
    }
  });

  it("splits the deportations and arrests into two claims by the Colombian presidency", () => {
    const deportations = claimWith("over 1,700 deportations");
    const arrests = claimWith("over 1,000 arrests");
    expect(deportations.id).not.toBe(arrests.id);
    expect(deportations.quote).not.toContain("arrests");
    for (const c of [deportations, arrests]) {
      expect(c.claimant.name).toMatch(/colombian presidency/i);
      expect(c.kind).toBe("statistic");
    }
    expect(arrests.text).toMatch(/cooperation between Colombia and the U\.S\. has resulted in over 1,000 arrests/);
    expect(arrests.quantities[0]).toMatchObject({ value: 1000, unit: "arrests", qualifier: "more_than" });
  });

  it("attributes record cocaine production to Petro's policies as a causal record claim by the article", () => {
    const c = claimWith("record amounts of cocaine");
    expect(c.quote).toContain("in more than two decades as of 2023");
    expect(c.kind).toBe("causal");
    expect(c.alsoKinds).toContain("comparison_record");
    expect(c.claimant.type).toBe("article");
    expect(c.dates.map((d) => d.value)).toContain("2023");
  });

  it("finds the signed declaration of intent, the 200 years of cooperation and the coca ingredient", () => {
    expect(claimWith("signed a declaration of intent for biometric cooperation").claimant.name).toMatch(
      /colombian presidency/i,
    );
    const years = claimWith("for more than 200 years");
    expect(years.claimant.name).toMatch(/colombian presidency/i);
    expect(years.quantities).toContainEqual(
      expect.objectContaining({ value: 200, unit: "years", qualifier: "more_than" }),
    );
    expect(claimWith("Coca leaves are the main ingredient").claimant.type).toBe("article");
  });

  it("covers the January deportation flight refusal and the agreement to all U.S. terms", () => {
    const refusal = claimWith("refused to accept a U.S. deportation flight");
    expect(refusal.dates).toContainEqual(expect.objectContaining({ text: "January", value: "2025-01" }));
    const agreed = claimWith("agreed to all");
    expect(agreed.claimant.name).toMatch(/colombian government/i);
    expect(agreed.text).toMatch(/^The Colombian government said it had “agreed to all”/);
  });

  it("finds the tour, the CECOT visit and the planned Mexico meeting", () => {
    expect(claimWith("three-day tour of El Salvador, Colombia, and Mexico").quantities[0]).toMatchObject({ value: 3 });
    const cecot = claimWith("(CECOT)");
    expect(cecot.text).toMatch(/^The DHS Secretary visited/);
    expect(cecot.flags).toContain("loaded_language");
    const mexico = claimWith("will travel to Mexico on Friday");
    expect(mexico.kind).toBe("prediction");
    expect(mexico.dates[0]).toMatchObject({ value: "2025-03-28" });
  });

  it("resolves Thursday evening to the day before the Friday publication date", () => {
    expect(claimWith("Thursday evening").dates[0]).toMatchObject({ text: "on Thursday evening", value: "2025-03-27" });
    expect(claimWith("Thursday evening").loadedTerms).toContain("far-left");
  });

  it("attributes the coca hectares claim to unnamed sources via El Espectador", () => {
    const c = claimWith("the U.S. delegation insisted the amount of hectares");
    expect(c.claimant).toMatchObject({ name: "unnamed sources", type: "unnamed_sources", via: "El Espectador" });
    expect(c.flags).toContain("unnamed_source");
    expect(c.kind).toBe("attributed_statement");
  });

  it("scores pleasantries low, flags opinion and keeps Mrs. Kristi Noem, U.S. Secretary together", () => {
    expect(claimWith("Thank you very, very much Laura").scores.checkworthy).toBeLessThan(0.2);
    const opinion = claimWith("I think she loved Colombia");
    expect(opinion.flags).toEqual(expect.arrayContaining(["opinion", "quotation"]));
    // The article names him "Petro" there and "President Gustavo Petro" earlier.
    expect(opinion.claimant.name).toBe("Gustavo Petro");
    expect(claimWith("With Mrs. Kristi Noem, U.S. Secretary of Homeland Security").kind).toBe("quote");
  });

  it("scores the headline statistics as check-worthy and factual", () => {
    for (const f of ["over 1,700 deportations", "record amounts of cocaine"]) {
      expect(claimWith(f).scores.checkworthy).toBeGreaterThan(0.5);
      expect(claimWith(f).scores.factual).toBeGreaterThan(0.5);
    }
  });

  it("resolves 'she added' to the last speaker", () => {
    expect(claimWith("This letter of intent is one more step").claimant.name).toBe("Laura Sarabia");
  });
});

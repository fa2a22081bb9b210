// ClaimReview against Google's documented fields (developers.google.com/search/docs/appearance/
// structured-data/factcheck): required claimReviewed, reviewRating (alternateName, ratingValue),
// url; recommended author, datePublished, itemReviewed (a Claim with author, appearance or
// firstAppearance, datePublished).
import { describe, expect, it } from "vitest";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { VERDICT_RATING } from "./claim-review-rating.ts";
import { formatClaimReview } from "./format-claimreview.ts";
import { GENERATED_AT, reportFixture } from "./test-fixture.ts";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const reviews = (query: Record<string, string> = {}) =>
  JSON.parse(
    formatClaimReview(
      reportFixture(),
      reportOptionsSchema.parse({ includeUnreviewed: "true", dismissed: "separate", ...query }),
      GENERATED_AT,
    ),
  ) as Json[];

describe("ClaimReview JSON-LD", () => {
  it("has one ClaimReview per reviewed claim shown: not unreviewed, unapproved (by default) or dismissed ones", () => {
    expect(reviews().map((r) => r.url.split("#")[1])).toEqual(["claim-1", "claim-2"]);
    expect(reviews({ approvedOnly: "false" }).map((r) => r.url.split("#")[1])).toEqual([
      "claim-1",
      "claim-2",
      "claim-4",
    ]);
  });

  it("has Google's required fields", () => {
    for (const r of reviews({ approvedOnly: "false" })) {
      expect(r["@context"]).toBe("https://schema.org");
      expect(r["@type"]).toBe("ClaimReview");
      expect(typeof r.claimReviewed).toBe("string");
      expect(r.claimReviewed.length).toBeGreaterThan(0);
      expect(r.url).toMatch(/^https:\/\/desk\.example\.org\/articles\/[0-9a-f-]{36}\/report#claim-\d+$/);
      expect(r.reviewRating).toMatchObject({ "@type": "Rating", bestRating: 4, worstRating: 1 });
      expect(typeof r.reviewRating.alternateName).toBe("string");
      expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(r.reviewRating.worstRating);
      expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(r.reviewRating.bestRating);
    }
  });

  it("has Google's recommended fields", () => {
    for (const r of reviews({ approvedOnly: "false" })) {
      expect(r.author).toEqual({ "@type": "Organization", name: "Desk Checks", url: "https://checks.example.org/" });
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.itemReviewed["@type"]).toBe("Claim");
      expect(r.itemReviewed.author.name).toBeTruthy();
      expect(r.itemReviewed.datePublished).toBe("2025-03-28");
      expect(r.itemReviewed.appearance ?? r.itemReviewed.firstAppearance).toMatchObject({
        "@type": "CreativeWork",
        url: "https://news.example.com/deportations?a=1&b=2",
        datePublished: "2025-03-28",
        publisher: { "@type": "Organization", name: "The Daily Example" },
      });
    }
  });

  it("maps the verdict to the documented scale, with our label as alternateName", () => {
    const [falseClaim, misleading, trueClaim] = reviews({ approvedOnly: "false" });
    expect(falseClaim!.reviewRating).toMatchObject({ ratingValue: 1, alternateName: "False" });
    expect(misleading!.reviewRating).toMatchObject({ ratingValue: 2, alternateName: "Misleading" });
    expect(trueClaim!.reviewRating).toMatchObject({ ratingValue: 4, alternateName: "True" });
    expect(VERDICT_RATING).toEqual({ false: 1, misleading: 2, true: 4 });
  });

  it("dates a review by its approval, and names the claimant by type", () => {
    const [first, second] = reviews();
    expect(first!.datePublished).toBe("2025-03-31");
    expect(first!.itemReviewed.author).toEqual({ "@type": "Person", name: "Kristi Noem" });
    expect(second!.itemReviewed.author["@type"]).toBe("Organization");
  });

  it("gives a person's title as their job title, and a courtesy title as an honorific", () => {
    const authorWith = (title: string): Json => {
      const data = reportFixture();
      for (const c of data.claims) c.claimant = { name: "Kristi Noem", type: "person", via: null, title };
      return (JSON.parse(formatClaimReview(data, reportOptionsSchema.parse({}), GENERATED_AT)) as Json[])[0]!
        .itemReviewed.author;
    };
    expect(authorWith("Homeland Security Secretary")).toEqual({
      "@type": "Person",
      name: "Kristi Noem",
      jobTitle: "Homeland Security Secretary",
    });
    expect(authorWith("Mrs.")).toEqual({ "@type": "Person", name: "Kristi Noem", honorificPrefix: "Mrs." });
  });

  it("names no author for unnamed sources: the outlet that relayed them did not make the claim", () => {
    const data = reportFixture();
    data.claims[0]!.claimant = { name: "unnamed sources", type: "unnamed_sources", via: "El Espectador" };
    data.claims[0]!.verdict = "unverified";
    data.claims[0]!.approvedAt = "2025-04-01T00:00:00.000Z";
    const out = JSON.parse(formatClaimReview(data, reportOptionsSchema.parse({}), GENERATED_AT)) as Json[];
    expect(out.find((r) => r.url.endsWith("#claim-3"))!.itemReviewed.author).toBeUndefined();
  });

  it("makes the outlet the claim's author when the article asserts the claim itself", () => {
    const data = reportFixture();
    data.claims[0]!.verdict = "unverified";
    data.claims[0]!.approvedAt = "2025-04-01T00:00:00.000Z";
    const out = JSON.parse(formatClaimReview(data, reportOptionsSchema.parse({}), GENERATED_AT)) as Json[];
    const fromArticle = out.find((r) => r.url.endsWith("#claim-3"))!;
    expect(fromArticle.itemReviewed.author).toEqual({ "@type": "Organization", name: "The Daily Example" });
    expect(fromArticle.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverified" });
  });
});

// The ClaimReview JSON-LD of a real-sized story from the database, read as a search engine and a
// fact-check aggregator read it: one review per claim with a published verdict, none for claims not
// yet reviewed, and a number on the true–false scale only for verdicts that are a point on it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { exportReport } from "./export-report.ts";
import { loadReportData, reportSite } from "./load-report-data.ts";
import { seedNewsroomStory } from "./newsroom-story.test-fixture.ts";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const site = reportSite({
  REPORT_PUBLISHER_NAME: "Desk Checks",
  REPORT_PUBLISHER_URL: "https://checks.example.org",
  PUBLIC_ORIGIN: "https://desk.example.org",
});
let db: TestDatabase;
let articleId: string;
let reviews: Json[];

beforeAll(async () => {
  db = await createTestDatabase();
  const seeded = await seedNewsroomStory(db.prisma);
  articleId = seeded.articleId;
  const report = await exportReport(
    db.prisma,
    site,
    { userId: seeded.editorId, requestId: "claimreview-story" },
    {
      articleId,
      format: "claimreview",
      options: reportOptionsSchema.parse({ includeUnreviewed: "true" }),
      generatedAt: new Date("2025-04-02T09:30:00Z"),
    },
  );
  reviews = JSON.parse(String(report.body)) as Json[];
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe("ClaimReview of a 45-claim story", () => {
  it("has one ClaimReview per approved verdict, none for claims not yet reviewed or awaiting approval", async () => {
    const data = (await loadReportData(db.prisma, articleId, site, { includeNotes: false }))!;
    const published = data.claims.filter((c) => c.verdict && c.approvedAt);
    expect(data.claims.length).toBeGreaterThan(published.length);
    expect(reviews.map((r) => r.claimReviewed)).toEqual(published.map((c) => c.text));
    expect(new Set(reviews.map((r) => r.url)).size).toBe(reviews.length);
    for (const r of reviews) {
      expect(r["@context"]).toBe("https://schema.org");
      expect(r["@type"]).toBe("ClaimReview");
      expect(r.url).toMatch(new RegExp(`^https://desk\\.example\\.org/articles/${articleId}/report#claim-\\d+$`));
      expect(r.itemReviewed).toMatchObject({ "@type": "Claim", datePublished: "2025-03-28" });
      expect(r.reviewRating["@type"]).toBe("Rating");
      expect(r.reviewRating.alternateName).toMatch(/^(True|False|Misleading|Unverified)$/);
    }
  });

  it("gives 'Unverified' no place on the true–false scale: it is a label, not a point between misleading and true", () => {
    const unverified = reviews.filter((r) => r.reviewRating.alternateName === "Unverified");
    expect(unverified.length).toBeGreaterThan(0);
    for (const r of unverified) expect(r.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverified" });
    for (const r of reviews.filter((x) => x.reviewRating.alternateName !== "Unverified")) {
      expect(r.reviewRating).toMatchObject({ worstRating: 1, bestRating: 4 });
      expect(r.reviewRating.ratingValue).toBe(
        { False: 1, Misleading: 2, True: 4 }[r.reviewRating.alternateName as string],
      );
    }
  });
});

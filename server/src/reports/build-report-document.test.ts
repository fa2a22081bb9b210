import { describe, expect, it } from "vitest";
import { reportDocumentSchema, reportOptionsSchema, reportQuerySchema } from "@claimdesk/shared/schemas/report";
import { buildReportDocument } from "./build-report-document.ts";
import { GENERATED_AT, reportFixture } from "./test-fixture.ts";

const build = (query: Record<string, unknown> = {}) =>
  buildReportDocument(reportFixture(), reportOptionsSchema.parse(query), GENERATED_AT);

describe("report options", () => {
  it("defaults to a publishable report: approved verdicts only, no unreviewed claims, no notes, dismissed left out", () => {
    expect(reportOptionsSchema.parse({})).toEqual({
      approvedOnly: true,
      includeUnreviewed: false,
      includeNotes: false,
      dismissed: "omit",
      verdicts: [],
    });
  });

  it("reads query strings: flags as text, verdicts as a comma list or repeated parameter", () => {
    expect(
      reportQuerySchema.parse({
        format: "csv",
        approvedOnly: "false",
        includeNotes: "1",
        verdicts: "misleading,false",
      }),
    ).toMatchObject({
      format: "csv",
      approvedOnly: false,
      includeNotes: true,
      verdicts: ["false", "misleading"],
    });
    expect(reportOptionsSchema.parse({ verdicts: ["true", "false,true"] }).verdicts).toEqual(["true", "false"]);
  });

  it("rejects unknown verdicts, formats and flag values", () => {
    expect(reportOptionsSchema.safeParse({ verdicts: "true,maybe" }).success).toBe(false);
    expect(reportQuerySchema.safeParse({ format: "docx" }).success).toBe(false);
    expect(reportOptionsSchema.safeParse({ approvedOnly: "perhaps" }).success).toBe(false);
  });
});

describe("buildReportDocument", () => {
  it("produces a document valid against the versioned schema", () => {
    const doc = build({ includeNotes: "true", dismissed: "separate", includeUnreviewed: "true" });
    expect(reportDocumentSchema.parse(doc).schemaVersion).toBe("1.2");
  });

  it("numbers claims by text position among all claims, whatever is filtered out", () => {
    const doc = build({ approvedOnly: "false", includeUnreviewed: "true", dismissed: "separate" });
    expect(doc.claims.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(doc.dismissedClaims.map((c) => c.number)).toEqual([5]);
    expect(build({ verdicts: "misleading" }).claims.map((c) => [c.number, c.anchor.split("#")[1]])).toEqual([
      [2, "claim-2"],
    ]);
  });

  it("withholds unapproved verdicts (and their rationale and reviewer) with approvedOnly", () => {
    const doc = build({ includeUnreviewed: "true" });
    const unapproved = doc.claims.find((c) => c.number === 4)!;
    expect(unapproved).toMatchObject({
      verdict: null,
      verdictLabel: "Not yet reviewed",
      rationale: null,
      reviewedBy: null,
    });
    expect(build({}).claims.map((c) => c.number)).toEqual([1, 2]);
    expect(build({ approvedOnly: "false" }).claims.map((c) => c.number)).toEqual([1, 2, 4]);
  });

  it("summarises the non-dismissed claims: counts by verdict, share reviewed, reviewers", () => {
    const { summary } = build({ approvedOnly: "false" });
    expect(summary).toMatchObject({
      totalClaims: 4,
      reviewedClaims: 3,
      shareReviewed: 0.75,
      listedClaims: 3,
      listedDismissed: 0,
    });
    expect(summary.byVerdict).toEqual({ true: 1, false: 1, misleading: 1, unverified: 0, none: 1 });
    expect(summary.reviewers).toEqual([
      { name: "Ed Editor", verdicts: 0, approvals: 2 },
      { name: "Rita Reviewer", verdicts: 3, approvals: 0 },
    ]);
  });

  it("leaves notes out unless asked, and dismissed claims out unless listed apart", () => {
    const plain = build({ approvedOnly: "false", includeUnreviewed: "true" });
    expect(plain.claims.every((c) => c.notes === undefined)).toBe(true);
    expect(plain.dismissedClaims).toEqual([]);
    expect(plain.claims.some((c) => c.text.includes("dismissed"))).toBe(false);
    const full = build({ includeNotes: "true", dismissed: "separate" });
    expect(full.claims[0]!.notes![0]!.body).toContain("Internal:");
    expect(full.dismissedClaims[0]!.text).toBe("A dismissed non-claim");
  });
});

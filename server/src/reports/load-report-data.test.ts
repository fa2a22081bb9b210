// From the database to a report: loading (text order, deleted sources and notes left out, notes
// only on request) and the audited export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { withAddressKey } from "../sources/with-address-key.ts";
import { exportReport } from "./export-report.ts";
import { loadReportData, reportSite } from "./load-report-data.ts";

const site = reportSite({
  REPORT_PUBLISHER_NAME: "Desk Checks",
  REPORT_PUBLISHER_URL: "https://checks.example.org/",
  PUBLIC_ORIGIN: undefined,
});
let db: TestDatabase;
let articleId: string;
let editorId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  const reviewer = await p.user.create({
    data: { email: "r@example.org", name: "Rita Reviewer", role: "reviewer", passwordHash: "-" },
  });
  const editor = await p.user.create({
    data: { email: "e@example.org", name: "Ed Editor", role: "editor", passwordHash: "-" },
  });
  editorId = editor.id;
  const article = await p.article.create({
    data: {
      title: "Deportations hit a record",
      outlet: "The Daily Example",
      body: "x".repeat(500),
      publishedOn: new Date("2025-03-28T00:00:00Z"),
    },
  });
  articleId = article.id;
  const claimant = { name: "Kristi Noem", type: "person", via: null, title: "Homeland Security Secretary" };
  const details = {
    claimant,
    alsoKinds: [],
    reasons: { factual: [], checkworthy: [] },
    quantities: [],
    dates: [],
    flags: [],
    loadedTerms: [],
  };
  const base = { articleId, quote: "q", text: "t", details };
  const rise = { text: "40%", start: 20, end: 23, value: 40, unit: "%", qualifier: null, group: "adults" };
  const january = { text: "in January", start: 30, end: 40, value: "2025-01", granularity: "month", relative: true };
  // Created out of text order on purpose.
  const second = await p.claim.create({
    data: { ...base, startOffset: 200, endOffset: 250, text: "Second claim", claimant: "Kristi Noem" },
  });
  const first = await p.claim.create({
    data: {
      ...base,
      startOffset: 10,
      endOffset: 60,
      text: "First claim",
      claimant: "Kristi Noem",
      details: { ...details, quantities: [rise], dates: [january] },
      verdict: "false",
      rationale: "Because.",
      verdictById: reviewer.id,
      verdictAt: new Date("2025-03-30T10:00:00Z"),
      approvedById: editor.id,
      approvedAt: new Date("2025-03-31T11:00:00Z"),
    },
  });
  await p.claim.create({
    data: {
      ...base,
      startOffset: 100,
      endOffset: 120,
      text: "Dismissed",
      dismissedAt: new Date(),
      // Details written before a schema change: they show no figures rather than fail the export.
      details: { ...details, quantities: [{ value: "many" }], dates: "soon" },
    },
  });
  await p.source.create({
    data: withAddressKey({
      claimId: first.id,
      url: "https://dhs.example.gov/a",
      title: "DHS",
      stance: "refutes",
      accessedOn: new Date("2025-03-30T00:00:00Z"),
    }),
  });
  await p.source.create({
    data: withAddressKey({
      claimId: first.id,
      url: "https://gone.example/",
      stance: "supports",
      deletedAt: new Date(),
    }),
  });
  await p.note.create({ data: { claimId: first.id, authorId: reviewer.id, body: "Internal note" } });
  await p.note.create({
    data: { claimId: second.id, authorId: reviewer.id, body: "Deleted note", deletedAt: new Date() },
  });
});

afterAll(async () => {
  await db?.close();
});

describe("loadReportData", () => {
  it("reads each claim's figures and dates from its extraction details (decision 875)", async () => {
    const data = (await loadReportData(db.prisma, articleId, site, { includeNotes: false }))!;
    expect(data.claims.map((c) => [c.text, c.quantities.map((q) => q.group), c.dates.map((d) => d.value)])).toEqual([
      ["First claim", ["adults"], ["2025-01"]],
      ["Dismissed", [], []],
      ["Second claim", [], []],
    ]);
  });

  it("returns null for an unknown article", async () => {
    expect(
      await loadReportData(db.prisma, "00000000-0000-4000-8000-000000000000", site, { includeNotes: false }),
    ).toBeNull();
  });

  it("reads the article, its claims in text order, live sources, reviewers and (on request) notes", async () => {
    const data = (await loadReportData(db.prisma, articleId, site, { includeNotes: true }))!;
    expect(data.siteUrl).toBe("https://checks.example.org");
    expect(data.article).toMatchObject({
      title: "Deportations hit a record",
      publishedOn: "2025-03-28",
      outlet: "The Daily Example",
    });
    expect(data.claims.map((c) => [c.text, c.dismissed])).toEqual([
      ["First claim", false],
      ["Dismissed", true],
      ["Second claim", false],
    ]);
    const first = data.claims[0]!;
    expect(first).toMatchObject({
      verdict: "false",
      verdictBy: "Rita Reviewer",
      verdictAt: "2025-03-30T10:00:00.000Z",
      approvedBy: "Ed Editor",
      claimant: { name: "Kristi Noem", type: "person", title: "Homeland Security Secretary" },
    });
    expect(first.sources).toEqual([
      {
        url: "https://dhs.example.gov/a",
        title: "DHS",
        publisher: null,
        excerpt: null,
        stance: "refutes",
        accessedOn: "2025-03-30",
      },
    ]);
    expect(first.notes.map((n) => [n.author, n.body])).toEqual([["Rita Reviewer", "Internal note"]]);
    expect(data.claims[2]!.notes).toEqual([]);
  });

  it("does not read notes unless asked", async () => {
    const data = (await loadReportData(db.prisma, articleId, site, { includeNotes: false }))!;
    expect(data.claims.flatMap((c) => c.notes)).toEqual([]);
  });
});

describe("exportReport", () => {
  it("records who exported which article, in what format and with which options", async () => {
    const options = reportOptionsSchema.parse({ includeUnreviewed: "true" });
    const generatedAt = new Date("2025-04-02T09:30:00Z");
    const report = await exportReport(
      db.prisma,
      site,
      { userId: editorId, requestId: "req-1" },
      { articleId, format: "markdown", options, generatedAt },
    );
    expect(report.fileName).toBe("deportations-hit-a-record-2025-04-02.md");
    expect(String(report.body)).toContain("### Claim 3: Not yet reviewed");
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "report.export" },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({
      actorId: editorId,
      requestId: "req-1",
      entityType: "report",
      entityId: articleId,
      articleId,
    });
    expect(event.after).toMatchObject({
      format: "markdown",
      options: { approvedOnly: true, includeUnreviewed: true },
      fileName: report.fileName,
    });
    expect((event.after as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses an unknown article with not_found and records nothing", async () => {
    const before = await db.prisma.auditEvent.count({ where: { action: "report.export" } });
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(
      exportReport(
        db.prisma,
        site,
        { userId: editorId, requestId: null },
        { articleId: missing, format: "json", options: reportOptionsSchema.parse({}), generatedAt: new Date() },
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db.prisma.auditEvent.count({ where: { action: "report.export" } })).toBe(before);
  });
});

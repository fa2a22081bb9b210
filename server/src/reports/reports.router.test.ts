// GET /api/articles/:id/report over HTTP: who may export, what each format returns, and the audit record.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportDocumentSchema, reportFormats } from "@claimdesk/shared/schemas/report";
import { startTestServer, type TestClient, type TestServer } from "../../../tests/support/test-server.ts";

let server: TestServer;
let editor: TestClient;
let admin: TestClient;
let reviewer: TestClient;
let articleId: string;

const CONTENT_TYPES: Record<(typeof reportFormats)[number], [RegExp, string]> = {
  markdown: [/^text\/markdown; charset=utf-8/, ".md"],
  html: [/^text\/html; charset=utf-8/, ".html"],
  pdf: [/^application\/pdf/, ".pdf"],
  json: [/^application\/json; charset=utf-8/, ".json"],
  csv: [/^text\/csv; charset=utf-8/, ".csv"],
  claimreview: [/^application\/ld\+json; charset=utf-8/, ".claimreview.jsonld"],
};

beforeAll(async () => {
  server = await startTestServer({ PUBLIC_ORIGIN: "https://desk.example.org", REPORT_PUBLISHER_NAME: "Desk Checks" });
  editor = await server.login("editor", "Ed Editor");
  admin = await server.login("admin");
  reviewer = await server.login("reviewer", "Rita Reviewer");
  const prisma = server.db.prisma;
  const article = await prisma.article.create({
    data: { title: "Sky colour <b>claims</b>", outlet: "The Daily Example", body: "The sky is green. Water is dry." },
  });
  articleId = article.id;
  await prisma.claim.create({
    data: {
      articleId,
      startOffset: 0,
      endOffset: 17,
      quote: "The sky is green.",
      text: "The sky is green.",
      claimant: "A. Person",
      verdict: "false",
      rationale: "It is blue.",
      verdictById: reviewer.user.id,
      verdictAt: new Date("2025-03-30T10:00:00Z"),
      approvedById: editor.user.id,
      approvedAt: new Date("2025-03-31T10:00:00Z"),
    },
  });
  await prisma.claim.create({
    data: { articleId, startOffset: 18, endOffset: 31, quote: "Water is dry.", text: "=1+1 Water is dry." },
  });
});
afterAll(() => server?.close());

const path = (query = "") => `/api/articles/${articleId}/report${query}`;

describe("GET /api/articles/:id/report", () => {
  it("401 without a session", async () => {
    expect((await server.anonymous("GET", path("?format=json"))).status).toBe(401);
  });

  it("403 for a reviewer", async () => {
    expect((await reviewer.request("GET", path("?format=json"))).status).toBe(403);
  });

  it.each(reportFormats)(
    "200 for an editor as %s, with its content type, an attachment name and nosniff",
    async (format) => {
      const response = await editor.request("GET", path(`?format=${format}&includeUnreviewed=true`));
      expect(response.status).toBe(200);
      const [contentType, extension] = CONTENT_TYPES[format];
      expect(response.headers.get("content-type")).toMatch(contentType);
      expect(response.headers.get("content-disposition")).toMatch(
        new RegExp(
          `^attachment; filename="sky-colour-b-claims-b-\\d{4}-\\d{2}-\\d{2}${extension.replace(/\./g, "\\.")}"$`,
        ),
      );
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toContain("no-store");
      const body = Buffer.from(await response.arrayBuffer());
      if (format === "pdf") expect(body.subarray(0, 5).toString()).toBe("%PDF-");
      else expect(body.toString("utf8")).toContain("The sky is green.");
    },
  );

  it("applies the options and the configured site in the JSON document", async () => {
    const response = await admin.request("GET", path("?format=json&includeUnreviewed=true&verdicts=false"));
    const doc = reportDocumentSchema.parse(await response.json());
    expect(doc.claims.map((c) => [c.number, c.verdict])).toEqual([
      [1, "false"],
      [2, null],
    ]);
    expect(doc.claims[0]!.anchor).toBe(`https://desk.example.org/articles/${articleId}/report#claim-1`);
    expect(doc.claims[0]!.reviewedBy?.name).toBe("Rita Reviewer");
    expect(doc.publisher.name).toBe("Desk Checks");
  });

  it("records each export in the audit log: who, which article, format and options", async () => {
    const response = await editor.request("GET", path("?format=csv&approvedOnly=false&dismissed=separate"));
    expect(response.status).toBe(200);
    const event = await server.db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "report.export", actorId: editor.user.id },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({ entityType: "report", entityId: articleId, articleId });
    expect(event.requestId).toBeTruthy();
    expect(event.after).toMatchObject({
      format: "csv",
      options: { approvedOnly: false, dismissed: "separate", includeNotes: false },
    });
  });

  it("HEAD is 405 and runs no export: a link checker's probe is not an export to audit", async () => {
    const before = await server.db.prisma.auditEvent.count({ where: { action: "report.export" } });
    const response = await editor.request("HEAD", path("?format=pdf"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect(await server.db.prisma.auditEvent.count({ where: { action: "report.export" } })).toBe(before);
  });

  it("422 for a bad format or option, 404 for an unknown article, and neither is audited", async () => {
    const before = await server.db.prisma.auditEvent.count({ where: { action: "report.export" } });
    expect((await editor.request("GET", path("?format=docx"))).status).toBe(422);
    expect((await editor.request("GET", path("?format=json&verdicts=maybe"))).status).toBe(422);
    expect(
      (await editor.request("GET", "/api/articles/00000000-0000-4000-8000-000000000000/report?format=json")).status,
    ).toBe(404);
    expect(await server.db.prisma.auditEvent.count({ where: { action: "report.export" } })).toBe(before);
  });

  it("answers a refused export as problem+json with a detail, never as an attachment", async () => {
    // The export control fetches the file and shows `detail` beside itself when the answer is not ok.
    for (const [client, query, status] of [
      [editor, "?format=docx", 422],
      [reviewer, "?format=pdf", 403],
    ] as const) {
      const response = await client.request("GET", path(query));
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(((await response.json()) as { detail: string }).detail).toBeTruthy();
    }
  });

  it("says which values a yes/no option takes when it gets another one", async () => {
    for (const query of ["?approvedOnly=maybe", "?includeNotes=", "?approvedOnly=true&approvedOnly=false"]) {
      const response = await editor.json<{ detail: string; errors: Array<{ path: string; message: string }> }>(
        "GET",
        path(`?format=json&${query.slice(1)}`),
      );
      expect(response.status).toBe(422);
      expect(response.body.errors[0]!.message).toMatch(/true or false/);
      expect(response.body.detail).not.toMatch(/Invalid input/);
    }
  });
});

// The audit log over HTTP: filters, paging, CSV export, chain verification and claim history.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditEventSchema, auditFeedEventSchema, chainVerificationSchema, pageSchema } from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../../../tests/support/test-server.ts";
import { recordAuditEvent } from "./record-audit-event.ts";

let server: TestServer;
let admin: TestClient;
let editor: TestClient;
let reviewer: TestClient;
let articleId: string;
let claimId: string;

const auditPage = pageSchema(auditEventSchema);

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login("admin", "@dmin Ada");
  editor = await server.login("editor");
  reviewer = await server.login("reviewer");
  const prisma = server.db.prisma;
  const article = await prisma.article.create({ data: { title: "T", body: "The sky is green. Water is dry." } });
  const claim = await prisma.claim.create({
    data: {
      articleId: article.id,
      startOffset: 0,
      endOffset: 17,
      quote: "The sky is green.",
      text: "The sky is green.",
    },
  });
  articleId = article.id;
  claimId = claim.id;
  const actor = { userId: editor.user.id, requestId: "seed" };
  await prisma.$transaction(async (tx) => {
    await recordAuditEvent(tx, actor, {
      action: "claim.create",
      entityType: "claim",
      entityId: claim.id,
      articleId,
      claimId,
      after: { text: "=cmd|' /C calc'!A0" },
    });
    await recordAuditEvent(tx, actor, {
      action: "claim.verdict",
      entityType: "claim",
      entityId: claim.id,
      articleId,
      claimId,
      after: { verdict: "false" },
    });
    await recordAuditEvent(
      tx,
      { userId: admin.user.id, requestId: "seed" },
      { action: "note.create", entityType: "note", entityId: "n1", articleId, claimId },
    );
    await recordAuditEvent(tx, actor, {
      action: "article.update",
      entityType: "article",
      entityId: article.id,
      articleId,
    });
  });
});
afterAll(() => server?.close());

describe("GET /api/audit", () => {
  it("pages newest first with a seq cursor, with the actor joined", async () => {
    const first = await editor.json("GET", "/api/audit?limit=2");
    expect(first.status).toBe(200);
    const page = auditPage.parse(first.body);
    expect(page.items).toHaveLength(2);
    expect(BigInt(page.items[0]!.seq)).toBeGreaterThan(BigInt(page.items[1]!.seq));
    expect(page.nextCursor).toBe(page.items[1]!.seq);
    const rest = auditPage.parse((await editor.json("GET", `/api/audit?limit=500&cursor=${page.nextCursor}`)).body);
    expect(rest.nextCursor).toBeNull();
    expect(BigInt(rest.items[0]!.seq)).toBe(BigInt(page.nextCursor!) - 1n);
    const mine = page.items.find((e) => e.action === "article.update")!;
    expect(mine.actor).toEqual({ id: editor.user.id, name: "Test editor", email: editor.user.email });
  });

  it("filters by actor, claim, article, action family and time", async () => {
    const get = async (query: string) =>
      auditPage.parse((await editor.json("GET", `/api/audit?${query}`)).body).items.map((e) => e.action);
    expect(await get(`claimId=${claimId}`)).toEqual(["note.create", "claim.verdict", "claim.create"]);
    expect(await get(`actorId=${admin.user.id}&articleId=${articleId}`)).toEqual(["note.create"]);
    expect(await get(`articleId=${articleId}&action=claim.*`)).toEqual(["claim.verdict", "claim.create"]);
    expect(await get(`articleId=${articleId}&action=claim.verdict`)).toEqual(["claim.verdict"]);
    expect(await get(`articleId=${articleId}&to=2000-01-01T00:00:00Z`)).toEqual([]);
    expect(await get(`articleId=${articleId}&from=2000-01-01T00:00:00Z`)).toHaveLength(4);
  });

  it("reads _ and % in an action family as themselves, not as LIKE wildcards", async () => {
    await server.db.prisma.$transaction(async (tx) => {
      for (const action of ["review_note.add", "reviewXnote.add"]) {
        await recordAuditEvent(
          tx,
          { userId: editor.user.id, requestId: "seed" },
          { action, entityType: "note", entityId: action },
        );
      }
    });
    const get = async (action: string) =>
      auditPage
        .parse((await editor.json("GET", `/api/audit?action=${encodeURIComponent(action)}`)).body)
        .items.map((e) => e.action);
    expect(await get("review_note.*")).toEqual(["review_note.add"]);
    expect(await get("%.*")).toEqual([]);
    expect(await get("review\\note.*")).toEqual([]);
  });

  it("names each event's article and quotes its claim, read in one statement with the events", async () => {
    const prisma = server.db.prisma;
    const article = await prisma.article.create({ data: { title: "Budget claims, March", body: "x".repeat(400) } });
    const words = "The minister said the budget grew by forty percent\n\nin a single year, the largest rise ";
    const long = await prisma.claim.create({
      data: { articleId: article.id, startOffset: 0, endOffset: 300, quote: words.repeat(4), text: "t" },
    });
    const gone = "00000000-0000-4000-8000-0000000000d1";
    const forgotten = "00000000-0000-4000-8000-0000000000d2";
    const actor = { userId: editor.user.id, requestId: "context" };
    await prisma.$transaction(async (tx) => {
      const at = { articleId: article.id };
      await recordAuditEvent(tx, actor, {
        action: "claim.verdict",
        entityType: "claim",
        entityId: long.id,
        ...at,
        claimId: long.id,
      });
      // Merged away since: the claim row is deleted, its wording kept in the event.
      await recordAuditEvent(tx, actor, {
        action: "claim.merge_away",
        entityType: "claim",
        entityId: gone,
        ...at,
        claimId: gone,
        before: { quote: "Taxes  fell.", start: 0 },
        after: { mergedInto: long.id },
      });
      await recordAuditEvent(tx, actor, {
        action: "note.delete",
        entityType: "note",
        entityId: "n9",
        ...at,
        claimId: forgotten,
      });
      await recordAuditEvent(tx, actor, { action: "report.export", entityType: "report", entityId: article.id, ...at });
    });

    const query = vi.spyOn(server.db.pool, "query");
    const { status, body } = await editor.json("GET", `/api/audit?articleId=${article.id}`);
    const statements = query.mock.calls.map(([q]) => (typeof q === "string" ? q : (q as { text: string }).text));
    query.mockRestore();
    expect(status).toBe(200);
    // No lookup per event: one statement reads the events, their articles and their claims.
    expect(statements.filter((text) => /audit_events|\bclaims\b|\barticles\b/.test(text))).toHaveLength(1);

    const items = pageSchema(auditFeedEventSchema).parse(body).items;
    expect(items.map((e) => [e.action, e.articleTitle])).toEqual([
      ["report.export", "Budget claims, March"],
      ["note.delete", "Budget claims, March"],
      ["claim.merge_away", "Budget claims, March"],
      ["claim.verdict", "Budget claims, March"],
    ]);
    const [exported, deleted, mergedAway, verdict] = items;
    expect(exported!.claimExcerpt).toBeNull();
    expect(deleted!.claimExcerpt).toBeNull();
    expect(mergedAway!.claimExcerpt).toBe("Taxes fell.");
    expect(verdict!.claimExcerpt).toMatch(
      /^The minister said the budget grew by forty percent in a single year, the largest .*\S…$/,
    );
    expect(Array.from(verdict!.claimExcerpt!).length).toBeLessThanOrEqual(100);
  });

  it("rejects bad filters and cursors with 422, and reviewers with 403", async () => {
    expect((await editor.json("GET", "/api/audit?actorId=nope")).status).toBe(422);
    expect((await editor.json("GET", "/api/audit?cursor=abc")).status).toBe(422);
    expect((await reviewer.json("GET", "/api/audit")).status).toBe(403);
  });
});

describe("GET /api/audit.csv", () => {
  it("exports every match as a formula-safe CSV attachment", async () => {
    const response = await editor.request("GET", `/api/audit.csv?articleId=${articleId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="claimdesk-audit-.*\.csv"$/);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^seq,occurred_at,actor_id,actor_name,actor_email,action,/);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(`"{""text"":""=cmd|' /C calc'!A0""}"`);
    // The admin's name starts with "@": a spreadsheet would read it as a formula without the apostrophe.
    expect(lines[3]).toContain(",'@dmin Ada,");
    expect(lines.slice(1).every((line) => !/,[=+\-@]/.test(line))).toBe(true);
  });

  it("is for editors and admins", async () => {
    expect((await reviewer.request("GET", "/api/audit.csv")).status).toBe(403);
  });
});

describe("GET /api/audit/verify", () => {
  it("tells admins the chain is intact", async () => {
    const { status, body } = await admin.json("GET", "/api/audit/verify");
    expect(status).toBe(200);
    const result = chainVerificationSchema.parse(body);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(7);
  });

  it("is for admins only", async () => {
    expect((await editor.json("GET", "/api/audit/verify")).status).toBe(403);
  });
});

describe("GET /api/claims/:id/history", () => {
  it("gives any signed-in user the claim's events, oldest first", async () => {
    const { status, body } = await reviewer.json<{ items: unknown[] }>("GET", `/api/claims/${claimId}/history`);
    expect(status).toBe(200);
    const items = body.items.map((item) => auditEventSchema.parse(item));
    expect(items.map((e) => e.action)).toEqual(["claim.create", "claim.verdict", "note.create"]);
  });

  it("answers 404 for a claim that does not exist", async () => {
    expect((await reviewer.json("GET", "/api/claims/00000000-0000-4000-8000-000000000000/history")).status).toBe(404);
    expect((await reviewer.json("GET", "/api/claims/nope/history")).status).toBe(404);
  });
});

// A double click, a retry after a timeout or two tabs send the same addition twice. A source at an
// address the claim already has is refused with 409 naming it; the same note from the same author
// under the same claim within a few seconds is answered with the first one. Either way one row
// and one audit event (decision 150). Runs on both databases; on PostgreSQL the requests truly race.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Claim, Note, Source } from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let editor: TestClient;
let reviewer: TestClient;
let colleague: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor");
  reviewer = await server.login("reviewer", "Rita Reviewer");
  colleague = await server.login("reviewer", "Carl Colleague");
});
afterAll(() => server?.close());

async function freshClaim(): Promise<Claim> {
  const article = (
    await editor.json<Article>("POST", "/api/articles", {
      title: "Twice",
      body: "Exports rose 12 percent in 2024, the ministry said.",
    })
  ).body;
  const claims = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items;
  expect(claims.length).toBeGreaterThan(0);
  return claims[0]!;
}

const auditCount = (action: string, claimId: string) =>
  server.db.prisma.auditEvent.count({ where: { action, claimId } });

describe("adding a source twice", () => {
  it("stores it once; the second gets 409 naming the source the claim already has", async () => {
    const claim = await freshClaim();
    const source = { url: "https://stats.example.org/exports", title: "Export statistics", stance: "supports" };
    const answers = await Promise.all([
      reviewer.json<Source & { code: string; detail: string; current: Source }>(
        "POST",
        `/api/claims/${claim.id}/sources`,
        source,
      ),
      reviewer.json<Source & { code: string; detail: string; current: Source }>(
        "POST",
        `/api/claims/${claim.id}/sources`,
        source,
      ),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const created = answers.find((a) => a.status === 201)!.body;
    const refused = answers.find((a) => a.status === 409)!.body;
    expect(refused.code).toBe("conflict");
    expect(refused.current).toMatchObject({ id: created.id, url: source.url, addedBy: { name: "Rita Reviewer" } });
    expect(refused.detail).toContain(source.url);
    expect(refused.detail).toContain("Export statistics");
    expect(await server.db.prisma.source.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await auditCount("source.add", claim.id)).toBe(1);
  });

  it("knows the address however its host and empty path are written, and from anyone", async () => {
    const claim = await freshClaim();
    const first = await reviewer.json<Source>("POST", `/api/claims/${claim.id}/sources`, {
      url: "https://Stats.Example.org",
      stance: "context",
    });
    expect(first.status).toBe(201);
    const again = await colleague.json<{ detail: string; current: Source }>("POST", `/api/claims/${claim.id}/sources`, {
      url: "HTTPS://stats.example.org/",
      stance: "refutes",
    });
    expect(again.status).toBe(409);
    expect(again.body.current.id).toBe(first.body.id);
    expect(again.body.detail).toMatch(/Rita Reviewer/);
    // Another page of the same site is another source.
    const other = await colleague.json("POST", `/api/claims/${claim.id}/sources`, {
      url: "https://stats.example.org/imports",
      stance: "context",
    });
    expect(other.status).toBe(201);
  });

  it("takes the address of a removed source again, and refuses a change of address onto another source's", async () => {
    const claim = await freshClaim();
    const url = "https://stats.example.org/exports";
    const removed = (await reviewer.json<Source>("POST", `/api/claims/${claim.id}/sources`, { url, stance: "context" }))
      .body;
    expect((await reviewer.request("DELETE", `/api/sources/${removed.id}?version=${removed.version}`)).status).toBe(
      204,
    );
    const readded = await reviewer.json<Source>("POST", `/api/claims/${claim.id}/sources`, { url, stance: "context" });
    expect(readded.status).toBe(201);
    const second = (
      await reviewer.json<Source>("POST", `/api/claims/${claim.id}/sources`, {
        url: "https://stats.example.org/imports",
        stance: "context",
      })
    ).body;
    const moved = await reviewer.json<{ code: string; current: Source }>("PATCH", `/api/sources/${second.id}`, {
      version: second.version,
      url,
    });
    expect(moved.status).toBe(409);
    expect(moved.body).toMatchObject({ code: "conflict", current: { id: readded.body.id } });
    // A change that keeps its own address is no duplicate of itself.
    const retitled = await reviewer.json("PATCH", `/api/sources/${readded.body.id}`, {
      version: readded.body.version,
      url,
      title: "Exports",
    });
    expect(retitled.status).toBe(200);
  });
});

describe("writing a note twice", () => {
  it("stores it once and answers both requests with it", async () => {
    const claim = await freshClaim();
    const responses = await Promise.all(
      [1, 2].map(() =>
        reviewer.request("POST", `/api/claims/${claim.id}/notes`, { body: "Checked the ministry's table." }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201]);
    const notes = (await Promise.all(responses.map((r) => r.json()))) as Note[];
    expect(notes[1]!.id).toBe(notes[0]!.id);
    expect(responses.map((r) => r.headers.get("idempotent-replayed")).sort()).toEqual(["true", null].sort());
    expect(await server.db.prisma.note.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await auditCount("note.add", claim.id)).toBe(1);
  });

  it("stores the same words again from someone else, as a reply elsewhere, or once the moment has passed", async () => {
    const claim = await freshClaim();
    const path = `/api/claims/${claim.id}/notes`;
    const first = (await reviewer.json<Note>("POST", path, { body: "Agreed." })).body;
    expect((await colleague.json<Note>("POST", path, { body: "Agreed." })).status).toBe(201);
    const reply = await reviewer.json<Note>("POST", path, { body: "Agreed.", parentId: first.id });
    expect(reply.status).toBe(201);
    expect(reply.body.id).not.toBe(first.id);
    await server.db.pool.query("UPDATE notes SET created_at = created_at - interval '1 minute' WHERE claim_id = $1", [
      claim.id,
    ]);
    const later = await reviewer.json<Note>("POST", path, { body: "Agreed." });
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.id);
    expect(await server.db.prisma.note.count({ where: { claimId: claim.id } })).toBe(4);
    expect(await auditCount("note.add", claim.id)).toBe(4);
  });
});

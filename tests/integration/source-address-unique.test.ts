// One live source per address on a claim, held by the database (the unique index
// sources_live_address_key, decision 190) and not only by the route's check. To stand for a
// writer that skips the check, or two that race past it, the check can be switched off here; the
// index then refuses the second write, which gets the same 409 naming the source that is there,
// and leaves no row and no audit event. Runs on both databases; the last test stages a truly
// concurrent writer and needs PostgreSQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Claim, Source } from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";
import { importedClaims } from "../support/imported-claims.ts";

const routeCheck = vi.hoisted(() => ({ on: true }));
vi.mock("../../server/src/sources/duplicate-source.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/src/sources/duplicate-source.ts")>();
  return {
    ...original,
    refuseDuplicateSource: (...args: Parameters<typeof original.refuseDuplicateSource>) =>
      routeCheck.on ? original.refuseDuplicateSource(...args) : Promise.resolve(),
  };
});

type Refusal = { code: string; detail: string; current: Source };

let server: TestServer;
let editor: TestClient;
let reviewer: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor");
  reviewer = await server.login("reviewer", "Rita Reviewer");
});
afterAll(() => server?.close());
beforeEach(() => {
  routeCheck.on = false;
});

const freshClaims = (): Promise<Claim[]> =>
  importedClaims(
    editor,
    "Once",
    "Exports rose 12 percent in 2024, the ministry said. Imports fell 3 percent in 2023.",
    2,
  );

const liveSources = (claimId: string) => server.db.prisma.source.findMany({ where: { claimId, deletedAt: null } });
const auditCount = (action: string, claimId: string) =>
  server.db.prisma.auditEvent.count({ where: { action, claimId } });

describe("without the route's check, the database", () => {
  it("lets one of two simultaneous additions of an address through and answers the other 409 naming it", async () => {
    const [claim] = await freshClaims();
    const answers = await Promise.all(
      ["https://Stats.Example.org", "https://stats.example.org/"].map((url) =>
        reviewer.json<Source & Refusal>("POST", `/api/claims/${claim!.id}/sources`, { url, stance: "supports" }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const created = answers.find((a) => a.status === 201)!.body;
    const refused = answers.find((a) => a.status === 409)!.body;
    expect(refused).toMatchObject({
      code: "conflict",
      current: { id: created.id, addedBy: { name: "Rita Reviewer" } },
    });
    expect(refused.detail).toContain(created.url);
    expect(await liveSources(claim!.id)).toEqual([
      expect.objectContaining({ id: created.id, addressKey: "https://stats.example.org/" }),
    ]);
    expect(await auditCount("source.add", claim!.id)).toBe(1);
  });

  it("refuses a change of address onto another source's, leaving the source and the audit log as they were", async () => {
    const [claim] = await freshClaims();
    const add = (url: string) =>
      reviewer.json<Source>("POST", `/api/claims/${claim!.id}/sources`, { url, stance: "context" });
    const kept = (await add("https://stats.example.org/exports")).body;
    const moved = (await add("https://stats.example.org/imports")).body;
    const answer = await reviewer.json<Refusal>("PATCH", `/api/sources/${moved.id}`, {
      version: moved.version,
      url: "HTTPS://STATS.example.org/exports",
      title: "Exports",
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: "conflict", current: { id: kept.id } });
    expect(await server.db.prisma.source.findUnique({ where: { id: moved.id } })).toMatchObject({
      url: moved.url,
      title: null,
      version: moved.version,
      addressKey: "https://stats.example.org/imports",
    });
    expect(await auditCount("source.update", claim!.id)).toBe(0);
  });

  it("takes the address of a removed source again: only live sources count", async () => {
    const [claim] = await freshClaims();
    const url = "https://stats.example.org/exports";
    const removed = (
      await reviewer.json<Source>("POST", `/api/claims/${claim!.id}/sources`, { url, stance: "context" })
    ).body;
    expect((await reviewer.request("DELETE", `/api/sources/${removed.id}?version=${removed.version}`)).status).toBe(
      204,
    );
    const again = await reviewer.json<Source>("POST", `/api/claims/${claim!.id}/sources`, { url, stance: "supports" });
    expect(again.status).toBe(201);
    expect((await reviewer.json("POST", `/api/claims/${claim!.id}/sources`, { url, stance: "supports" })).status).toBe(
      409,
    );
  });

  it("refuses a second live row at an address from any writer, in SQL too", async () => {
    const [claim] = await freshClaims();
    const url = "https://stats.example.org/exports";
    expect((await reviewer.json("POST", `/api/claims/${claim!.id}/sources`, { url, stance: "context" })).status).toBe(
      201,
    );
    await expect(
      server.db.pool.query(
        `INSERT INTO sources (id, claim_id, url, address_key, stance, updated_at)
         VALUES (gen_random_uuid(), $1::uuid, $2, $2, 'supports', now())`,
        [claim!.id, url],
      ),
    ).rejects.toMatchObject({ code: "23505", constraint: "sources_live_address_key" });
  });
});

// A merge moves the merged claims' sources onto the one kept; two of them citing one address are
// folded into one (merge-folds-sources.test.ts has the details), and the address stays taken.
it("merges claims that cite the same address into one live source there, and still refuses a second", async () => {
  routeCheck.on = true;
  const [first, second] = await freshClaims();
  const url = "https://stats.example.org/trade";
  for (const claim of [first!, second!]) {
    expect((await reviewer.json("POST", `/api/claims/${claim.id}/sources`, { url, stance: "context" })).status).toBe(
      201,
    );
  }
  const merged = await reviewer.json<Claim>("POST", "/api/claims/merge", {
    claims: [first!, second!].map(({ id, version }) => ({ id, version })),
  });
  expect(merged.status).toBe(200);
  expect(await liveSources(merged.body.id)).toEqual([expect.objectContaining({ addressKey: url })]);
  expect(await auditCount("source.remove", merged.body.id)).toBe(1);
  routeCheck.on = false;
  const again = await reviewer.json<Refusal>("POST", `/api/claims/${merged.body.id}/sources`, {
    url,
    stance: "supports",
  });
  expect(again.status).toBe(409);
});

describe.runIf(process.env.TEST_DATABASE_URL)("a concurrent writer outside the route (PostgreSQL)", () => {
  // The route's check reads committed rows: a source another writer has inserted but not yet
  // committed is invisible to it, and the route's insert waits on the index for that writer.
  it("wins; the route's addition, checked and found clear, gets 409 naming it and writes nothing", async () => {
    routeCheck.on = true;
    const [claim] = await freshClaims();
    const url = "https://stats.example.org/exports";
    const other = await server.db.pool.connect();
    try {
      await other.query("BEGIN");
      const { rows } = await other.query<{ id: string }>(
        `INSERT INTO sources (id, claim_id, url, address_key, title, stance, added_by_id, updated_at)
         VALUES (gen_random_uuid(), $1::uuid, $2, $2, 'Imported by a script', 'supports', $3::uuid, now())
         RETURNING id::text`,
        [claim!.id, url, editor.user.id],
      );
      const pending = reviewer.json<Refusal>("POST", `/api/claims/${claim!.id}/sources`, { url, stance: "context" });
      await waitForLockWait(server.db.pool);
      await other.query("COMMIT");
      const answer = await pending;
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ code: "conflict", current: { id: rows[0]!.id } });
      expect(answer.body.detail).toContain("Imported by a script");
      expect((await liveSources(claim!.id)).map((s) => s.id)).toEqual([rows[0]!.id]);
      expect(await auditCount("source.add", claim!.id)).toBe(0);
    } finally {
      other.release();
    }
  });
});

async function waitForLockWait(pool: TestServer["db"]["pool"]): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const { rows } = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (rows[0]!.n >= 1) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("The route's insert did not wait on the other writer within 3 s: the race was not staged.");
}

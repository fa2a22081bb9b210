// The database goes away for a few seconds under a running server: every connection is terminated
// and new ones are refused (ALLOW_CONNECTIONS false), as during a restart or failover. Meanwhile the
// API must answer 503 problem+json saying so, never 500 or a hang; /api/health must report the
// database unreachable; afterwards everything recovers by itself, without restarting the server.
// PostgreSQL only: the embedded database lives inside the server process.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { signIn, spawnServer, type ServerProcess } from "../support/spawn-server.ts";

const ADMIN = { email: "admin@claimdesk.local", password: "test-admin-password" };
const OUTAGE_MS = 3000;

interface Answer {
  what: "read" | "write" | "health";
  status: number;
  contentType: string;
  body: string;
}

describe.runIf(process.env.TEST_DATABASE_URL)("database outage", () => {
  let db: TestDatabase;
  let server: ServerProcess;
  let admin: pg.Client;
  let call: Awaited<ReturnType<typeof signIn>>;
  let articleId: string;
  let claim: { id: string; version: number };
  const during: Answer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    server = await spawnServer({ DATABASE_URL: db.url, LOAD_SAMPLE: "true" });
    call = await signIn(server.url, ADMIN.email, ADMIN.password);
    articleId = ((await (await call("GET", "/api/articles")).json()) as { items: Array<{ id: string }> }).items[0]!.id;
    claim = (
      (await (await call("GET", `/api/articles/${articleId}/claims`)).json()) as {
        items: Array<{ id: string; version: number }>;
      }
    ).items[0]!;

    admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${db.name}" ALLOW_CONNECTIONS false`);
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [db.name],
    );
    const requests = {
      read: () => call("GET", `/api/articles/${articleId}`),
      write: () => call("PUT", `/api/claims/${claim.id}/verdict`, { version: claim.version, verdict: "unverified" }),
      health: () => fetch(`${server.url}/api/health`),
    };
    const outageEnds = Date.now() + OUTAGE_MS;
    while (Date.now() < outageEnds) {
      for (const [what, request] of Object.entries(requests)) {
        const r = await request();
        during.push({
          what: what as Answer["what"],
          status: r.status,
          contentType: r.headers.get("content-type") ?? "",
          body: await r.text(),
        });
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await admin.query(`ALTER DATABASE "${db.name}" ALLOW_CONNECTIONS true`);
  }, 90_000);

  afterAll(async () => {
    await admin?.query(`ALTER DATABASE "${db.name}" ALLOW_CONNECTIONS true`).catch(() => {});
    await admin?.end();
    if (server) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await db?.close();
  });

  it("reports the database unreachable at /api/health meanwhile", () => {
    const health = during.filter((a) => a.what === "health");
    expect(health.length).toBeGreaterThan(2);
    for (const a of health) {
      expect(a.status).toBe(503);
      expect(JSON.parse(a.body)).toMatchObject({
        status: "unavailable",
        database: { reachable: false },
        detail: expect.stringMatching(/not reachable/),
      });
    }
  });

  it("recovers by itself: health, reads and the refused write succeed afterwards", async () => {
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && (status = (await fetch(`${server.url}/api/health`)).status) !== 200)
      await new Promise((r) => setTimeout(r, 200));
    expect(status).toBe(200);
    expect((await call("GET", `/api/articles/${articleId}`)).status).toBe(200);
    expect(
      (await call("PUT", `/api/claims/${claim.id}/verdict`, { version: claim.version, verdict: "unverified" })).status,
    ).toBe(200);
    expect(server.child.exitCode).toBeNull();
  }, 30_000);

  it("answers reads and writes with 503 problem+json naming the database meanwhile", () => {
    const api = during.filter((a) => a.what !== "health");
    expect(api.length).toBeGreaterThan(2);
    const unexpected = api.filter((a) => a.status !== 503);
    // On failure, the server's log lines for those request ids name the database error.
    const ids = unexpected.map((a) => /"requestId":"([^"]+)"/.exec(a.body)?.[1]).filter(Boolean) as string[];
    const logged = server
      .output()
      .split("\n")
      .filter((line) => ids.some((id) => line.includes(id)))
      .slice(0, 2)
      .join("\n");
    expect(unexpected, `${JSON.stringify(unexpected.slice(0, 2), null, 1)}\n${logged.slice(0, 2000)}`).toEqual([]);
    for (const a of api) {
      expect(a.contentType).toContain("application/problem+json");
      expect(JSON.parse(a.body)).toMatchObject({
        code: "service_unavailable",
        detail: expect.stringMatching(/database/i),
      });
    }
  });
});

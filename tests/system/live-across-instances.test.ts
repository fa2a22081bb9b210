// Two server processes on one PostgreSQL: a reviewer's change on one reaches a client listening to
// the other, through LISTEN/NOTIFY, as server-sent events. Needs PostgreSQL (TEST_DATABASE_URL): the
// embedded database belongs to a single process. The same-instance path is tested in live.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { signIn, spawnServer, type ServerProcess } from "../support/spawn-server.ts";
import { readServerSentEvents } from "../support/server-sent-events.ts";

describe.runIf(process.env.TEST_DATABASE_URL)("live updates across instances", () => {
  const servers: ServerProcess[] = [];
  let db: TestDatabase;
  afterAll(async () => {
    for (const server of servers) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await db?.close();
  });

  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    const env = { DATABASE_URL: db.url, LOAD_SAMPLE: "true" };
    a = await spawnServer(env);
    servers.push(a);
    b = await spawnServer(env);
    servers.push(b);
  }, 120_000);

  it("delivers a change made on instance A to a client of instance B within seconds", async () => {
    const onA = await signIn(a.url, "admin@claimdesk.local", "test-admin-password");
    const onB = await signIn(b.url, "admin@claimdesk.local", "test-admin-password");
    const article = ((await (await onA("GET", "/api/articles")).json()) as { items: Array<{ id: string }> }).items[0]!;
    const claim = (
      (await (await onA("GET", `/api/articles/${article.id}/claims`)).json()) as {
        items: Array<{ id: string; version: number }>;
      }
    ).items[0]!;

    const stream = await onB("GET", `/api/articles/${article.id}/events`);
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const events = readServerSentEvents(stream);
    const sentAt = Date.now();
    const change = await onA("PUT", `/api/claims/${claim.id}/verdict`, {
      version: claim.version,
      verdict: "unverified",
    });
    expect(change.status).toBe(200);
    const event = await events.next(5_000);
    expect(event).toMatchObject({
      event: "change",
      data: { articleId: article.id, claimId: claim.id, action: "claim.verdict", version: claim.version + 1 },
    });
    console.info(`cross-instance event arrived after ${Date.now() - sentAt} ms`);
    await events.close();
  }, 120_000);

  // A stream on another instance went on until an event or its heartbeat made it read its session.
  it("ends a stream on instance B when its session signs out on instance A", async () => {
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@claimdesk.local", password: "test-admin-password" }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const articles = (await (await fetch(`${b.url}/api/articles`, { headers: { cookie } })).json()) as {
      items: Array<{ id: string }>;
    };
    const stream = await fetch(`${b.url}/api/articles/${articles.items[0]!.id}/events`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const events = readServerSentEvents(stream);
    const logout = await fetch(`${a.url}/api/auth/logout`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken },
    });
    expect(logout.status).toBe(204);
    await expect(events.next(3_000)).rejects.toThrow(/ended/);
  }, 30_000);
});

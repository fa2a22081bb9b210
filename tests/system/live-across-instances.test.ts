// Two server processes on one PostgreSQL: a reviewer's change on one reaches a client listening to
// the other, through LISTEN/NOTIFY, as server-sent events. Needs PostgreSQL (TEST_DATABASE_URL): the
// embedded database belongs to a single process. The same-instance path is tested in live.test.ts.
import { afterAll, describe, expect, it } from "vitest";
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

  it("delivers a change made on instance A to a client of instance B within seconds", async () => {
    db = await createTestDatabase({ migrate: false });
    const env = { DATABASE_URL: db.url, LOAD_SAMPLE: "true" };
    const a = await spawnServer(env);
    servers.push(a);
    const b = await spawnServer(env);
    servers.push(b);
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
});

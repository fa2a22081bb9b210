// Same-instance live updates over the database the suite runs on (embedded or PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Claim } from "@claimdesk/shared";
import { readServerSentEvents } from "../../../tests/support/server-sent-events.ts";
import { startTestServer, type TestClient, type TestServer } from "../../../tests/support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

it("pushes a committed change to another reviewer's open stream, and nothing for a refused one", async () => {
  const editor = await server.login("editor");
  const watcher = await server.login("reviewer");
  const article = (
    await editor.json<Article>("POST", "/api/articles", {
      title: "Live",
      body: "Exports rose 4 percent in 2024, the ministry said. Imports fell.",
    })
  ).body;
  const claim = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items[0]!;
  const events = readServerSentEvents(await watcher.request("GET", `/api/articles/${article.id}/events`));

  const refused = await editor.request("PUT", `/api/claims/${claim.id}/verdict`, {
    version: claim.version,
    verdict: "false",
  });
  expect(refused.status).toBe(422);
  const accepted = await editor.request("PUT", `/api/claims/${claim.id}/verdict`, {
    version: claim.version,
    verdict: "unverified",
  });
  expect(accepted.status).toBe(200);

  const event = await events.next(3_000);
  expect(event).toMatchObject({
    event: "change",
    data: { claimId: claim.id, action: "claim.verdict", version: claim.version + 1, actorId: editor.user.id },
  });
  await events.close();
});

it("answers 401 to a stream request without a session and 404 for an unknown article", async () => {
  expect((await server.anonymous("GET", "/api/articles/00000000-0000-4000-8000-000000000000/events")).status).toBe(401);
  const reviewer = await server.login("reviewer");
  expect((await reviewer.request("GET", "/api/articles/00000000-0000-4000-8000-000000000000/events")).status).toBe(404);
});

describe("streams end with their session, without a session query per stream", () => {
  async function openStream(client: TestClient, articleId: string) {
    const response = await client.request("GET", `/api/articles/${articleId}/events`);
    expect(response.status).toBe(200);
    return readServerSentEvents(response);
  }
  async function newArticle() {
    const editor = await server.login("editor");
    const article = (
      await editor.json<Article>("POST", "/api/articles", {
        title: "Live sessions",
        body: "Exports rose 4 percent in 2024, the ministry said. Imports fell.",
      })
    ).body;
    return { editor, article };
  }
  async function userVersion(admin: TestClient, id: string): Promise<number> {
    const users = (await admin.json<{ items: Array<{ id: string; version: number }> }>("GET", "/api/users")).body;
    return users.items.find((u) => u.id === id)!.version;
  }

  // A stream was ended only when an event or the 20 s heartbeat made it look at its session again.
  it("ends a stream as soon as its session signs out, with nothing to deliver", async () => {
    const { article } = await newArticle();
    const reviewer = await server.login("reviewer");
    const events = await openStream(reviewer, article.id);
    expect((await reviewer.request("POST", "/api/auth/logout")).status).toBe(204);
    await expect(events.next(2_000)).rejects.toThrow(/ended/);
  });

  // The session stays valid after a role change, so the stream opened under the old role went on.
  it("ends the streams of an account whose role changes, and of the other sessions of a new password", async () => {
    const { article } = await newArticle();
    const admin = await server.login("admin");
    const reviewer = await server.login("reviewer");
    const roleChanged = await openStream(reviewer, article.id);
    const byAdmin = await openStream(admin, article.id);
    const changed = await admin.json("PATCH", `/api/users/${reviewer.user.id}`, {
      version: await userVersion(admin, reviewer.user.id),
      role: "editor",
    });
    expect(changed.status).toBe(200);
    await expect(roleChanged.next(2_000)).rejects.toThrow(/ended/);

    // An admin who resets their own password stays signed in here; their other sessions end.
    const elsewhere = await server.signIn(admin.user);
    const otherTab = await openStream(elsewhere, article.id);
    const reset = await admin.json("PATCH", `/api/users/${admin.user.id}`, {
      version: await userVersion(admin, admin.user.id),
      password: "a brand new long password",
    });
    expect(reset.status).toBe(200);
    await expect(otherTab.next(2_000)).rejects.toThrow(/ended/);
    const { editor } = await newArticle();
    const claim = await editor.json("POST", `/api/articles/${article.id}/claims`, { start: 0, end: 12 });
    expect(claim.status).toBe(201);
    expect((await byAdmin.next(3_000)).event).toBe("change");
    await byAdmin.close();
  });

  // Each stream read its session from the database before an event went out (at most once a
  // second each): with many viewers on the embedded database's one connection, that was one
  // query per viewer per change.
  it("delivers a change to many open streams with no session query per stream", async () => {
    const { editor, article } = await newArticle();
    const viewers = await Promise.all(Array.from({ length: 12 }, () => server.login("reviewer")));
    const streams = await Promise.all(viewers.map((viewer) => openStream(viewer, article.id)));
    const pool = server.db.pool;
    const query = pool.query.bind(pool);
    let sessionReads = 0;
    pool.query = ((config: unknown, ...rest: unknown[]) => {
      const text = typeof config === "string" ? config : (config as { text?: string }).text;
      if (text?.includes("FROM sessions")) sessionReads++;
      return (query as (...args: unknown[]) => unknown)(config, ...rest);
    }) as typeof pool.query;
    try {
      expect((await editor.json("POST", `/api/articles/${article.id}/claims`, { start: 0, end: 12 })).status).toBe(201);
      for (const events of streams) expect((await events.next(3_000)).event).toBe("change");
    } finally {
      pool.query = query;
    }
    // The change's own request reads its session once.
    expect(sessionReads).toBeLessThanOrEqual(1);
    await Promise.all(streams.map((events) => events.close()));
  });
});

// Same-instance live updates over the database the suite runs on (embedded or PostgreSQL).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Article, Claim } from "@claimdesk/shared";
import { readServerSentEvents } from "../../../tests/support/server-sent-events.ts";
import { startTestServer, type TestServer } from "../../../tests/support/test-server.ts";

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

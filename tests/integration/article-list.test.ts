// The articles list: "Assigned to me" is answered by the server over every article, not only the
// page the browser has loaded, so an older article on a later page is found too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, ArticleSummary, Claim } from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let editor: TestClient;
let reviewer: TestClient;
let other: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor");
  reviewer = await server.login("reviewer", "Rita Reviewer");
  other = await server.login("reviewer", "Otto Other");
});
afterAll(() => server?.close());

const importArticle = async (title: string) =>
  (await editor.json<Article>("POST", "/api/articles", { title, body: "Exports rose 12 percent in 2024." })).body;

describe("GET /api/articles?assignee=me", () => {
  it("lists the articles with a claim assigned to the signed-in user, across pages", async () => {
    const old = await importArticle("Old, assigned");
    const [claim] = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${old.id}/claims`)).body.items;
    const assigned = await editor.json("PUT", `/api/claims/${claim!.id}/assignee`, {
      version: claim!.version,
      assigneeId: reviewer.user.id,
    });
    expect(assigned.status).toBe(200);
    for (const n of [1, 2, 3]) await importArticle(`Newer ${n}`);

    const firstPage = await reviewer.json<{ items: ArticleSummary[]; nextCursor: string | null }>(
      "GET",
      "/api/articles?assignee=me&limit=1",
    );
    expect(firstPage.status).toBe(200);
    expect(firstPage.body.items.map((a) => a.id)).toEqual([old.id]);

    const notMine = await other.json<{ items: ArticleSummary[] }>("GET", "/api/articles?assignee=me");
    expect(notMine.body.items).toEqual([]);
    const everyone = await other.json<{ items: ArticleSummary[] }>("GET", "/api/articles");
    expect(everyone.body.items).toHaveLength(4);
  });

  it("says what the filter takes when given something else", async () => {
    const response = await reviewer.json<{ errors: Array<{ path: string }> }>("GET", "/api/articles?assignee=bob");
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e) => e.path)).toEqual(["query.assignee"]);
  });
});

// SQL metacharacters in text fields and search parameters are data, never syntax or patterns:
// stored verbatim, and searching for %, _ or \ finds only what literally contains them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

const TITLES = {
  injection: `'; DROP TABLE claims; --`,
  percent: "Turnout 100% certain",
  underscore: "Report on snake_case",
  backslash: String.raw`Path C:\budget`,
  plain: "Plain title",
};
const BODY = "Crime fell 12 percent in 2024, the mayor said. Unemployment rose to 7 percent last year.";

let server: TestServer;
let editor: TestClient;
const articleIds: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor");
  for (const [key, title] of Object.entries(TITLES)) {
    const created = await editor.json<{ id: string; title: string }>("POST", "/api/articles", { title, body: BODY });
    expect(created.status).toBe(201);
    expect(created.body.title).toBe(title);
    articleIds[key] = created.body.id;
    // A claim marked by hand in every article, so claim search does not depend on the extractor:
    // "Crime fell 12 percent", a span the extractor never cuts (it reads on to "in 2024").
    const marked = await editor.json("POST", `/api/articles/${created.body.id}/claims`, { start: 0, end: 21 });
    expect(marked.status).toBe(201);
  }
});
afterAll(() => server?.close());

const titlesFound = async (q: string) =>
  (await editor.json<{ items: Array<{ title: string }> }>("GET", `/api/articles?q=${encodeURIComponent(q)}`)).body.items
    .map((a) => a.title)
    .sort();

const claimArticlesFound = async (q: string) => {
  const found = await editor.json<{ items: Array<{ articleId: string }> }>(
    "GET",
    `/api/claims?limit=500&q=${encodeURIComponent(q)}`,
  );
  expect(found.status).toBe(200);
  return [...new Set(found.body.items.map((c) => c.articleId))].sort();
};

describe("SQL metacharacters", () => {
  it("stores them verbatim in every text field, and the tables survive", async () => {
    const claim = (
      await editor.json<{ items: Array<{ id: string; version: number }> }>(
        "GET",
        `/api/articles/${articleIds.injection}/claims`,
      )
    ).body.items[0]!;
    const note = await editor.json<{ body: string }>("POST", `/api/claims/${claim.id}/notes`, {
      body: `${TITLES.injection} 50% _x_ \\`,
    });
    expect(note.body.body).toBe(`${TITLES.injection} 50% _x_ \\`);
    const source = await editor.json<{ title: string; publisher: string }>("POST", `/api/claims/${claim.id}/sources`, {
      url: "https://example.org/?q=%27;DROP",
      title: TITLES.injection,
      publisher: "100%_\\",
      stance: "context",
    });
    expect(source.body).toMatchObject({ title: TITLES.injection, publisher: "100%_\\" });
    const edited = await editor.json<{ text: string }>("PATCH", `/api/claims/${claim.id}`, {
      version: claim.version,
      text: `${TITLES.injection} %_\\`,
    });
    expect(edited.body.text).toBe(`${TITLES.injection} %_\\`);
    expect(await server.db.prisma.claim.count()).toBeGreaterThan(0);
  });

  it("search takes quotes and SQL keywords as text", async () => {
    expect(await titlesFound(TITLES.injection)).toEqual([TITLES.injection]);
    expect(await titlesFound("'")).toEqual([TITLES.injection]);
    expect(await titlesFound("100%")).toEqual([TITLES.percent]);
    expect((await titlesFound("Plain")).length).toBe(1);
    expect(await claimArticlesFound("DROP TABLE")).toEqual([articleIds.injection]);
    expect(await claimArticlesFound("100%")).toEqual([articleIds.percent]);
    expect(await claimArticlesFound("snake_case")).toEqual([articleIds.underscore]);
  });

  it("GET /api/articles?q= matches %, _ and \\ literally", async () => {
    expect(await titlesFound("%")).toEqual([TITLES.percent]);
    expect(await titlesFound("_")).toEqual([TITLES.underscore]);
    expect(await titlesFound("\\")).toEqual([TITLES.backslash]);
  });

  it("GET /api/claims?q= matches %, _ and \\ literally", async () => {
    // "%" is in one title, and in the claim text edited in the first test (same file, same order).
    expect(await claimArticlesFound("%")).toEqual([articleIds.percent!, articleIds.injection!].sort());
    expect(await claimArticlesFound("e_c")).toEqual([articleIds.underscore]);
    expect(await claimArticlesFound("C:\\b")).toEqual([articleIds.backslash]);
  });

  it("other query parameters take them as plain values", async () => {
    const audit = await editor.json<{ items: unknown[] }>(
      "GET",
      `/api/audit?action=${encodeURIComponent(TITLES.injection)}`,
    );
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual([]);
    const wildcard = await editor.json<{ items: unknown[] }>("GET", `/api/audit?action=${encodeURIComponent("%")}`);
    expect(wildcard.body.items).toEqual([]);
    expect(await server.db.prisma.claim.count()).toBeGreaterThan(0);
  });
});

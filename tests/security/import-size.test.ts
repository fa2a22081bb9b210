// An oversized article is refused with 413 and a message that gives the limit, whichever way it is
// sent (raw file body, JSON, preview, revision), and nothing is stored. MAX_IMPORT_BYTES is lowered
// so the test sends kilobytes, not megabytes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

const LIMIT = 4096;
const HUGE = "Crime fell 12 percent in 2024, the mayor said. ".repeat(Math.ceil((LIMIT * 3) / 48));
const WAY_TOO_HUGE = "x".repeat(LIMIT + 128 * 1024); // past the JSON parser's own limit too

let server: TestServer;
let editor: TestClient;
beforeAll(async () => {
  server = await startTestServer({ MAX_IMPORT_BYTES: String(LIMIT) });
  editor = await server.login("editor");
});
afterAll(() => server?.close());

async function expect413(response: Response) {
  expect(response.status).toBe(413);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const problem = (await response.json()) as { code: string; detail: string };
  expect(problem.code).toBe("payload_too_large");
  expect(problem.detail.length).toBeGreaterThan(20);
}

describe("huge imports", () => {
  it("answers 413 to every way of sending too much, and stores nothing", async () => {
    const before = {
      articles: await server.db.prisma.article.count(),
      audit: await server.db.prisma.auditEvent.count(),
    };
    for (const type of ["text/plain", "text/markdown", "text/html"]) {
      await expect413(await editor.request("POST", "/api/articles?title=Huge", HUGE, { "content-type": type }));
    }
    await expect413(await editor.request("POST", "/api/articles", { title: "Huge", body: HUGE }));
    await expect413(await editor.request("POST", "/api/articles", { title: "Huge", body: WAY_TOO_HUGE }));
    await expect413(await editor.request("POST", "/api/articles/preview", { title: "Huge", body: HUGE }));
    await expect413(
      await editor.request("POST", "/api/articles/preview?title=Huge", HUGE, { "content-type": "text/plain" }),
    );
    expect({
      articles: await server.db.prisma.article.count(),
      audit: await server.db.prisma.auditEvent.count(),
    }).toEqual(before);
  });

  it("says how large the article is and what the limit is, with numbers that differ", async () => {
    const justOver = "x".repeat(LIMIT + 10);
    const response = await editor.request("POST", "/api/articles", { title: "Just over", body: justOver });
    expect(response.status).toBe(413);
    const { detail } = (await response.json()) as { detail: string };
    // Rounded to tenths of a megabyte both read "0.0 MB" (and "2.0 MB" at the default limit).
    expect(detail).toContain((LIMIT + 10).toLocaleString("en"));
    expect(detail).toContain(LIMIT.toLocaleString("en"));
    expect(detail).toMatch(/MAX_IMPORT_BYTES/);
  });

  it("answers 413 to a revision that makes the article too large, and keeps the old text", async () => {
    const created = await editor.json<{ id: string; version: number; body: string }>("POST", "/api/articles", {
      title: "Small",
      body: "Crime fell 12 percent in 2024.",
    });
    expect(created.status).toBe(201);
    await expect413(
      await editor.request("PATCH", `/api/articles/${created.body.id}`, { version: created.body.version, body: HUGE }),
    );
    const after = await editor.json<{ body: string; version: number }>("GET", `/api/articles/${created.body.id}`);
    expect(after.body).toMatchObject({ body: created.body.body, version: created.body.version });
  });
});

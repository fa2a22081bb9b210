// U+0000 in text. JSON can carry it and zod accepts it, but PostgreSQL text cannot store it
// (SQLSTATE 22021), so the request must be refused with a 4xx that names the problem, and nothing
// may be stored. Found by the property test in server/src/http/request-schemas.property.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

const NUL = "a\u0000b";

let server: TestServer;
let editor: TestClient;
let admin: TestClient;
let claim: { id: string; version: number };

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor");
  admin = await server.login("admin");
  const article = (
    await editor.json<{ id: string }>("POST", "/api/articles", {
      title: "T",
      body: "Crime fell 12 percent in 2024, the mayor said.",
    })
  ).body;
  claim = (
    await editor.json<{ id: string; version: number }>("POST", `/api/articles/${article.id}/claims`, {
      start: 0,
      end: 29,
    })
  ).body;
});
afterAll(() => server?.close());

const requests = (): Array<[client: () => TestClient, method: string, path: string, body?: unknown]> => [
  [() => editor, "POST", `/api/claims/${claim.id}/notes`, { body: NUL }],
  [
    () => editor,
    "POST",
    `/api/claims/${claim.id}/sources`,
    { url: "https://example.org", title: NUL, stance: "context" },
  ],
  [() => editor, "PATCH", `/api/claims/${claim.id}`, { version: claim.version, text: NUL }],
  [
    () => editor,
    "PUT",
    `/api/claims/${claim.id}/verdict`,
    { version: claim.version, verdict: "unverified", rationale: NUL },
  ],
  [() => editor, "POST", "/api/articles", { title: NUL, body: "Crime fell 12 percent." }],
  [() => editor, "POST", "/api/articles", { title: "x", body: `Crime fell 12 percent. ${NUL}` }],
  [
    () => admin,
    "POST",
    "/api/users",
    { email: "nul@example.org", name: NUL, role: "reviewer", password: "long enough password" },
  ],
  [() => editor, "GET", `/api/articles?q=${encodeURIComponent(NUL)}`],
  [() => editor, "GET", `/api/claims?q=${encodeURIComponent(NUL)}`],
];

describe("NUL characters in text", () => {
  it("never store anything, whatever the answer", async () => {
    const count = () =>
      Promise.all([
        server.db.prisma.note.count(),
        server.db.prisma.source.count(),
        server.db.prisma.article.count(),
        server.db.prisma.user.count(),
        server.db.prisma.auditEvent.count(),
      ]);
    const before = await count();
    for (const [client, method, path, body] of requests()) await (await client().request(method, path, body)).text();
    expect(await count()).toEqual(before);
  });

  it("are refused with a 4xx problem, not a 500", async () => {
    for (const [client, method, path, body] of requests()) {
      const response = await client().request(method, path, body);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
    }
  });
});

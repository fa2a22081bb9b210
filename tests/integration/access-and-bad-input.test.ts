// Who may call what, CSRF, and a table of bad requests: each gets the right status and a message
// that says what to fix, and none of them changes the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Claim } from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let admin: TestClient;
let editor: TestClient;
let reviewer: TestClient;
let article: Article;
let claim: Claim;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login("admin");
  editor = await server.login("editor");
  reviewer = await server.login("reviewer");
  article = (
    await editor.json<Article>("POST", "/api/articles", {
      title: "T",
      body: "The city spent $4 million on roads in 2023, the mayor said. Crime fell 12 percent.",
    })
  ).body;
  claim = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items[0]!;
});
afterAll(() => server?.close());

async function snapshot() {
  const p = server.db.prisma;
  return {
    articles: await p.article.count(),
    claims: await p.claim.findMany({ orderBy: { id: "asc" } }),
    sources: await p.source.count(),
    notes: await p.note.count(),
    audit: await p.auditEvent.count(),
    users: await p.user.count(),
  };
}

describe("roles", () => {
  const routes = () => [
    { method: "GET", path: "/api/articles", allowed: ["reviewer", "editor", "admin"] },
    { method: "GET", path: `/api/articles/${article.id}`, allowed: ["reviewer", "editor", "admin"] },
    {
      method: "POST",
      path: "/api/articles/preview",
      body: { title: "x", body: "Taxes rose 3 percent." },
      allowed: ["editor", "admin"],
    },
    {
      method: "PATCH",
      path: `/api/articles/${article.id}`,
      body: { version: 999, title: "Renamed" },
      allowed: ["editor", "admin"],
      okStatus: 409,
    },
    { method: "GET", path: "/api/audit", allowed: ["editor", "admin"] },
    { method: "GET", path: "/api/audit/verify", allowed: ["admin"] },
    {
      method: "POST",
      path: "/api/users",
      body: { email: `x${Math.random()}@example.org`, name: "X", role: "reviewer", password: "long enough password" },
      allowed: ["admin"],
      okStatus: 201,
    },
    {
      method: "POST",
      path: `/api/claims/${claim.id}/approve`,
      body: { version: 999 },
      allowed: ["editor", "admin"],
      okStatus: 409,
    },
    {
      method: "PUT",
      path: `/api/claims/${claim.id}/verdict`,
      body: { version: 999, verdict: null },
      allowed: ["reviewer", "editor", "admin"],
      okStatus: 409,
    },
    { method: "GET", path: `/api/articles/${article.id}/report?format=json`, allowed: ["editor", "admin"] },
  ];

  it("answers 401 to every route without a session", async () => {
    for (const route of routes()) {
      const response = await server.anonymous(route.method, route.path, route.body);
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("answers 403 to the wrong role and lets the right ones through", async () => {
    const clients = { reviewer, editor, admin };
    for (const route of routes()) {
      for (const [role, client] of Object.entries(clients)) {
        const response = await client.request(route.method, route.path, route.body);
        const expected = route.allowed.includes(role) ? (route.okStatus ?? 200) : 403;
        expect(response.status, `${role} ${route.method} ${route.path}`).toBe(expected);
      }
    }
  });
});

describe("CSRF and sessions", () => {
  it("refuses a change without the CSRF header, with a foreign one, or from a foreign origin", async () => {
    const path = `/api/claims/${claim.id}/notes`;
    expect((await reviewer.request("POST", path, { body: "x" }, { "x-csrf-token": "" })).status).toBe(403);
    expect((await reviewer.request("POST", path, { body: "x" }, { "x-csrf-token": editor.csrfToken })).status).toBe(
      403,
    );
    expect((await reviewer.request("POST", path, { body: "x" }, { origin: "https://evil.example" })).status).toBe(403);
  });

  it("ends the session on logout: the old cookie no longer works", async () => {
    const user = await server.login("reviewer");
    expect((await user.request("GET", "/api/auth/session")).status).toBe(200);
    expect((await user.request("POST", "/api/auth/logout")).status).toBe(204);
    expect((await user.request("GET", "/api/auth/session")).status).toBe(401);
  });

  it("says the same for a wrong password as for an unknown account", async () => {
    const wrong = await server.anonymous("POST", "/api/auth/login", { email: reviewer.user.email, password: "nope" });
    const unknown = await server.anonymous("POST", "/api/auth/login", {
      email: "nobody@example.org",
      password: "nope",
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { detail: string }).detail).toBe(
      ((await unknown.json()) as { detail: string }).detail,
    );
  });
});

describe("bad input", () => {
  const cases = () => [
    {
      name: "malformed JSON",
      method: "POST",
      path: `/api/claims/${claim.id}/notes`,
      raw: "{not json",
      status: 400,
      detail: /not valid JSON/,
    },
    {
      name: "wrong type",
      method: "PUT",
      path: `/api/claims/${claim.id}/verdict`,
      body: { version: "one", verdict: "true" },
      status: 422,
      field: "body.version",
    },
    {
      name: "unknown verdict",
      method: "PUT",
      path: `/api/claims/${claim.id}/verdict`,
      body: { version: claim.version, verdict: "mostly true" },
      status: 422,
      field: "body.verdict",
    },
    {
      name: "missing field",
      method: "POST",
      path: `/api/claims/${claim.id}/sources`,
      body: { stance: "supports" },
      status: 422,
      field: "body.url",
    },
    {
      name: "javascript: url",
      method: "POST",
      path: `/api/claims/${claim.id}/sources`,
      body: { url: "javascript:alert(1)", stance: "supports" },
      status: 422,
      field: "body.url",
    },
    {
      name: "unknown id",
      method: "GET",
      path: "/api/claims/00000000-0000-4000-8000-000000000000",
      status: 404,
      detail: /No claim/,
    },
    { name: "not an id", method: "GET", path: "/api/claims/'; DROP TABLE claims;--", status: 422, field: "path" },
    {
      name: "span outside the article",
      method: "POST",
      path: `/api/articles/${article.id}/claims`,
      body: { start: 5, end: 100000 },
      status: 422,
      field: "body.end",
    },
    {
      name: "empty note",
      method: "POST",
      path: `/api/claims/${claim.id}/notes`,
      body: { body: "   " },
      status: 422,
      field: "body.body",
    },
    {
      name: "oversized JSON body",
      method: "POST",
      path: `/api/claims/${claim.id}/notes`,
      body: { body: "x".repeat(3 * 1024 * 1024) },
      status: 413,
      detail: /larger than/,
    },
    { name: "unknown route", method: "GET", path: "/api/nope", status: 404, detail: /no API route/ },
    // PostgreSQL has no year 0: these were 500s.
    {
      name: "year 0000 publication date",
      method: "POST",
      path: "/api/articles",
      as: "editor",
      body: { title: "Old", body: "Exports rose 12 percent.", publishedOn: "0000-01-01" },
      status: 422,
      field: "body.publishedOn",
    },
    {
      name: "year 0000 access date",
      method: "POST",
      path: `/api/claims/${claim.id}/sources`,
      body: { url: "https://example.org/", stance: "context", accessedOn: "0000-06-30" },
      status: 422,
      field: "body.accessedOn",
    },
    {
      name: "audit from year 0000",
      method: "GET",
      path: "/api/audit?from=0000-01-01T00:00:00Z",
      as: "editor",
      status: 422,
      field: "query.from",
    },
    {
      name: "audit from a time that is year 0000 in UTC",
      method: "GET",
      path: "/api/audit?to=0001-01-01T01:00:00%2B05:00",
      as: "editor",
      status: 422,
      field: "query.to",
    },
    {
      name: "audit to before from",
      method: "GET",
      path: "/api/audit?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z",
      as: "editor",
      status: 422,
      field: "query.to",
    },
    // A body that says it is gzip but is not could not be inflated: that was a 500.
    {
      name: "Content-Encoding gzip on a body that is not gzip",
      method: "POST",
      path: `/api/claims/${claim.id}/notes`,
      raw: '{"body":"hello"}',
      headers: { "content-type": "application/json", "content-encoding": "gzip" } as Record<string, string>,
      status: 400,
      detail: /could not be decompressed.*gzip/,
    },
    // Without a JSON content type the body was never read, and the answer said only "expected
    // object, received undefined".
    {
      name: "JSON sent without a JSON content type",
      method: "POST",
      path: `/api/claims/${claim.id}/notes`,
      raw: '{"body":"hello"}',
      headers: { "content-type": "text/plain" },
      status: 415,
      detail: /Content-Type: application\/json/,
    },
    {
      name: "a form instead of JSON",
      method: "PUT",
      path: `/api/claims/${claim.id}/verdict`,
      raw: "version=1&verdict=unverified",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      status: 415,
      detail: /Content-Type: application\/json/,
    },
    // A field that cannot be changed was dropped without a word: 200, and the email stayed as it was.
    {
      name: "a change of a field that cannot be changed",
      method: "PATCH",
      path: `/api/users/${reviewer.user.id}`,
      as: "admin",
      body: { version: 1, email: "someone-else@example.org" },
      status: 422,
      detail: /"email".*version, name, role, disabled, password/,
      field: "body.email",
    },
    // Unknown fields were dropped by the schema: a misspelt field was a 200 that changed nothing,
    // or changed the rest and silently left out what the client meant to send.
    {
      name: "a misspelt field alone",
      method: "PATCH",
      path: `/api/claims/${claim.id}`,
      body: { version: claim.version, verdcit: "true" },
      status: 422,
      detail: /"verdcit".*version, start, end, text, kind, claimant/,
      field: "body.verdcit",
    },
    {
      name: "a misspelt field beside a valid change",
      method: "PUT",
      path: `/api/claims/${claim.id}/verdict`,
      body: { version: claim.version, verdict: "unverified", rationalle: "Not settled yet." },
      status: 422,
      detail: /"rationalle".*version, verdict, rationale/,
      field: "body.rationalle",
    },
    {
      name: "an unknown field inside a list",
      method: "POST",
      path: "/api/claims/merge",
      body: {
        claims: [
          { id: claim.id, version: claim.version },
          { id: claim.id, version: claim.version, verison: 2 },
        ],
      },
      status: 422,
      detail: /"claims\.1\.verison".*id, version/,
      field: "body.claims.1.verison",
    },
    {
      name: "an unknown field and a wrong one",
      method: "POST",
      path: `/api/claims/${claim.id}/notes`,
      body: { body: "", parentID: claim.id },
      status: 422,
      detail: /"parentID".*body: /,
      field: "body.parentID",
    },
    {
      name: "a change with nothing to change",
      method: "PATCH",
      path: `/api/claims/${claim.id}`,
      body: { version: claim.version },
      status: 422,
      detail: /Nothing to change: send at least one of start, end, text, kind, claimant/,
      field: "body",
    },
    // A format without a body changed nothing (the body is not converted again) but answered 200.
    {
      name: "an article's format without a new body",
      method: "PATCH",
      path: `/api/articles/${article.id}`,
      as: "editor",
      body: { version: article.version, format: "html" },
      status: 422,
      detail: /format.*body/,
      field: "body.format",
    },
    {
      name: "no body at all",
      method: "PUT",
      path: `/api/claims/${claim.id}/verdict`,
      status: 422,
      detail: /no body.*JSON/,
      field: "body",
    },
  ];

  const names = [
    "malformed JSON",
    "wrong type",
    "unknown verdict",
    "missing field",
    "javascript: url",
    "unknown id",
    "not an id",
    "span outside the article",
    "empty note",
    "oversized JSON body",
    "unknown route",
    "year 0000 publication date",
    "year 0000 access date",
    "audit from year 0000",
    "audit from a time that is year 0000 in UTC",
    "Content-Encoding gzip on a body that is not gzip",
    "JSON sent without a JSON content type",
    "a form instead of JSON",
    "no body at all",
    "a change of a field that cannot be changed",
    "a misspelt field alone",
    "a misspelt field beside a valid change",
    "an unknown field inside a list",
    "an unknown field and a wrong one",
    "a change with nothing to change",
    "an article's format without a new body",
  ];
  it.each(names)("%s", async (name) => {
    const c = cases().find((x) => x.name === name)!;
    const before = await snapshot();
    const client = c.as === "editor" ? editor : c.as === "admin" ? admin : reviewer;
    const response = c.raw
      ? await client.request(c.method, c.path, c.raw, c.headers ?? { "content-type": "application/json" })
      : await client.request(c.method, c.path, c.body);
    expect(response.status).toBe(c.status);
    const problem = (await response.json()) as { code: string; detail: string; errors?: Array<{ path: string }> };
    expect(problem.detail.length).toBeGreaterThan(10);
    if (c.detail) expect(problem.detail).toMatch(c.detail);
    if (c.field) expect(problem.errors?.map((e) => e.path).some((p) => p.startsWith(c.field!))).toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});

describe("spans that cannot be a claim", () => {
  // UTF-16 offsets: the emoji is two code units, and a span may not cut it in half.
  const body = "Inflation 🎉 rose to 4.2 percent in 2023, the bank said.   Exports rose 12 percent in 2024.";
  const emoji = body.indexOf("🎉");
  const gap = body.indexOf("   ");
  let withEmoji: Article;
  let split: Claim;

  beforeAll(async () => {
    withEmoji = (await editor.json<Article>("POST", "/api/articles", { title: "Emoji", body })).body;
    const created = await reviewer.json<Claim>("POST", `/api/articles/${withEmoji.id}/claims`, {
      start: 0,
      end: gap,
    });
    expect(created.status).toBe(201);
    split = created.body;
  });

  it.each([
    ["starts inside a character", () => ({ start: emoji + 1, end: emoji + 10 })],
    ["ends inside a character", () => ({ start: 0, end: emoji + 1 })],
    ["has only spaces", () => ({ start: gap, end: gap + 3 })],
  ])("a new claim that %s gets 422 naming the span, and nothing changes", async (_name, span) => {
    const before = await snapshot();
    const response = await reviewer.json<{ detail: string; errors: Array<{ path: string }> }>(
      "POST",
      `/api/articles/${withEmoji.id}/claims`,
      span(),
    );
    expect(response.status).toBe(422);
    expect(response.body.detail).toMatch(/span/);
    expect(response.body.errors.length).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });

  it("a claim's span moved to cut a character gets 422, and nothing changes", async () => {
    const before = await snapshot();
    const response = await reviewer.json("PATCH", `/api/claims/${split.id}`, {
      version: split.version,
      start: emoji + 1,
    });
    expect(response.status).toBe(422);
    expect(await snapshot()).toEqual(before);
  });

  it("a split inside a character gets 422, and nothing changes", async () => {
    const before = await snapshot();
    const response = await reviewer.json<{ errors: Array<{ path: string }> }>("POST", `/api/claims/${split.id}/split`, {
      version: split.version,
      at: emoji + 1,
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e) => e.path)).toContain("body.at");
    expect(await snapshot()).toEqual(before);
  });

  // A revision that removes a claim's text leaves it "missing", with an empty span; splitting it
  // answered 'Split inside the claim: "at" must be between 11 and 9.'
  it("a split of a claim whose text the article no longer has says so, and nothing changes", async () => {
    const gone = (await editor.json<Article>("POST", "/api/articles", { title: "Gone", body })).body;
    const made = (await reviewer.json<Claim>("POST", `/api/articles/${gone.id}/claims`, { start: 0, end: gap })).body;
    const revised = await editor.json("PATCH", `/api/articles/${gone.id}`, {
      version: gone.version,
      body: "Exports rose 12 percent in 2024.",
    });
    expect(revised.status).toBe(200);
    const missing = (await reviewer.json<Claim>("GET", `/api/claims/${made.id}`)).body;
    expect(missing.anchorStatus).toBe("missing");
    const before = await snapshot();
    const response = await reviewer.json<{ detail: string }>("POST", `/api/claims/${missing.id}/split`, {
      version: missing.version,
      at: missing.start + 1,
    });
    expect(response.status).toBe(422);
    expect(response.body.detail).toMatch(/no longer in the article/);
    expect(response.body.detail).not.toMatch(/between \d+ and \d+/);
    expect(await snapshot()).toEqual(before);
  });
});

describe("deleting without the version", () => {
  it.each(["", "?version=", "?version=abc", "?version=1.5"])(
    "a source or note deletion with %j gets 422 asking for ?version=N, and nothing changes",
    async (query) => {
      // One address per case: the claim takes each address once (decision 150).
      const source = await reviewer.json<{ id: string }>("POST", `/api/claims/${claim.id}/sources`, {
        url: `https://example.org/evidence?case=${encodeURIComponent(query)}`,
        stance: "context",
      });
      const note = await reviewer.json<{ id: string }>("POST", `/api/claims/${claim.id}/notes`, { body: "a note" });
      for (const path of [`/api/sources/${source.body.id}`, `/api/notes/${note.body.id}`]) {
        const before = await snapshot();
        const response = await reviewer.json<{ detail: string; errors: Array<{ path: string; message: string }> }>(
          "DELETE",
          path + query,
        );
        expect(response.status).toBe(422);
        expect(response.body.detail).toMatch(/\?version=/);
        expect(response.body.detail).not.toMatch(/NaN/);
        expect(response.body.errors.map((e) => e.path)).toEqual(["query.version"]);
        expect(await snapshot()).toEqual(before);
      }
    },
  );
});

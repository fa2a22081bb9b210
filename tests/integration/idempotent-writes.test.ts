// Every change under /api that takes an Idempotency-Key (all but sign-in, sign-out and preview:
// server/src/idempotency/unkeyed-writes.ts) answers a retry with its first answer and changes
// nothing the second time (decision 270). A new write route fails the first test until it has a
// case here, so none is left that accepts the header and still applies a retry twice.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Claim, Note, Source, User } from "@claimdesk/shared";
import { takesIdempotencyKey } from "../../server/src/idempotency/unkeyed-writes.ts";
import { routes } from "../../server/src/openapi/openapi-routes.ts";
import { startTestServer, TEST_PASSWORD, type TestClient, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let admin: TestClient;
let editor: TestClient;
let reviewer: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login("admin");
  editor = await server.login("editor");
  reviewer = await server.login("reviewer");
});
afterAll(() => server?.close());

const BODY =
  "Exports rose 12 percent in 2024, the ministry said. Unemployment fell to 3.5 percent in March, " +
  "the statistics office reported. The central bank raised its rate to 5 percent in June.";

async function article(): Promise<Article> {
  const imported = await editor.json<Article>("POST", "/api/articles", { title: "Retried", body: BODY });
  expect(imported.status).toBe(201);
  return imported.body;
}

async function claims(): Promise<Claim[]> {
  const { id } = await article();
  const items = (await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${id}/claims`)).body.items;
  expect(items.length).toBeGreaterThanOrEqual(2);
  return items;
}

const claim = async () => (await claims())[0]!;

async function withVerdict(): Promise<Claim> {
  const { id, version } = await claim();
  const given = await reviewer.json<Claim>("PUT", `/api/claims/${id}/verdict`, { version, verdict: "unverified" });
  return given.body;
}

async function source(): Promise<Source> {
  const { id } = await claim();
  return (
    await reviewer.json<Source>("POST", `/api/claims/${id}/sources`, { url: "https://a.example/", stance: "context" })
  ).body;
}

async function note(): Promise<Note> {
  const { id } = await claim();
  return (await reviewer.json<Note>("POST", `/api/claims/${id}/notes`, { body: "To change." })).body;
}

async function account(): Promise<User> {
  const email = `${crypto.randomUUID()}@example.org`;
  const user = { email, name: "Ana", role: "reviewer", password: TEST_PASSWORD };
  return (await admin.json<User>("POST", "/api/users", user)).body;
}

interface Case {
  client: TestClient;
  path: string;
  body?: unknown;
}

/** For each keyed route (as in docs/API.md), a request that succeeds once. */
const cases: Record<string, () => Promise<Case>> = {
  "POST /api/users": async () => ({
    client: admin,
    path: "/api/users",
    body: { email: `${crypto.randomUUID()}@example.org`, name: "Bo", role: "editor", password: TEST_PASSWORD },
  }),
  "PATCH /api/users/:id": async () => {
    const { id, version } = await account();
    return { client: admin, path: `/api/users/${id}`, body: { version, name: "Ana Renamed" } };
  },
  "POST /api/articles": async () => ({ client: editor, path: "/api/articles", body: { title: "New", body: BODY } }),
  "PATCH /api/articles/:id": async () => {
    const { id, version } = await article();
    return { client: editor, path: `/api/articles/${id}`, body: { version, title: "Retitled" } };
  },
  "POST /api/articles/:id/claims": async () => {
    const { id } = await article();
    return { client: reviewer, path: `/api/articles/${id}/claims`, body: { start: 0, end: 7 } };
  },
  "POST /api/claims/merge": async () => {
    const [a, b] = await claims();
    return {
      client: reviewer,
      path: "/api/claims/merge",
      body: { claims: [a, b].map((c) => ({ id: c!.id, version: c!.version })) },
    };
  },
  "PATCH /api/claims/:id": async () => {
    const { id, version } = await claim();
    return { client: reviewer, path: `/api/claims/${id}`, body: { version, text: "Exports rose by 12 percent." } };
  },
  "PUT /api/claims/:id/verdict": async () => {
    const { id, version } = await claim();
    return { client: reviewer, path: `/api/claims/${id}/verdict`, body: { version, verdict: "unverified" } };
  },
  "POST /api/claims/:id/approve": async () => {
    const { id, version } = await withVerdict();
    return { client: editor, path: `/api/claims/${id}/approve`, body: { version } };
  },
  "POST /api/claims/:id/dismiss": async () => {
    const { id, version } = await claim();
    return { client: reviewer, path: `/api/claims/${id}/dismiss`, body: { version } };
  },
  "POST /api/claims/:id/restore": async () => {
    const { id, version } = await claim();
    const dismissed = (await reviewer.json<Claim>("POST", `/api/claims/${id}/dismiss`, { version })).body;
    return { client: reviewer, path: `/api/claims/${id}/restore`, body: { version: dismissed.version } };
  },
  "PUT /api/claims/:id/assignee": async () => {
    const { id, version } = await claim();
    return { client: reviewer, path: `/api/claims/${id}/assignee`, body: { version, assigneeId: reviewer.user.id } };
  },
  "POST /api/claims/:id/split": async () => {
    const { id, version, start, end } = await claim();
    return { client: reviewer, path: `/api/claims/${id}/split`, body: { version, at: Math.floor((start + end) / 2) } };
  },
  "POST /api/claims/:id/sources": async () => {
    const { id } = await claim();
    return {
      client: reviewer,
      path: `/api/claims/${id}/sources`,
      body: { url: "https://b.example/", stance: "refutes" },
    };
  },
  "PATCH /api/sources/:id": async () => {
    const { id, version } = await source();
    return { client: reviewer, path: `/api/sources/${id}`, body: { version, title: "Statistics" } };
  },
  "DELETE /api/sources/:id": async () => {
    const { id, version } = await source();
    return { client: reviewer, path: `/api/sources/${id}?version=${version}` };
  },
  "POST /api/claims/:id/notes": async () => {
    const { id } = await claim();
    return { client: reviewer, path: `/api/claims/${id}/notes`, body: { body: "Asked the ministry." } };
  },
  "PATCH /api/notes/:id": async () => {
    const { id, version } = await note();
    return { client: reviewer, path: `/api/notes/${id}`, body: { version, body: "Changed." } };
  },
  "DELETE /api/notes/:id": async () => {
    const { id, version } = await note();
    return { client: reviewer, path: `/api/notes/${id}?version=${version}` };
  },
};

const auditEvents = () => server.db.prisma.auditEvent.count();

describe("every change that takes an Idempotency-Key", () => {
  it("has a case here, and only those", () => {
    const keyed = routes.filter((r) => takesIdempotencyKey(r.method, r.path));
    expect(Object.keys(cases).sort()).toEqual(keyed.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort());
  });

  it.each(Object.keys(cases))("%s: a retry gets the first answer and changes nothing again", async (route) => {
    const { client, path, body } = await cases[route]!();
    const method = route.split(" ")[0]!;
    const headers = { "idempotency-key": crypto.randomUUID() };
    const first = await client.request(method, path, body, headers);
    const firstText = await first.text();
    expect(first.status, firstText).toBeLessThan(300);
    const eventsAfterFirst = await auditEvents();
    const again = await client.request(method, path, body, headers);
    expect(again.status).toBe(first.status);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(firstText);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(await auditEvents()).toBe(eventsAfterFirst);
  });
});

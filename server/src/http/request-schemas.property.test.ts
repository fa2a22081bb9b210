// Hostile bodies against every route that changes something: fc.anything(), objects with the
// schema's own keys holding wrong types, huge and exotic unicode strings, malformed JSON and
// prototype-pollution keys. Whatever arrives, the answer is never a 5xx, a refused request changes
// nothing in the database (counts, claim and article rows, users, the audit log), and no
// __proto__ or constructor key reaches Object.prototype of the (in-process) server.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  assignInputSchema,
  createClaimInputSchema,
  createUserInputSchema,
  importArticleInputSchema,
  loginInputSchema,
  mergeClaimsInputSchema,
  noteInputSchema,
  setVerdictInputSchema,
  sourceInputSchema,
  splitClaimInputSchema,
  updateArticleInputSchema,
  updateClaimInputSchema,
  updateNoteInputSchema,
  updateSourceInputSchema,
  updateUserInputSchema,
  versionOnlyInputSchema,
} from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../../../tests/support/test-server.ts";

const RUNS = 50;

let server: TestServer;
let admin: TestClient;
let editor: TestClient;
let reviewer: TestClient;
const ids = { article: "", claim: "", claim2: "", source: "", note: "", user: "" };

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login("admin");
  editor = await server.login("editor");
  reviewer = await server.login("reviewer");
  ids.user = (await server.login("reviewer")).user.id;
  const article = await editor.json<{ id: string }>("POST", "/api/articles", {
    title: "T",
    body: "The city spent $4 million on roads in 2023, the mayor said. Crime fell 12 percent in 2024.",
  });
  ids.article = article.body.id;
  // Claims marked by hand, so the setup does not depend on what the extractor finds.
  const mark = async (start: number, end: number) =>
    (await reviewer.json<{ id: string }>("POST", `/api/articles/${ids.article}/claims`, { start, end })).body.id;
  ids.claim = await mark(0, 58);
  ids.claim2 = await mark(60, 90);
  ids.source = (
    await reviewer.json<{ id: string }>("POST", `/api/claims/${ids.claim}/sources`, {
      url: "https://example.org",
      stance: "context",
    })
  ).body.id;
  ids.note = (await reviewer.json<{ id: string }>("POST", `/api/claims/${ids.claim}/notes`, { body: "first" })).body.id;
}, 60_000);
afterAll(() => server?.close());

/** Everything a refused request must leave alone, as one comparable value (one query). */
async function databaseState(): Promise<unknown> {
  const { rows } = await server.db.pool.query(`SELECT
    (SELECT count(*) FROM articles) AS articles, (SELECT md5(coalesce(string_agg(a::text, '|' ORDER BY a.id), '')) FROM articles a) AS article_rows,
    (SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY c.id), '')) FROM claims c) AS claim_rows,
    (SELECT md5(coalesce(string_agg(s::text, '|' ORDER BY s.id), '')) FROM sources s) AS source_rows,
    (SELECT md5(coalesce(string_agg(n::text, '|' ORDER BY n.id), '')) FROM notes n) AS note_rows,
    (SELECT md5(coalesce(string_agg(u::text, '|' ORDER BY u.id), '')) FROM users u) AS user_rows,
    (SELECT count(*) FROM sessions) AS sessions, (SELECT count(*) FROM audit_events) AS audit`);
  return rows[0];
}

// No U+0000 in these: PostgreSQL text cannot store it and the server answers 500 today, a known bug
// with its own test (tests/security/nul-characters.test.ts) that would otherwise make this one flaky.
const withoutNul = (text: string) => text.replaceAll("\u0000", "");
const hugeString = fc.constantFrom(
  "x".repeat(30_000),
  "🧪".repeat(12_000),
  "\u202e\u0001\ud800".repeat(5_000),
  "a\u0301".repeat(15_000),
);
const exoticString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }).map(withoutNul),
  fc.constantFrom(
    "",
    " ",
    "\u0001",
    "__proto__",
    "constructor",
    "NaN",
    "-1",
    "1e309",
    "null",
    "<script>",
    "'; DROP TABLE claims; --",
  ),
);
const plausible = () =>
  fc.constantFrom<unknown>(
    ids.claim,
    ids.claim2,
    ids.user,
    ids.article,
    "00000000-0000-4000-8000-000000000000",
    1,
    2,
    0,
    -1,
    2 ** 31,
    1.5,
    "true",
    "false",
    "unverified",
    null,
    "supports",
    "reviewer",
    "admin",
    "https://example.org/x",
    "javascript:alert(1)",
    "2025-02-30",
    "x@example.org",
    "correct horse battery staple",
    true,
    [],
    {},
  );
const value = () =>
  fc.oneof(
    fc.anything(),
    exoticString,
    hugeString,
    plausible(),
    fc.integer(),
    fc.double(),
    fc.array(plausible(), { maxLength: 25 }),
  );

/** Bodies: anything at all, any object, the schema's keys with wrong or odd values, pollution keys. */
function bodies(schema: z.ZodType): fc.Arbitrary<{ raw: string | undefined }> {
  const keys = Object.keys((schema as unknown as { shape?: Record<string, unknown> }).shape ?? {});
  const shaped = fc.dictionary(fc.constantFrom(...keys, "extra"), value(), { maxKeys: keys.length + 1 });
  const json = fc
    .oneof(fc.anything(), fc.object(), shaped)
    .map((v) => ({ raw: JSON.stringify(v) as string | undefined }));
  const polluted = fc
    .tuple(shaped, fc.constantFrom("__proto__", "constructor", "prototype"), fc.anything())
    .map(([body, key, inner]) => {
      const text = JSON.stringify(body) ?? "{}";
      const injected = `{"${key}":${JSON.stringify({ role: "admin", isAdmin: true, polluted: inner ?? 1, prototype: { polluted: true } })}`;
      return { raw: text === "{}" ? `${injected}}` : `${injected},${text.slice(1)}` };
    });
  const malformed = fc
    .oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom("{", '{"version":', "[1,2", '{"a":1}}', "\u0000", '{"version": 1,}'),
    )
    .map((raw) => ({ raw }));
  return fc.oneof(
    { weight: 3, arbitrary: json },
    { weight: 2, arbitrary: polluted },
    { weight: 1, arbitrary: malformed },
  );
}

interface Route {
  name: string;
  method: string;
  path: () => string;
  schema: z.ZodType;
  as: () => TestClient | null;
}

const routes: Route[] = [
  { name: "POST /auth/login", method: "POST", path: () => "/api/auth/login", schema: loginInputSchema, as: () => null },
  { name: "POST /users", method: "POST", path: () => "/api/users", schema: createUserInputSchema, as: () => admin },
  {
    name: "PATCH /users/:id",
    method: "PATCH",
    path: () => `/api/users/${ids.user}`,
    schema: updateUserInputSchema,
    as: () => admin,
  },
  {
    name: "POST /articles",
    method: "POST",
    path: () => "/api/articles",
    schema: importArticleInputSchema,
    as: () => editor,
  },
  {
    name: "POST /articles/preview",
    method: "POST",
    path: () => "/api/articles/preview",
    schema: importArticleInputSchema,
    as: () => editor,
  },
  {
    name: "PATCH /articles/:id",
    method: "PATCH",
    path: () => `/api/articles/${ids.article}`,
    schema: updateArticleInputSchema,
    as: () => editor,
  },
  {
    name: "POST /articles/:id/claims",
    method: "POST",
    path: () => `/api/articles/${ids.article}/claims`,
    schema: createClaimInputSchema,
    as: () => reviewer,
  },
  {
    name: "PATCH /claims/:id",
    method: "PATCH",
    path: () => `/api/claims/${ids.claim}`,
    schema: updateClaimInputSchema,
    as: () => reviewer,
  },
  {
    name: "PUT /claims/:id/verdict",
    method: "PUT",
    path: () => `/api/claims/${ids.claim}/verdict`,
    schema: setVerdictInputSchema,
    as: () => reviewer,
  },
  {
    name: "POST /claims/:id/approve",
    method: "POST",
    path: () => `/api/claims/${ids.claim}/approve`,
    schema: versionOnlyInputSchema,
    as: () => editor,
  },
  {
    name: "POST /claims/:id/dismiss",
    method: "POST",
    path: () => `/api/claims/${ids.claim}/dismiss`,
    schema: versionOnlyInputSchema,
    as: () => reviewer,
  },
  {
    name: "POST /claims/:id/restore",
    method: "POST",
    path: () => `/api/claims/${ids.claim}/restore`,
    schema: versionOnlyInputSchema,
    as: () => reviewer,
  },
  {
    name: "PUT /claims/:id/assignee",
    method: "PUT",
    path: () => `/api/claims/${ids.claim}/assignee`,
    schema: assignInputSchema,
    as: () => reviewer,
  },
  {
    name: "POST /claims/:id/split",
    method: "POST",
    path: () => `/api/claims/${ids.claim}/split`,
    schema: splitClaimInputSchema,
    as: () => reviewer,
  },
  {
    name: "POST /claims/merge",
    method: "POST",
    path: () => "/api/claims/merge",
    schema: mergeClaimsInputSchema,
    as: () => reviewer,
  },
  {
    name: "POST /claims/:id/sources",
    method: "POST",
    path: () => `/api/claims/${ids.claim}/sources`,
    schema: sourceInputSchema,
    as: () => reviewer,
  },
  {
    name: "PATCH /sources/:id",
    method: "PATCH",
    path: () => `/api/sources/${ids.source}`,
    schema: updateSourceInputSchema,
    as: () => reviewer,
  },
  {
    name: "POST /claims/:id/notes",
    method: "POST",
    path: () => `/api/claims/${ids.claim}/notes`,
    schema: noteInputSchema,
    as: () => reviewer,
  },
  {
    name: "PATCH /notes/:id",
    method: "PATCH",
    path: () => `/api/notes/${ids.note}`,
    schema: updateNoteInputSchema,
    as: () => reviewer,
  },
];

describe("hostile request bodies", () => {
  it.each(routes)(
    "$name: never 5xx; a refused request changes nothing",
    async (route) => {
      let state = await databaseState();
      await fc.assert(
        fc.asyncProperty(bodies(route.schema), async ({ raw }) => {
          const client = route.as();
          const headers = { "content-type": "application/json" };
          const response = client
            ? await client.request(route.method, route.path(), raw, headers)
            : await server.anonymous(route.method, route.path(), raw, headers);
          const text = await response.text();
          expect(response.status, text.slice(0, 300)).toBeLessThan(500);
          const after = await databaseState();
          if (response.status >= 300) {
            expect(response.headers.get("content-type")).toContain("application/problem+json");
            expect(after).toEqual(state);
          } else {
            // Accepted: it must have been valid JSON for the schema (the route may still add rules).
            expect(route.schema.safeParse(JSON.parse(raw ?? "null")).success).toBe(true);
          }
          state = after;
        }),
        { numRuns: RUNS },
      );
      const probe: Record<string, unknown> = {};
      expect([probe.role, probe.isAdmin, probe.polluted]).toEqual([undefined, undefined, undefined]);
      expect(Object.keys(Object.prototype)).toEqual([]);
    },
    60_000,
  );
});

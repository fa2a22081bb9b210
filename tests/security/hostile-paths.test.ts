// Path traversal and junk in every id a route takes: always a 4xx problem, never a 500, never a file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

const HOSTILE_IDS = [
  "..%2F..%2F..%2Fetc%2Fpasswd",
  "..%5C..%5Cwindows%5Cwin.ini",
  "....%2F%2F",
  "%00",
  "00000000-0000-4000-8000-000000000000%00.json",
  "%E2%80%AE",
  "'%20OR%201%3D1--",
  "a".repeat(4000),
];

const ROUTES: Array<[method: string, path: string, body?: unknown]> = [
  ["GET", "/api/articles/:id"],
  ["PATCH", "/api/articles/:id", { version: 1, title: "x" }],
  ["GET", "/api/articles/:id/claims"],
  ["POST", "/api/articles/:id/claims", { start: 0, end: 5 }],
  ["GET", "/api/articles/:id/report?format=html"],
  ["GET", "/api/articles/:id/events"],
  ["GET", "/api/claims/:id"],
  ["PATCH", "/api/claims/:id", { version: 1, text: "x" }],
  ["PUT", "/api/claims/:id/verdict", { version: 1, verdict: null }],
  ["POST", "/api/claims/:id/approve", { version: 1 }],
  ["POST", "/api/claims/:id/dismiss", { version: 1 }],
  ["POST", "/api/claims/:id/restore", { version: 1 }],
  ["PUT", "/api/claims/:id/assignee", { version: 1, assigneeId: null }],
  ["POST", "/api/claims/:id/split", { version: 1, at: 2 }],
  ["GET", "/api/claims/:id/history"],
  ["POST", "/api/claims/:id/sources", { url: "https://example.org", stance: "context" }],
  ["POST", "/api/claims/:id/notes", { body: "x" }],
  ["PATCH", "/api/sources/:id", { version: 1, title: "x" }],
  ["DELETE", "/api/sources/:id?version=1"],
  ["PATCH", "/api/notes/:id", { version: 1, body: "x" }],
  ["DELETE", "/api/notes/:id?version=1"],
  ["PATCH", "/api/users/:id", { version: 1, name: "x" }],
];

let server: TestServer;
let admin: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login("admin");
});
afterAll(() => server?.close());

describe("hostile ids in paths", () => {
  it.each(ROUTES.map(([method, path, body]) => ({ method, path, body })))(
    "$method $path answers 4xx problem+json to every hostile id",
    async ({ method, path, body }) => {
      for (const hostile of HOSTILE_IDS) {
        const response = await admin.request(method, path.replace(":id", hostile), body);
        const text = await response.text();
        expect(
          response.status,
          `${method} ${path} with ${hostile.slice(0, 40)}: ${text.slice(0, 200)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(response.status, `${method} ${path} with ${hostile.slice(0, 40)}: ${text.slice(0, 200)}`).toBeLessThan(
          500,
        );
        expect(response.headers.get("content-type")).toContain("application/problem+json");
        expect(text).not.toMatch(/root:x:0:0|\[fonts\]/);
      }
    },
  );

  it("an id that is not valid percent-encoding (%ff%fe) is a 4xx, not a 500", async () => {
    for (const [method, path, body] of ROUTES) {
      const response = await admin.request(method, path.replace(":id", "%ff%fe"), body);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
    }
  });

  it("hostile query values (version, cursor, format) are refused with 4xx, not 500", async () => {
    const paths = [
      "/api/sources/00000000-0000-4000-8000-000000000000?version=..%2F..",
      "/api/notes/00000000-0000-4000-8000-000000000000?version=1e309",
      "/api/articles?cursor=..%2F..%2Fetc%2Fpasswd",
      "/api/articles/00000000-0000-4000-8000-000000000000/report?format=..%2F..%2Fpdf",
      "/api/audit?from=..%2F&to=%00",
    ];
    for (const path of paths) {
      const method = path.startsWith("/api/sources") || path.startsWith("/api/notes") ? "DELETE" : "GET";
      const response = await admin.request(method, path);
      expect(response.status, `${method} ${path}: ${(await response.text()).slice(0, 200)}`).toBeGreaterThanOrEqual(
        400,
      );
      expect(response.status, path).toBeLessThan(500);
    }
  });

  it("GET /api/claims with a cursor that is not an id is a 4xx, not a 500", async () => {
    for (const cursor of ["abc", "%ff", "..%2F..%2Fetc%2Fpasswd"]) {
      expect((await admin.request("GET", `/api/claims?cursor=${cursor}`)).status, cursor).toBeLessThan(500);
    }
  });

  it("traversal outside /api never serves files from the repository", async () => {
    for (const path of [
      "/..%2Fpackage.json",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/assets/..%2F..%2F..%2Fpackage.json",
      "/api/..%2F..%2Fpackage.json",
    ]) {
      const response = await admin.request("GET", path);
      const text = await response.text();
      expect(response.status, path).toBeLessThan(500);
      expect(text, path).not.toContain('"workspaces"');
      expect(text, path).not.toContain("root:x:0:0");
    }
  });
});

// The document must describe every route of docs/API.md, and every reference in it must resolve.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inputSchemas } from "./openapi-components.ts";
import { buildOpenApiDocument } from "./openapi-document.ts";
import { openApiJson } from "./openapi.router.ts";

const API_MD = path.resolve(import.meta.dirname, "../../../docs/API.md");

/** "GET /api/articles/:id/report?format=…" and "POST /api/claims/:id/dismiss, /restore" → method + OpenAPI path. */
function documentedRoutes(): Array<{ method: string; path: string }> {
  const out: Array<{ method: string; path: string }> = [];
  for (const line of fs.readFileSync(API_MD, "utf8").split("\n")) {
    const match = /^\| (GET|POST|PUT|PATCH|DELETE) (\/api\/[^ |,]*(?:, \/[^ |,]+)*)/.exec(line);
    if (!match) continue;
    const [first, ...others] = match[2]!.split(", ");
    const base = first!.replace(/[?\\].*$/, "");
    const paths = [base, ...others.map((other) => base.replace(/\/[^/]+$/, other))];
    for (const p of paths) out.push({ method: match[1]!.toLowerCase(), path: p.replace(/:(\w+)/g, "{$1}") });
  }
  return out;
}

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, unknown> };
};

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument("test") as unknown as Doc;

  it("is OpenAPI 3.1.0 with the two security schemes", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys((doc.components as unknown as { securitySchemes: object }).securitySchemes)).toEqual([
      "sessionCookie",
      "csrfHeader",
    ]);
  });

  it("covers every route in docs/API.md", () => {
    const routes = documentedRoutes();
    expect(routes.length).toBeGreaterThan(35);
    const missing = routes
      .filter((r) => !doc.paths[r.path]?.[r.method])
      .map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it("has no route that docs/API.md does not list", () => {
    const documented = new Set(documentedRoutes().map((r) => `${r.method} ${r.path}`));
    const extra = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`))
      .filter((r) => !documented.has(r));
    expect(extra).toEqual([]);
  });

  it("resolves every $ref", () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(50);
    for (const raw of refs) {
      const target = raw.slice(8, -1);
      expect(target.startsWith("#/components/schemas/"), target).toBe(true);
      expect(doc.components.schemas[target.slice("#/components/schemas/".length)], target).toBeDefined();
    }
  });

  it("gives every operation a unique id, an answer, problem+json errors and the right security", () => {
    const ids = new Set<string>();
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const id = op.operationId as string;
        expect(ids.has(id), `${id} repeated`).toBe(false);
        ids.add(id);
        const responses = op.responses as Record<string, { content?: Record<string, unknown> }>;
        expect(
          Object.keys(responses).some((s) => /^2\d\d$/.test(s)),
          `${method} ${p}`,
        ).toBe(true);
        expect(Object.keys(responses.default!.content!)).toEqual(["application/problem+json"]);
        const security = op.security as Array<Record<string, unknown>>;
        if (security.length && method !== "get") expect(Object.keys(security[0]!)).toContain("csrfHeader");
      }
    }
    expect(doc.paths["/api/health"]!.get!.security).toEqual([]);
    expect(doc.paths["/api/users"]!.post!.security).toEqual([{ sessionCookie: [], csrfHeader: [] }]);
  });

  it("describes bodies and query parameters from the shared schemas", () => {
    const createUser = doc.paths["/api/users"]!.post!;
    expect(createUser.requestBody).toEqual({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/CreateUserInput" } } },
    });
    const input = doc.components.schemas.CreateUserInput as { required: string[]; properties: Record<string, unknown> };
    expect(input.required).toEqual(expect.arrayContaining(["email", "name", "role", "password"]));
    const auditParams = (doc.paths["/api/audit"]!.get!.parameters as Array<{ name: string; in: string }>).map(
      (p) => p.name,
    );
    expect(auditParams).toEqual(
      expect.arrayContaining(["cursor", "limit", "actorId", "articleId", "claimId", "action", "from", "to"]),
    );
    // The Action filter's choices are the shared list; the document names them for other clients.
    const action = (doc.paths["/api/audit"]!.get!.parameters as Array<{ name: string; description?: string }>).find(
      (p) => p.name === "action",
    );
    expect(action?.description).toContain("claim.verdict, claim.verdict_cleared, claim.approve");
    expect(action?.description).toContain("claim.*");
    // The feed's events say what they concern in words; a claim's history does not need to.
    const feed = doc.components.schemas.AuditFeedEvent as { required: string[]; properties: Record<string, unknown> };
    expect(feed.required).toEqual(expect.arrayContaining(["seq", "action", "articleTitle", "claimExcerpt"]));
    expect(JSON.stringify(doc.paths["/api/audit"]!.get!.responses)).toContain("#/components/schemas/AuditFeedEvent");
    expect(doc.paths["/api/users/{id}"]!.patch!.parameters).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: false }),
    ]);
    // Defaults are optional on input but always present on output.
    const claimList = (doc.paths["/api/claims"]!.get!.parameters as Array<{ name: string; required: boolean }>).find(
      (p) => p.name === "sort",
    );
    expect(claimList?.required).toBe(false);
  });

  // The server refuses a body's unknown fields (http/unknown-fields.ts); the document said nothing,
  // so a generated client could think them ignored.
  it("says that request bodies take no fields but their own, at every depth", () => {
    const objects: Array<Record<string, unknown>> = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      if (record.type === "object" && record.properties) objects.push(record);
      Object.values(record).forEach(walk);
    };
    for (const name of Object.keys(inputSchemas)) walk(doc.components.schemas[name]);
    expect(objects.length).toBeGreaterThan(Object.keys(inputSchemas).length);
    for (const object of objects) expect(object.additionalProperties).toBe(false);
    expect((doc.components.schemas.Claim as { additionalProperties?: unknown }).additionalProperties).not.toBe(true);
  });

  it("offers Idempotency-Key on every change but sign-in, sign-out and preview, with its answers", () => {
    const keyed: string[] = [];
    const unkeyed: string[] = [];
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const parameters = (op.parameters ?? []) as Array<{ name: string; in: string }>;
        const takesKey = parameters.some((param) => param.name === "Idempotency-Key" && param.in === "header");
        (takesKey ? keyed : unkeyed).push(`${method.toUpperCase()} ${p}`);
        if (!takesKey) continue;
        const responses = op.responses as Record<string, { headers?: Record<string, unknown> }>;
        const success = Object.keys(responses).find((status) => /^2\d\d$/.test(status))!;
        expect(responses[success]!.headers, `${method} ${p}`).toHaveProperty("Idempotent-Replayed");
        expect(Object.keys(responses), `${method} ${p}`).toEqual(expect.arrayContaining(["409", "422"]));
      }
    }
    expect(keyed.length).toBe(19);
    expect(keyed).toContain("PUT /api/claims/{id}/verdict");
    expect(keyed).toContain("POST /api/articles");
    expect(unkeyed.filter((route) => !route.startsWith("GET "))).toEqual([
      "POST /api/auth/login",
      "POST /api/auth/logout",
      "POST /api/articles/preview",
    ]);
  });

  it("is built once and served as JSON", () => {
    expect(openApiJson()).toBe(openApiJson());
    expect(JSON.parse(openApiJson()).openapi).toBe("3.1.0");
  });
});

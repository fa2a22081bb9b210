// A retried import or text revision whose answer is stored gets it before its text is converted
// and its claims extracted (decision 270): the server's extractor is wrapped to count the jobs it
// is given, on a real server and database, so the tests see what the retry did not do.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Article } from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../../../tests/support/test-server.ts";
import type { ClaimExtractor } from "../articles/claim-extractor.ts";
import type { ExtractionJob } from "../articles/prepare-extraction.ts";

let server: TestServer;
let editor: TestClient;
/** Every job the server's extractor was given, in order. */
let extracted: ExtractionJob[] = [];

const countingJobs = (inner: ClaimExtractor): ClaimExtractor => ({
  prepare(job) {
    extracted.push(job);
    return inner.prepare(job);
  },
  close: () => inner.close(),
});

beforeAll(async () => {
  server = await startTestServer({}, { wrapExtractor: countingJobs });
  editor = await server.login("editor");
});
afterAll(() => server?.close());
beforeEach(() => {
  extracted = [];
});

const newKey = () => crypto.randomUUID();
const BODY = "Exports rose 12 percent in 2024, the ministry said. Unemployment fell to 3.5 percent in March.";

interface Sent {
  status: number;
  text: string;
  replayed: boolean;
}

async function send(method: string, path: string, body: unknown, key: string): Promise<Sent> {
  const response = await editor.request(method, path, body, { "idempotency-key": key });
  return {
    status: response.status,
    text: await response.text(),
    replayed: response.headers.get("idempotent-replayed") === "true",
  };
}

const problemCode = (sent: Sent) => (JSON.parse(sent.text) as { code: string }).code;

describe("a retried import", () => {
  it("gets its stored answer without its text being extracted again", async () => {
    const key = newKey();
    const article = { title: `Once ${key}`, body: BODY };
    const first = await send("POST", "/api/articles", article, key);
    expect(first.status).toBe(201);
    expect(extracted).toHaveLength(1);
    const again = await send("POST", "/api/articles", article, key);
    expect(again).toEqual({ status: 201, text: first.text, replayed: true });
    expect(extracted).toHaveLength(1);
    expect(await server.db.prisma.article.count({ where: { title: article.title } })).toBe(1);
  });

  it("sent as a raw file, gets its stored answer without converting the file again", async () => {
    const key = newKey();
    const path = `/api/articles?title=${encodeURIComponent(`File ${key}`)}`;
    const file = `# Budget\n\n${BODY}`;
    const sendFile = () =>
      editor.request("POST", path, file, { "idempotency-key": key, "content-type": "text/markdown" });
    const first = await sendFile();
    expect(first.status).toBe(201);
    const again = await sendFile();
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(await first.text());
    expect(extracted).toHaveLength(1);
  });

  it("with the key used for another import, is refused with 422 before any extraction", async () => {
    const key = newKey();
    expect((await send("POST", "/api/articles", { title: `First ${key}`, body: BODY }, key)).status).toBe(201);
    const other = await send("POST", "/api/articles", { title: `Other ${key}`, body: BODY }, key);
    expect(other.status).toBe(422);
    expect(problemCode(other)).toBe("idempotency_key_reused");
    expect(extracted).toHaveLength(1);
  });

  it("is extracted as before when its key has no answer: a new key, or one whose answer expired", async () => {
    const key = newKey();
    const article = { title: `Expired ${key}`, body: BODY };
    expect((await send("POST", "/api/articles", article, key)).status).toBe(201);
    await server.db.pool.query(
      "UPDATE idempotency_keys SET created_at = created_at - interval '24 hours 1 second' WHERE key = $1",
      [key],
    );
    const later = await send("POST", "/api/articles", article, key);
    expect(later.status).toBe(201);
    expect(later.replayed).toBe(false);
    expect((await send("POST", "/api/articles", article, newKey())).status).toBe(201);
    expect(extracted).toHaveLength(3);
  });

  it("gets 409 request_in_progress before any extraction while a request with its key holds it", async (context) => {
    // A second connection holds the key's lock as a running request would; the embedded database has one.
    if (server.db.kind !== "postgres") return context.skip();
    const key = newKey();
    const article = { title: `Held ${key}`, body: BODY };
    const holder = new pg.Client({ connectionString: server.db.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [
        `claimdesk:idempotency:${editor.user.id}:POST:/api/articles:${key}`,
      ]);
      const busy = await send("POST", "/api/articles", article, key);
      expect(busy.status).toBe(409);
      expect(problemCode(busy)).toBe("request_in_progress");
      expect(extracted).toHaveLength(0);
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    const later = await send("POST", "/api/articles", article, key);
    expect(later.status).toBe(201);
    expect(later.replayed).toBe(false);
    expect(extracted).toHaveLength(1);
  });
});

describe("a retried revision of an article's text", () => {
  it("gets its stored answer without the new text being extracted again", async () => {
    const imported = await editor.json<Article>("POST", "/api/articles", { title: "To revise", body: BODY });
    expect(imported.status).toBe(201);
    const key = newKey();
    const path = `/api/articles/${imported.body.id}`;
    const revision = { version: imported.body.version, body: `${BODY} Inflation slowed to 2.1 percent in June.` };
    const first = await send("PATCH", path, revision, key);
    expect(first.status).toBe(200);
    expect(extracted).toHaveLength(2);
    const again = await send("PATCH", path, revision, key);
    expect(again).toEqual({ status: 200, text: first.text, replayed: true });
    expect(extracted).toHaveLength(2);
    expect(
      await server.db.prisma.auditEvent.count({ where: { action: "article.revise", entityId: imported.body.id } }),
    ).toBe(1);
  });
});

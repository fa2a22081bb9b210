// Idempotency-Key over real HTTP on a real database (decision 270): a retry gets the first answer
// and writes nothing; another request under the key is refused; keys are per user and route; a
// failed request keeps nothing; concurrent duplicates apply once; keys expire and are pruned.
// Runs on both databases; on PostgreSQL the concurrent requests truly race.
import crypto from "node:crypto";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Claim, Note } from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../../../tests/support/test-server.ts";
import { PRUNE_EVERY_MINUTES, pruneExpiredKeysNowAndThen } from "./prune-expired-keys.ts";

let server: TestServer;
let editor: TestClient;
let reviewer: TestClient;
let colleague: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor");
  reviewer = await server.login("reviewer", "Rita Reviewer");
  colleague = await server.login("reviewer", "Carl Colleague");
});
afterAll(() => server?.close());

const newKey = () => crypto.randomUUID();

interface Sent {
  status: number;
  text: string;
  headers: Headers;
}

async function send(client: TestClient, method: string, path: string, body: unknown, key?: string): Promise<Sent> {
  const response = await client.request(method, path, body, key === undefined ? {} : { "idempotency-key": key });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

async function freshClaim(): Promise<Claim> {
  const article = (
    await editor.json<Article>("POST", "/api/articles", {
      title: `Keys ${newKey()}`,
      body: "Exports rose 12 percent in 2024, the ministry said.",
    })
  ).body;
  const claims = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items;
  expect(claims.length).toBeGreaterThan(0);
  return claims[0]!;
}

const auditCount = (action: string, where: { claimId?: string; entityId?: string } = {}) =>
  server.db.prisma.auditEvent.count({ where: { action, ...where } });
const storedKeys = (key: string) => server.db.prisma.idempotencyKey.count({ where: { key } });

describe("a request sent again with its Idempotency-Key", () => {
  it("gets the first answer, byte for byte, marked Idempotent-Replayed, and changes nothing again", async () => {
    const claim = await freshClaim();
    const key = newKey();
    const path = `/api/claims/${claim.id}/verdict`;
    const body = { version: claim.version, verdict: "unverified", rationale: "No figures published yet." };
    const first = await send(reviewer, "PUT", path, body, key);
    expect(first.status).toBe(200);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await send(reviewer, "PUT", path, body, key);
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(again.text).toBe(first.text);
    // Without the key the same request is a stale change; with it, nothing was changed a second time.
    const now = (await reviewer.json<Claim>("GET", `/api/claims/${claim.id}`)).body;
    expect(now.version).toBe(claim.version + 1);
    expect(await auditCount("claim.verdict", { claimId: claim.id })).toBe(1);
    expect(await storedKeys(key)).toBe(1);
  });

  it("gets a 201 back with its Location, and a 204 as a 204", async () => {
    const key = newKey();
    const article = { title: `Imported once ${key}`, body: "Unemployment fell to 3.5 percent in 2024." };
    const first = await send(editor, "POST", "/api/articles", article, key);
    const again = await send(editor, "POST", "/api/articles", article, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(again.headers.get("location")).toBe(`/api/articles/${(JSON.parse(first.text) as Article).id}`);
    expect(again.text).toBe(first.text);
    expect(await server.db.prisma.article.count({ where: { title: article.title } })).toBe(1);

    const claim = await freshClaim();
    const note = (await reviewer.json<Note>("POST", `/api/claims/${claim.id}/notes`, { body: "To remove." })).body;
    const deleteKey = newKey();
    const path = `/api/notes/${note.id}?version=${note.version}`;
    const removed = await send(reviewer, "DELETE", path, undefined, deleteKey);
    const removedAgain = await send(reviewer, "DELETE", path, undefined, deleteKey);
    expect([removed.status, removedAgain.status]).toEqual([204, 204]);
    expect(removedAgain.headers.get("idempotent-replayed")).toBe("true");
    expect(removedAgain.text).toBe("");
    expect(await auditCount("note.delete", { entityId: note.id })).toBe(1);
  });

  it("adds a note once however long after the first it comes, unlike the few seconds a repeat without a key gets", async () => {
    const claim = await freshClaim();
    const key = newKey();
    const path = `/api/claims/${claim.id}/notes`;
    const first = await send(reviewer, "POST", path, { body: "Called the ministry." }, key);
    // Past the 10 s window of decision 150, which would now take the same words as a new note.
    await server.db.pool.query("UPDATE notes SET created_at = created_at - interval '1 hour' WHERE claim_id = $1", [
      claim.id,
    ]);
    const again = await send(reviewer, "POST", path, { body: "Called the ministry." }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((JSON.parse(again.text) as Note).id).toBe((JSON.parse(first.text) as Note).id);
    expect(await server.db.prisma.note.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await auditCount("note.add", { claimId: claim.id })).toBe(1);
  });

  it("takes the key quoted, as the IETF draft writes it, or bare, as one key", async () => {
    const claim = await freshClaim();
    const key = newKey();
    const path = `/api/claims/${claim.id}/assignee`;
    const body = { version: claim.version, assigneeId: reviewer.user.id };
    const first = await send(reviewer, "PUT", path, body, `"${key}"`);
    const again = await send(reviewer, "PUT", path, body, key);
    expect(first.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.text).toBe(first.text);
  });
});

describe("the same key with a different request", () => {
  it("is refused with 422 idempotency_key_reused, whatever differs, and nothing is written", async () => {
    const claim = await freshClaim();
    const other = await freshClaim();
    const key = newKey();
    const path = `/api/claims/${claim.id}/notes`;
    expect((await send(reviewer, "POST", path, { body: "First words." }, key)).status).toBe(201);
    for (const [where, body] of [
      [path, { body: "Other words." }],
      [`/api/claims/${other.id}/notes`, { body: "First words." }],
      [`${path}?draft=1`, { body: "First words." }],
    ] as const) {
      const refused = await send(reviewer, "POST", where, body, key);
      expect(refused.status, where).toBe(422);
      const problem = JSON.parse(refused.text) as { code: string; detail: string };
      expect(problem.code).toBe("idempotency_key_reused");
      expect(problem.detail).toContain("already used for a different request to POST /api/claims/:id/notes");
      expect(problem.detail).toContain("new key");
    }
    expect(await server.db.prisma.note.count({ where: { claimId: { in: [claim.id, other.id] } } })).toBe(1);
    expect(await auditCount("note.add", { claimId: other.id })).toBe(0);
  });
});

describe("a key's scope", () => {
  it("is the user: another user's request with the same key is their own", async () => {
    const claim = await freshClaim();
    const key = newKey();
    const path = `/api/claims/${claim.id}/notes`;
    const mine = await send(reviewer, "POST", path, { body: "Seen the table." }, key);
    const theirs = await send(colleague, "POST", path, { body: "Seen the table." }, key);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect((JSON.parse(theirs.text) as Note).id).not.toBe((JSON.parse(mine.text) as Note).id);
    expect(await auditCount("note.add", { claimId: claim.id })).toBe(2);
    expect(await storedKeys(key)).toBe(2);
  });

  it("is the method and route: the same key on another route is another action", async () => {
    const claim = await freshClaim();
    const key = newKey();
    const note = await send(reviewer, "POST", `/api/claims/${claim.id}/notes`, { body: "Checking." }, key);
    const assigned = await send(
      reviewer,
      "PUT",
      `/api/claims/${claim.id}/assignee`,
      { version: claim.version, assigneeId: reviewer.user.id },
      key,
    );
    expect([note.status, assigned.status]).toEqual([201, 200]);
    expect(assigned.headers.get("idempotent-replayed")).toBeNull();
    expect(await auditCount("claim.assign", { claimId: claim.id })).toBe(1);
  });
});

describe("a malformed key", () => {
  it.each([
    ["empty", '""', "is empty"],
    ["longer than 255 characters", "k".repeat(256), "is 256 characters long"],
    ["not printable ASCII", "key\twith a tab", "has a character that is not printable ASCII at position 4"],
  ])("is refused with 400 when %s, saying what a key looks like", async (_case, key, problem) => {
    const claim = await freshClaim();
    const refused = await send(reviewer, "POST", `/api/claims/${claim.id}/notes`, { body: "Never stored." }, key);
    expect(refused.status).toBe(400);
    const { code, detail } = JSON.parse(refused.text) as { code: string; detail: string };
    expect(code).toBe("bad_request");
    expect(detail).toContain(`The Idempotency-Key header ${problem}`);
    expect(detail).toContain("1 to 255 printable ASCII characters");
    expect(detail).toContain("such as a random UUID");
    expect(await server.db.prisma.note.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("is taken at 255 characters", async () => {
    const key = `${newKey()} ${"~".repeat(255)}`.slice(0, 255);
    const article = { title: `Long key ${key.slice(0, 36)}`, body: "Exports rose 12 percent in 2024." };
    const first = await send(editor, "POST", "/api/articles", article, key);
    const again = await send(editor, "POST", "/api/articles", article, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await server.db.prisma.article.count({ where: { title: article.title } })).toBe(1);
  });
});

describe("a request that failed", () => {
  it("keeps nothing under its key: sent again once the cause is fixed, it is applied", async () => {
    const claim = await freshClaim();
    const key = newKey();
    const path = `/api/claims/${claim.id}/verdict`;
    const body = { version: claim.version, verdict: "false", rationale: "The ministry's table says 9 percent." };
    // A verdict of "False" must cite a source, which the claim does not have yet: 422 from the transaction.
    const refused = await send(reviewer, "PUT", path, body, key);
    expect(refused.status).toBe(422);
    expect(await storedKeys(key)).toBe(0);
    const added = await reviewer.json("POST", `/api/claims/${claim.id}/sources`, {
      url: "https://stats.example.org/exports",
      stance: "refutes",
    });
    expect(added.status).toBe(201);
    const applied = await send(reviewer, "PUT", path, body, key);
    expect(applied.status).toBe(200);
    expect(applied.headers.get("idempotent-replayed")).toBeNull();
    expect((JSON.parse(applied.text) as Claim).verdict).toBe("false");
    // From now on the key holds that answer.
    const again = await send(reviewer, "PUT", path, body, key);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await auditCount("claim.verdict", { claimId: claim.id })).toBe(1);
  });

  it("keeps nothing when refused before its transaction either (a body that does not validate)", async () => {
    const claim = await freshClaim();
    const key = newKey();
    const refused = await send(reviewer, "POST", `/api/claims/${claim.id}/notes`, { body: "" }, key);
    expect(refused.status).toBe(422);
    expect(await storedKeys(key)).toBe(0);
  });
});

describe("concurrent requests with one key", () => {
  it("apply once: the others get the answer or 409 request_in_progress", async () => {
    const key = newKey();
    const article = { title: `Raced ${key}`, body: "Inflation slowed to 2.1 percent in March, the bank said." };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => send(editor, "POST", "/api/articles", article, key)),
    );
    const applied = answers.filter((a) => a.status === 201 && a.headers.get("idempotent-replayed") === null);
    const replayed = answers.filter((a) => a.status === 201 && a.headers.get("idempotent-replayed") === "true");
    const running = answers.filter((a) => a.status === 409);
    expect(applied).toHaveLength(1);
    expect(replayed.length + running.length).toBe(7);
    for (const replay of replayed) expect(replay.text).toBe(applied[0]!.text);
    for (const busy of running) {
      const problem = JSON.parse(busy.text) as { code: string; detail: string };
      expect(problem.code).toBe("request_in_progress");
      expect(problem.detail).toMatch(/still being processed.*same key/);
    }
    expect(await server.db.prisma.article.count({ where: { title: article.title } })).toBe(1);
    expect(
      await server.db.prisma.auditEvent.count({
        where: { action: "article.import", after: { path: ["title"], equals: article.title } },
      }),
    ).toBe(1);
    // Once the first has answered, a retry gets its answer.
    const retry = await send(editor, "POST", "/api/articles", article, key);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.text).toBe(applied[0]!.text);
  });

  it("get 409 request_in_progress while the key's first request holds it, then the change goes through", async (context) => {
    // A second connection holds the key's lock as a running request would; the embedded database has one.
    if (server.db.kind !== "postgres") return context.skip();
    const claim = await freshClaim();
    const key = newKey();
    const route = "/api/claims/:id/notes";
    const holder = new pg.Client({ connectionString: server.db.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [
        `claimdesk:idempotency:${reviewer.user.id}:POST:${route}:${key}`,
      ]);
      const busy = await send(reviewer, "POST", `/api/claims/${claim.id}/notes`, { body: "Wait for it." }, key);
      expect(busy.status).toBe(409);
      expect((JSON.parse(busy.text) as { code: string }).code).toBe("request_in_progress");
      expect(await server.db.prisma.note.count({ where: { claimId: claim.id } })).toBe(0);
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    const later = await send(reviewer, "POST", `/api/claims/${claim.id}/notes`, { body: "Wait for it." }, key);
    expect(later.status).toBe(201);
    expect(later.headers.get("idempotent-replayed")).toBeNull();
  });
});

describe("a key's lifetime", () => {
  it("ends after 24 hours: the same request is then a new one", async () => {
    const claim = await freshClaim();
    const key = newKey();
    const path = `/api/claims/${claim.id}/notes`;
    const first = await send(reviewer, "POST", path, { body: "Once a day." }, key);
    await server.db.pool.query(
      "UPDATE idempotency_keys SET created_at = created_at - interval '24 hours 1 second' WHERE key = $1",
      [key],
    );
    await server.db.pool.query("UPDATE notes SET created_at = created_at - interval '1 day' WHERE claim_id = $1", [
      claim.id,
    ]);
    const later = await send(reviewer, "POST", path, { body: "Once a day." }, key);
    expect(later.status).toBe(201);
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect((JSON.parse(later.text) as Note).id).not.toBe((JSON.parse(first.text) as Note).id);
    // The expired row was taken over by the new answer, which replays as usual.
    expect(await storedKeys(key)).toBe(1);
    const again = await send(reviewer, "POST", path, { body: "Once a day." }, key);
    expect(again.text).toBe(later.text);
  });

  it("is followed by deletion without a scheduled job: a server's first keyed change prunes expired keys", async () => {
    const fresh = await startTestServer();
    try {
      const writer = await fresh.login("reviewer");
      const insert = (key: string, age: string) =>
        fresh.db.pool.query(
          `INSERT INTO idempotency_keys (user_id, method, route, key, fingerprint, response_status, response_headers, created_at)
           VALUES ($1, 'DELETE', '/api/notes/:id', $2, 'f', 204, '{}', now() - $3::interval)`,
          [writer.user.id, key, age],
        );
      await insert("expired", "25 hours");
      await insert("live", "23 hours");
      const claimId = await claimOn(fresh);
      const answer = await send(writer, "POST", `/api/claims/${claimId}/notes`, { body: "Prunes." }, newKey());
      expect(answer.status).toBe(201);
      const { rows } = await fresh.db.pool.query<{ key: string }>(
        "SELECT key FROM idempotency_keys WHERE user_id = $1 ORDER BY key",
        [writer.user.id],
      );
      expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining(["live"]));
      expect(rows.map((r) => r.key)).not.toContain("expired");
    } finally {
      await fresh.close();
    }
  });
});

describe("pruning", () => {
  it(`runs at most once every ${PRUNE_EVERY_MINUTES} minutes in a process`, async () => {
    let clock = 1_000_000;
    const prune = pruneExpiredKeysNowAndThen({ db: server.db, logger: pino({ level: "silent" }) }, () => clock);
    const expire = (key: string) =>
      server.db.pool.query(
        `INSERT INTO idempotency_keys (user_id, method, route, key, fingerprint, response_status, response_headers, created_at)
         VALUES ($1, 'POST', '/api/claims/:id/notes', $2, 'f', 201, '{}', now() - interval '2 days')`,
        [reviewer.user.id, key],
      );
    await expire("old-1");
    await prune();
    expect(await storedKeys("old-1")).toBe(0);
    await expire("old-2");
    clock += PRUNE_EVERY_MINUTES * 60_000 - 1;
    await prune();
    expect(await storedKeys("old-2")).toBe(1);
    clock += 1;
    await prune();
    expect(await storedKeys("old-2")).toBe(0);
  });
});

/** A claim on a server of its own, made without a key (which would prune). */
async function claimOn(target: TestServer): Promise<string> {
  const importer = await target.login("editor");
  const article = (
    await importer.json<Article>("POST", "/api/articles", {
      title: "Pruning",
      body: "Exports rose 12 percent in 2024.",
    })
  ).body;
  const claims = (await importer.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items;
  return claims[0]!.id;
}

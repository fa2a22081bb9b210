// SIGTERM in the middle of a burst of reads and writes: requests already in flight finish with 2xx,
// new ones are refused at the connection (never a 5xx, never an answer cut off mid-way), and the
// process exits with code 0. On the embedded database and, when TEST_DATABASE_URL is set, PostgreSQL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database.ts";
import { spawnServer, type ServerProcess } from "../support/spawn-server.ts";
import { rawRequest, type RawOutcome } from "./raw-http-request.ts";

const ADMIN = { email: "admin@claimdesk.local", password: "test-admin-password" };
const WORKERS = 12;
const SIGTERM_AFTER_MS = 1500;

interface Timed {
  outcome: RawOutcome;
  sentAt: number;
  doneAt: number;
}

async function burstThroughSigterm(server: ServerProcess) {
  const session = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  });
  if (session.status !== 200) throw new Error(`login failed: ${session.status} ${await session.text()}`);
  const cookie = session.headers.get("set-cookie")!.split(";")[0]!;
  const headers = { cookie, "x-csrf-token": ((await session.json()) as { csrfToken: string }).csrfToken };
  const articleId = (
    (await (await fetch(`${server.url}/api/articles`, { headers })).json()) as { items: Array<{ id: string }> }
  ).items[0]!.id;
  const claims = (
    (await (await fetch(`${server.url}/api/articles/${articleId}/claims`, { headers })).json()) as {
      items: Array<{ id: string; version: number }>;
    }
  ).items;

  const results: Timed[] = [];
  let sigtermAt = Infinity;
  setTimeout(() => {
    sigtermAt = Date.now();
    server.child.kill("SIGTERM");
  }, SIGTERM_AFTER_MS);
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, worker) => {
      const claim = claims[worker % claims.length]!;
      // Keep sending until the server has been refusing for a moment: the whole shutdown is covered.
      for (let i = 0; Date.now() < sigtermAt + 1000; i++) {
        const sentAt = Date.now();
        const outcome =
          i % 2
            ? await rawRequest(`${server.url}/api/articles/${articleId}/claims`, "GET", headers)
            : await rawRequest(`${server.url}/api/claims/${claim.id}/verdict`, "PUT", headers, {
                version: claim.version,
                verdict: claim.version % 2 ? "unverified" : null,
              });
        if (outcome.kind === "answered" && outcome.status === 200 && i % 2 === 0)
          claim.version = (JSON.parse(outcome.body) as { version: number }).version;
        results.push({ outcome, sentAt, doneAt: Date.now() });
        if (outcome.kind === "refused") await new Promise((r) => setTimeout(r, 20));
      }
    }),
  );
  return { results, sigtermAt, exitCode: await server.exited };
}

function check({ results, sigtermAt, exitCode }: Awaited<ReturnType<typeof burstThroughSigterm>>) {
  const bad = results.filter(
    (r) => r.outcome.kind === "cut" || (r.outcome.kind === "answered" && r.outcome.status !== 200),
  );
  expect(bad.map((r) => r.outcome).slice(0, 5)).toEqual([]);
  const refused = results.filter((r) => r.outcome.kind === "refused");
  for (const r of refused) expect(["ECONNREFUSED", "ECONNRESET"]).toContain((r.outcome as { code: string }).code);
  // In flight at SIGTERM and answered after it: shutdown waited for them.
  const finishedAfterSignal = results.filter(
    (r) => r.outcome.kind === "answered" && r.sentAt < sigtermAt && r.doneAt >= sigtermAt,
  );
  expect(results.filter((r) => r.outcome.kind === "answered").length).toBeGreaterThan(WORKERS);
  expect(refused.length).toBeGreaterThan(0);
  expect(exitCode).toBe(0);
  return {
    answered: results.length - refused.length,
    refused: refused.length,
    finishedAfterSignal: finishedAfterSignal.length,
  };
}

describe("graceful shutdown under load", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("embedded database: in-flight requests finish, new ones are refused, exit code 0", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-shutdown-"));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const server = await spawnServer({ DATA_DIR: dataDir, LOAD_SAMPLE: "true" });
    cleanups.push(() => void server.child.kill("SIGKILL"));
    console.info("embedded shutdown:", check(await burstThroughSigterm(server)));
  }, 90_000);

  it.runIf(process.env.TEST_DATABASE_URL)(
    "PostgreSQL: in-flight requests finish, new ones are refused, exit code 0",
    async () => {
      const db = await createTestDatabase({ migrate: false });
      cleanups.push(() => db.close());
      const server = await spawnServer({ DATABASE_URL: db.url, LOAD_SAMPLE: "true" });
      cleanups.push(() => void server.child.kill("SIGKILL"));
      console.info("postgres shutdown:", check(await burstThroughSigterm(server)));
    },
    90_000,
  );
});

// Kill the server with SIGKILL in the middle of a stream of verdict changes, start it again, and
// prove that every change that was acknowledged is there, none is half-written (each change and its
// audit event landed together), and the audit chain still verifies. On the embedded database and,
// when TEST_DATABASE_URL is set, on PostgreSQL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { signIn, spawnServer, stopServer, type ServerProcess } from "../support/spawn-server.ts";

const ADMIN = { email: "admin@claimdesk.local", password: "test-admin-password" };
const WRITERS = 4;
const KILL_AFTER_MS = 3000;

interface Claim {
  id: string;
  version: number;
}

async function writeUntilKilled(server: ServerProcess): Promise<Map<string, number>> {
  const call = await signIn(server.url, ADMIN.email, ADMIN.password);
  const article = ((await (await call("GET", "/api/articles")).json()) as { items: Array<{ id: string }> }).items[0]!;
  const claims = ((await (await call("GET", `/api/articles/${article.id}/claims`)).json()) as { items: Claim[] }).items;
  const acknowledged = new Map<string, number>();
  let killed = false;
  const start = Date.now();
  setTimeout(() => {
    killed = true;
    server.child.kill("SIGKILL");
  }, KILL_AFTER_MS);
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      // Each writer owns its own claims, so versions only move forward by its own hand.
      const mine = claims.filter((_, i) => i % WRITERS === writer);
      for (let round = 0; !killed; round++) {
        const claim = mine[round % mine.length]!;
        try {
          const response = await call("PUT", `/api/claims/${claim.id}/verdict`, {
            version: claim.version,
            verdict: claim.version % 2 ? "unverified" : null,
          });
          if (response.status !== 200) throw new Error(`unexpected ${response.status}: ${await response.text()}`);
          claim.version = ((await response.json()) as Claim).version;
          acknowledged.set(claim.id, claim.version);
        } catch (error) {
          if (killed) return;
          throw error;
        }
      }
    }),
  );
  await server.exited;
  const writes = [...acknowledged.values()].reduce((sum, v) => sum + v - 1, 0);
  console.info(`${writes} verdict changes acknowledged in ${Date.now() - start} ms before SIGKILL`);
  return acknowledged;
}

async function checkAfterRestart(server: ServerProcess, acknowledged: Map<string, number>) {
  const call = await signIn(server.url, ADMIN.email, ADMIN.password);
  expect(acknowledged.size).toBeGreaterThan(0);
  for (const [claimId, version] of acknowledged) {
    const claim = (await (await call("GET", `/api/claims/${claimId}`)).json()) as Claim;
    // Acknowledged means durable: the stored version is at least what the client was told.
    expect(claim.version).toBeGreaterThanOrEqual(version);
    const history = (await (await call("GET", `/api/claims/${claimId}/history`)).json()) as { items: unknown[] };
    // Never half-written: exactly one audit event per change that happened.
    expect(history.items.length).toBe(claim.version - 1);
  }
  const verification = (await (await call("GET", "/api/audit/verify")).json()) as { ok: boolean; checked: number };
  expect(verification.ok).toBe(true);
  return [...acknowledged.values()].reduce((sum, v) => sum + v - 1, 0);
}

describe("crash recovery", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("embedded database: acknowledged writes survive SIGKILL; the chain verifies", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-crash-"));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env = { DATA_DIR: dataDir, LOAD_SAMPLE: "true" };
    const acknowledged = await writeUntilKilled(await spawnServer(env));
    const restarted = await spawnServer(env);
    cleanups.push(() => stopServer(restarted));
    const writes = await checkAfterRestart(restarted, acknowledged);
    console.info(`embedded: ${writes} acknowledged verdict changes checked after SIGKILL`);
  }, 120_000);

  it.runIf(process.env.TEST_DATABASE_URL)(
    "PostgreSQL: acknowledged writes survive SIGKILL; the chain verifies",
    async () => {
      const db: TestDatabase = await createTestDatabase({ migrate: false });
      cleanups.push(() => db.close());
      const env = { DATABASE_URL: db.url, LOAD_SAMPLE: "true" };
      const acknowledged = await writeUntilKilled(await spawnServer(env));
      const restarted = await spawnServer(env);
      cleanups.push(() => stopServer(restarted));
      const writes = await checkAfterRestart(restarted, acknowledged);
      console.info(`postgres: ${writes} acknowledged verdict changes checked after SIGKILL`);
    },
    120_000,
  );
});

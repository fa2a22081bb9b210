// Starting and stopping the real server process: configuration errors, two instances migrating one
// database at once, health when the database is not usable, and a clean stop on SIGTERM.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import pino from "pino";
import { createApp } from "../../server/src/app.ts";
import { createClaimExtractor } from "../../server/src/articles/claim-extractor.ts";
import { loadConfig } from "../../server/src/config.ts";
import { readMigrations } from "../../server/src/db/migrate.ts";
import { startLiveEvents } from "../../server/src/live/live-events.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { signIn, spawnServer, stopServer } from "../support/spawn-server.ts";

const root = path.resolve(import.meta.dirname, "../..");
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("start-up", () => {
  it("stops with a message naming each wrong variable and what it expects", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT="eighty": expected a port number');
    expect(result.stderr).toContain("DATABASE_URL");
    expect(result.stderr).toContain("postgresql://");
    expect(result.stderr).toContain("LOG_LEVEL");
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "lets two instances start together on one fresh database, migrating once",
    async () => {
      const db: TestDatabase = await createTestDatabase({ migrate: false });
      cleanups.push(() => db.close());
      const env = { DATABASE_URL: db.url };
      const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
      cleanups.push(
        () => a.child.kill("SIGTERM"),
        () => b.child.kill("SIGTERM"),
      );
      const { rows } = await db.pool.query(
        `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1`,
      );
      expect(rows.map((r) => r.n)).toEqual(readMigrations().map(() => 1));
      // Only one of them created the first admin.
      expect(await db.prisma.user.count()).toBe(1);
    },
    120_000,
  );

  it("reports 503 from /api/health while migrations are pending", async () => {
    const db = await createTestDatabase({ migrate: false });
    cleanups.push(() => db.close());
    const logger = pino({ level: "silent" });
    const live = await startLiveEvents(db, logger);
    const config = loadConfig({ LOG_LEVEL: "silent" });
    const extractor = createClaimExtractor({ inlineMaxBytes: config.EXTRACT_INLINE_MAX_BYTES, workers: 1 });
    const app = createApp({ config, db, logger, live, extractor, version: "test" });
    const server = app.listen(0, "127.0.0.1");
    // Cleanups run in reverse: close the HTTP server and the LISTEN connection before the database.
    cleanups.push(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await live.close();
      await extractor.close();
    });
    await new Promise((r) => server.once("listening", r));
    const port = (server.address() as { port: number }).port;
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { migrations: { pending: string[] }; detail: string };
    expect(body.migrations.pending).toEqual(readMigrations().map((m) => m.name));
    expect(body.detail).toMatch(/db:migrate/);
  });
});

describe("shutdown", () => {
  it("on SIGTERM ends open event streams, closes the embedded database cleanly and exits 0", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-stop-"));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const server = await spawnServer({ DATA_DIR: dataDir, LOAD_SAMPLE: "true" });
    const call = await signIn(server.url, "admin@claimdesk.local", "test-admin-password");
    const article = ((await (await call("GET", "/api/articles")).json()) as { items: Array<{ id: string }> }).items[0]!;
    const stream = await call("GET", `/api/articles/${article.id}/events`);
    const streamEnded = stream.text();
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    await streamEnded;
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    // The files reopen cleanly and keep the data.
    const again = await spawnServer({ DATA_DIR: dataDir });
    cleanups.push(() => stopServer(again));
    const callAgain = await signIn(again.url, "admin@claimdesk.local", "test-admin-password");
    expect(((await (await callAgain("GET", "/api/articles")).json()) as { items: unknown[] }).items).toHaveLength(1);
  }, 120_000);

  it("on Ctrl+C, which signals the server twice (the terminal and tsx), still closes cleanly and exits 0", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-ctrl-c-"));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const server = await spawnServer({ DATA_DIR: dataDir, LOG_LEVEL: "info" });
    server.child.kill("SIGINT");
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("ClaimDesk stopped");
    // The lock is released, so the next start does not wait for or refuse the folder.
    expect(fs.existsSync(path.join(dataDir, "claimdesk.lock"))).toBe(false);
  }, 120_000);
});

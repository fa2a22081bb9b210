// The server under load and its database, for one row of the tables: a fresh PostgreSQL database
// (created on the server at LOAD_DATABASE_URL and dropped afterwards), or the embedded database in
// a temporary folder. The server is the real process (`npm run serve` without the build), so load generator and
// server do not share an event loop.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "../../../server/src/db/database.ts";
import type { ServerProcess } from "../../support/spawn-server.ts";
import { spawnLoadServer } from "./spawn-load-server.ts";

export const LOAD_ADMIN = { email: "admin@claimdesk.local", password: "load-test-admin-password" };

export interface LoadTarget {
  server: ServerProcess;
  /** Stops the server with SIGTERM; resolves with its exit code. */
  stopServer(): Promise<number | string>;
  /**
   * True when the raw pg ceiling can run while the server is up (idle): PostgreSQL serves both. The
   * embedded database is one session, so there the ceiling waits until the server has stopped.
   */
  ceilingWhileServing: boolean;
  /** Direct access to the same database for the raw pg ceiling. */
  openPool(poolSize: number): Promise<{ pool: pg.Pool; close(): Promise<void> }>;
  dispose(): Promise<void>;
}

export async function startTarget(
  kind: "postgres" | "embedded",
  options: { adminUrl: string; poolSize: number; cpuProfileDir?: string },
): Promise<LoadTarget> {
  const env: Record<string, string> = {
    ADMIN_PASSWORD: LOAD_ADMIN.password,
    LOGIN_RATE_LIMIT: "100000", // hundreds of reviewers sign in from one address
    DATABASE_POOL_SIZE: String(options.poolSize),
  };
  let dispose: () => Promise<void>;
  let openPool: LoadTarget["openPool"];
  if (kind === "postgres") {
    const name = `claimdesk_load_${process.pid}_${crypto.randomBytes(3).toString("hex")}`;
    await adminQuery(options.adminUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(options.adminUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    openPool = async (poolSize) => {
      const pool = new pg.Pool({ connectionString: url.toString(), max: poolSize });
      pool.on("error", () => {}); // an idle client dropped by the server: the pool replaces it
      return { pool, close: () => pool.end() };
    };
    dispose = () => adminQuery(options.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-load-"));
    env.DATA_DIR = dataDir;
    openPool = async () => {
      // PGlite is one session: the ceiling gets the one connection the server had.
      const db = await openDatabase({ dataDir });
      return { pool: db.pool, close: () => db.close() };
    };
    dispose = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  let server: ServerProcess;
  try {
    server = await spawnLoadServer(
      env,
      options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [],
    );
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    server,
    ceilingWhileServing: kind === "postgres",
    async stopServer() {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGTERM");
      return server.exited;
    },
    openPool,
    async dispose() {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
      await server.exited;
      await dispose();
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

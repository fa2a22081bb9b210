// Opens the database the server runs on: the PostgreSQL at DATABASE_URL, or the embedded PGlite.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "./generated/client.ts";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";
import { createPgPool } from "./pg-pool.ts";

export type DatabaseKind = "postgres" | "embedded";

export interface Database {
  kind: DatabaseKind;
  /** Where it lives, for logs: the URL without its password, or the data folder. */
  location: string;
  url: string;
  prisma: PrismaClient;
  /** Raw SQL (migrations, LISTEN/NOTIFY, audit chain locks) shares this pool with Prisma. */
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Embedded data folder; null for an in-memory embedded database. */
  dataDir?: string | null;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  let url = options.databaseUrl;
  if (!url) {
    const dataDir = options.dataDir === null ? null : path.resolve(options.dataDir ?? "./data");
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
  }
  const pool = createPgPool({
    connectionString: url,
    // One client for PGlite: the pool queues queries so transactions stay whole (GUIDE section 2).
    max: embedded ? 1 : (options.poolSize ?? 10),
    connectionTimeoutMillis: 10_000,
    // PGlite is one session behind every socket connection, so the named statements an earlier
    // connection prepared (db/sql.ts) outlive it, while the new connection's driver knows none and
    // would fail to prepare them again ("already exists"), every request, from the first time the
    // pool closed an idle connection on. Each new connection starts from none: the pool awaits
    // this before handing the connection out, so no query is queued behind it on the client.
    onConnect: embedded ? (client) => client.query("DEALLOCATE ALL").then(() => undefined) : undefined,
  });
  pool.on("error", () => {
    // An idle client lost its connection (database restart). The pool replaces it on next use;
    // without this listener the error would crash the process.
  });
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool),
    // Under load a transaction may queue for a connection; wait for it rather than fail after 2 s.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  return {
    kind: embedded ? "embedded" : "postgres",
    location: embedded ? (embedded.dataDir ?? "memory") : redactPassword(url),
    url,
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await embedded?.stop();
    },
  };
}

export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

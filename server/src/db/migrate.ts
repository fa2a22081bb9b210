// Applies the SQL migrations under prisma/migrations, in name order, each in its own transaction,
// recording them in a table shaped like Prisma's `_prisma_migrations` so the Prisma CLI agrees
// with us wherever it can run. See docs/decisions/002-migrations.md for why this is not `prisma migrate`.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { DATA_STEPS, type DataStep } from "./migration-data-steps.ts";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/** Any constant works as long as every ClaimDesk server uses the same one. */
const MIGRATION_LOCK_KEY = 7_215_004_233;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
  /** Run after the SQL, in its transaction (migration-data-steps.ts). Not in the checksum. */
  dataStep?: DataStep | undefined;
}

export class MigrationError extends Error {}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      return { name, sql, checksum, dataStep: DATA_STEPS[name] };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/** Safe to call from several servers at once: a session advisory lock lets one migrate at a time. */
export async function migrate(pool: pg.Pool, migrations = readMigrations()): Promise<MigrationResult> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_TABLE);
      const applied = await appliedMigrations(client);
      checkAppliedMatchFiles(applied, migrations);
      const pending = migrations.filter((m) => !applied.has(m.name));
      for (const migration of pending) await applyOne(client, migration);
      return { applied: pending.map((m) => m.name), alreadyApplied: applied.size };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

async function appliedMigrations(client: pg.PoolClient): Promise<Map<string, AppliedRow>> {
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  return new Map(rows.map((row) => [row.migration_name, row]));
}

function checkAppliedMatchFiles(applied: Map<string, AppliedRow>, migrations: Migration[]): void {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of applied.values()) {
    const file = byName.get(row.migration_name);
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} was started but never finished. Inspect the database, then ` +
          `delete its row from "_prisma_migrations" to retry it.`,
      );
    }
    if (!file) {
      throw new MigrationError(
        `The database has migration ${row.migration_name} applied, but prisma/migrations has no such folder. ` +
          `This server is older than the database; run a newer version.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied (checksum ${row.checksum.slice(0, 12)}… ` +
          `in the database, ${file.checksum.slice(0, 12)}… on disk). Applied migrations must never change: ` +
          `restore the file from version control and put the change in a new migration (npm run db:diff).`,
      );
    }
  }
}

async function applyOne(client: pg.PoolClient, migration: Migration): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await migration.dataStep?.(client);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
       VALUES ($1, $2, now(), $3, 1)`,
      [crypto.randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}

export async function pendingMigrations(pool: pg.Pool, migrations = readMigrations()): Promise<string[]> {
  const { rows } = await pool.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  if (!rows[0]?.exists) return migrations.map((m) => m.name);
  const applied = await pool.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(applied.rows.map((r) => r.migration_name));
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}

// The migrations must build exactly the schema that prisma/schema.prisma describes, and the runner
// must refuse edited migrations and stay safe when several servers start at once.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { describeSchema } from "../../../tests/support/describe-schema.ts";
import { MigrationError, migrate, readMigrations, MIGRATIONS_DIR } from "./migrate.ts";
import { DATA_STEPS } from "./migration-data-steps.ts";

const root = path.resolve(import.meta.dirname, "../../..");

/** Indexes written by hand at the end of a migration, which Prisma's datamodel cannot express. */
const HAND_WRITTEN_INDEXES: Record<string, string> = {
  sources_live_address_key:
    "CREATE UNIQUE INDEX sources_live_address_key ON public.sources USING btree (claim_id, address_key) WHERE (deleted_at IS NULL)",
};

describe("migrations", () => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    migrated = await createTestDatabase();
    fromSchema = await createTestDatabase({ migrate: false });
    // What schema.prisma describes, as Prisma itself would create it from nothing.
    const { stdout } = await promisify(execFile)(
      "npx",
      ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { cwd: root, env: { ...process.env, DATABASE_URL: fromSchema.url } },
    );
    await fromSchema.pool.query(stdout);
  }, 120_000);

  afterAll(async () => {
    await migrated?.close();
    await fromSchema?.close();
  });

  it("produce exactly the tables, columns, types, defaults, keys, indexes and enums of schema.prisma", async () => {
    const { indexes, ...actual } = await describeSchema(migrated.pool);
    const expected = await describeSchema(fromSchema.pool);
    const isHandWritten = (index: { indexname: string }) => index.indexname in HAND_WRITTEN_INDEXES;
    expect({ ...actual, indexes: indexes.filter((index) => !isHandWritten(index)) }).toEqual(expected);
    expect(actual.tables.length).toBeGreaterThan(5);
    expect(Object.fromEntries(indexes.filter(isHandWritten).map((i) => [i.indexname, i.indexdef]))).toEqual(
      HAND_WRITTEN_INDEXES,
    );
  });

  it("have a data step only for migrations that exist", () => {
    const withStep = readMigrations().filter((m) => m.dataStep !== undefined);
    expect(withStep.map((m) => m.name).sort()).toEqual(Object.keys(DATA_STEPS).sort());
  });

  it("keep the snapshot used by `npm run db:diff` in step with schema.prisma (no unmigrated change)", () => {
    const snapshot = fs.readFileSync(path.join(MIGRATIONS_DIR, "schema.snapshot.prisma"), "utf8");
    expect(snapshot).toBe(fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"));
  });

  it("apply nothing the second time", async () => {
    const again = await migrate(migrated.pool);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations().length);
  });

  it("refuse a migration that was edited after it was applied, naming it", async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrate(migrated.pool, edited)).rejects.toThrow(MigrationError);
    await expect(migrate(migrated.pool, edited)).rejects.toThrow(/was edited after it was applied/);
  });

  it("roll back a failing migration whole and say which one failed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    const broken = [
      ...readMigrations(),
      {
        name: "29990101000000_broken",
        sql: "CREATE TABLE half_done (id int); SELECT no_such_function();",
        checksum: "x".repeat(64),
      },
    ];
    await expect(migrate(migrated.pool, broken)).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    const { rows } = await migrated.pool.query(`SELECT to_regclass('half_done') IS NULL AS absent`);
    expect(rows[0].absent).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });
});

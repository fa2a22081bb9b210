// A fresh, migrated database for each test file: its own PostgreSQL database on the server at
// TEST_DATABASE_URL (created here, dropped on close), or an in-memory embedded PGlite when unset.
import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../../server/src/db/database.ts";
import { migrate } from "../../server/src/db/migrate.ts";

export interface TestDatabase extends Database {
  /** The admin URL of the server, for tests that need a second connection or process. */
  name: string;
}

export async function createTestDatabase(
  options: { migrate?: boolean; poolSize?: number } = {},
): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let name = "memory";
  let db: Database;
  if (serverUrl) {
    name = `claimdesk_test_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = await openDatabase({ databaseUrl: url.toString(), poolSize: options.poolSize ?? 10 });
  } else {
    db = await openDatabase({ dataDir: null });
  }
  if (options.migrate !== false) await migrate(db.pool);
  const close = db.close;
  return {
    ...db,
    name,
    async close() {
      await close();
      if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { loadConfig } from "../config.ts";
import { openDatabase } from "./database.ts";
import { migrate } from "./migrate.ts";

const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  const result = await migrate(db.pool);
  const what = result.applied.length ? `applied ${result.applied.join(", ")}` : "nothing to apply";
  console.log(`Migrations on ${db.kind} database (${db.location}): ${what}; ${result.alreadyApplied} already applied.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}

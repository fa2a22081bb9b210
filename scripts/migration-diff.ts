// `npm run db:diff -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the previous migration's datamodel (prisma/migrations/schema.snapshot.prisma) to the
// current prisma/schema.prisma, then updates the snapshot. Review the SQL before committing it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../server/src/db/embedded.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <migration_name>   (lowercase letters, digits and _)");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "..");
const snapshot = path.join(root, "prisma/migrations/schema.snapshot.prisma");
const schema = path.join(root, "prisma/schema.prisma");
const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
// The CLI's js engine wants a reachable database even to compare two datamodels; an in-memory one does.
const scratch = await startEmbeddedPostgres(null);
let sql: string;
try {
  // Asynchronous on purpose: the scratch database is served by this process's event loop.
  const args = ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"];
  const result = await promisify(execFile)("npx", args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: scratch.url },
  });
  sql = result.stdout;
} finally {
  await scratch.stop();
}
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("schema.prisma has no change since the last migration; nothing written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
fs.copyFileSync(schema, snapshot);
console.log(`wrote ${path.relative(root, dir)}/migration.sql and updated the snapshot`);

// `npm run audit:verify`: recomputes the audit log's hash chain and says whether it is intact.
// Exit code 0 when intact, 1 when broken (so cron or CI can alert), 2 when it could not check at all.
import { openDatabase } from "../db/database.ts";
import { verifyAuditChain } from "./audit-chain.ts";

const databaseUrl = process.env.DATABASE_URL || undefined;
let db;
try {
  db = await openDatabase({ databaseUrl, dataDir: process.env.DATA_DIR || "./data" });
} catch (error) {
  console.error(`Could not open the database: ${(error as Error).message}`);
  process.exit(2);
}
try {
  const started = Date.now();
  const result = await verifyAuditChain(db.pool);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(
      `Audit chain intact: ${result.checked} events checked in ${seconds} s (${db.kind} database, ${db.location}).`,
    );
  } else {
    console.error(
      `Audit chain BROKEN at seq ${result.firstBroken!.seq}: ${result.firstBroken!.reason}\n` +
        `${result.checked} events before it are intact (${db.kind} database, ${db.location}).`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`Could not verify the audit chain: ${(error as Error).message}`);
  process.exitCode = 2;
} finally {
  await db.close();
}

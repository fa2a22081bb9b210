// Starts ClaimDesk: database, migrations, first-run bootstrap, live updates, HTTP. Returns a handle
// whose stop() shuts down in order: stop accepting, let requests in flight finish, close the database.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { createApp } from "./app.ts";
import { claimExtractorFor } from "./articles/claim-extractor.ts";
import type { Config } from "./config.ts";
import { bootstrapFreshDatabase } from "./seed/bootstrap.ts";
import { openDatabase, type Database } from "./db/database.ts";
import { migrate } from "./db/migrate.ts";
import { startLiveEvents } from "./live/live-events.ts";
import { PRODUCT_VERSION } from "./version.ts";

export interface RunningServer {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  if (db.kind === "embedded") {
    logger.info(
      { dataDir: db.location },
      `Using the embedded database in ${db.location} (set DATABASE_URL to use a PostgreSQL server)`,
    );
  } else {
    logger.info({ database: db.location }, "Using PostgreSQL");
  }
  // Its workers start with the first large upload, so a server that never gets one never pays for them.
  const extractor = claimExtractorFor(config);
  try {
    const migrations = await migrate(db.pool);
    if (migrations.applied.length) logger.info({ applied: migrations.applied }, "Applied database migrations");
    await bootstrapFreshDatabase(db, config, logger, extractor);
  } catch (error) {
    await extractor.close();
    await db.close();
    throw error;
  }
  const live = await startLiveEvents(db, logger);
  const app = createApp({ config, db, logger, live, extractor, version: PRODUCT_VERSION });
  const server = http.createServer(app);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST}:${port}`;
  logger.info({ url }, `ClaimDesk is listening on ${url}`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    db,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await live.close(); // ends live streams, which would otherwise hold the server open
        const forced = setTimeout(() => server.closeAllConnections(), 10_000);
        await closed;
        clearTimeout(forced);
        await extractor.close();
        await db.close();
        logger.info("ClaimDesk stopped");
      })();
      return stopping;
    },
  };
}

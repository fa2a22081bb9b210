// The server process: `npm start` (after building the client) and `npm run serve`.
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./server.ts";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config);
try {
  const running = await startServer(config, logger);
  const shutdown = (signal: string) => {
    logger.info({ signal }, "Shutting down: finishing requests in flight");
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "Shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
} catch (error) {
  logger.fatal({ err: error }, `ClaimDesk could not start: ${(error as Error).message}`);
  process.exit(1);
}

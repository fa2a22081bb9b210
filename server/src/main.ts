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
  let stopping = false;
  const shutdown = (signal: string) => {
    // Ctrl+C in a terminal reaches the server twice: from the terminal, which signals the whole
    // process group (npm, tsx and the server), and again as tsx relays it. Under `process.once` the
    // second one took Node's default action and ended the process before the embedded database
    // was closed, leaving its lock behind. Stopping is bounded (requests are cut after 10 s).
    if (stopping) return logger.info({ signal }, "Already shutting down");
    stopping = true;
    logger.info({ signal }, "Shutting down: finishing requests in flight");
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "Shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
} catch (error) {
  logger.fatal({ err: error }, `ClaimDesk could not start: ${(error as Error).message}`);
  process.exit(1);
}

// What the HTTP app needs from the outside world, passed in so tests can build an app on their own database.
import type { Logger } from "pino";
import type { ClaimExtractor } from "./articles/claim-extractor.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/database.ts";
import type { LiveEvents } from "./live/live-events.ts";

export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
  live: LiveEvents;
  /** Parses uploads and extracts their claims, off the request thread when they are large. */
  extractor: ClaimExtractor;
  /** The product version shown by /api/health. */
  version: string;
}

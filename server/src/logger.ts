import pino, { type Logger } from "pino";
import type { Config } from "./config.ts";

export function createLogger(config: Pick<Config, "LOG_LEVEL" | "NODE_ENV">): Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: ["req.headers.cookie", "req.headers['x-csrf-token']", 'res.headers["set-cookie"]', "password"],
  });
}

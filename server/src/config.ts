// Configuration comes from the environment only, checked once at start-up so that a wrong value
// stops the server with a message naming the variable, instead of failing later mid-request.
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "expected true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "expected a postgresql://user:password@host:port/database URL");

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number({ message: "expected a port number" }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  PUBLIC_ORIGIN: z.url({ message: "expected the site's origin, such as https://desk.example.org" }).optional(),
  TRUST_PROXY: booleanFlag.default(false),
  MAX_IMPORT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  EXTRACT_INLINE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024),
  EXTRACT_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(Math.max(1, Math.min(4, os.availableParallelism() - 1))),
  EXTRACT_WORKER_HEAP_MB: z.coerce.number().int().min(64).default(1024),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  LOAD_SAMPLE: booleanFlag.default(true),
  ADMIN_EMAIL: z.email({ message: "expected an email address" }).default("admin@claimdesk.local"),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  REPORT_PUBLISHER_NAME: z.string().min(1).default("ClaimDesk"),
  REPORT_PUBLISHER_URL: z.url().default("https://claimdesk.example.org"),
  CLIENT_DIST: z.string().default(path.resolve(import.meta.dirname, "../../client/dist")),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(emptyAsUnset(env));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    return `  ${name}=${JSON.stringify(env[name] ?? "")}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration (see README, "Configuration"):\n${lines.join("\n")}`);
}

/** `FOO=` in a shell or compose file means "not set", not "the empty string". */
function emptyAsUnset(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== "") out[key] = value;
  return out;
}

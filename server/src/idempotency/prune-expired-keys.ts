// Stored answers are kept KEY_LIFETIME_HOURS. Lookups ignore older ones at once; deleting them
// needs no scheduled job: a keyed change runs the deletion first, at most once every
// PRUNE_EVERY_MINUTES in each server process, in batches small enough to take milliseconds.
import type { AppDeps } from "../app-deps.ts";
import { sqlRows, type SqlTarget } from "../db/sql.ts";

/** How long a key's answer is kept, from the start of the write that stored it. */
export const KEY_LIFETIME_HOURS = 24;
export const PRUNE_EVERY_MINUTES = 10;
const PRUNE_BATCH = 5000;

/** SQL: whether an idempotency_keys row (alias k) is still within its lifetime. */
export const KEY_IS_LIVE = `k.created_at > now() - make_interval(hours => ${KEY_LIFETIME_HOURS})`;

const DELETE_EXPIRED = `
  DELETE FROM idempotency_keys WHERE ctid = ANY (ARRAY(
    SELECT k.ctid FROM idempotency_keys k WHERE NOT (${KEY_IS_LIVE}) ORDER BY k.created_at LIMIT $1
  ))
  RETURNING 1 AS deleted`;

/** Deletes up to one batch of expired keys; returns how many. */
export async function pruneExpiredKeys(db: SqlTarget): Promise<number> {
  return (await sqlRows(db, DELETE_EXPIRED, [PRUNE_BATCH])).length;
}

/**
 * A function to call on each keyed change: it prunes on its first call, then again once
 * PRUNE_EVERY_MINUTES have passed. A failure is logged and does not hold up the change.
 */
export function pruneExpiredKeysNowAndThen(
  { db, logger }: Pick<AppDeps, "db" | "logger">,
  now: () => number = Date.now,
): () => Promise<void> {
  let nextAt = 0;
  return async () => {
    if (now() < nextAt) return;
    nextAt = now() + PRUNE_EVERY_MINUTES * 60_000;
    await pruneExpiredKeys(db.pool).catch((error: unknown) =>
      logger.warn({ err: error }, "idempotency keys: could not delete expired ones; will try again later"),
    );
  };
}

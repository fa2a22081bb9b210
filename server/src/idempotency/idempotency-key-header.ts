// The Idempotency-Key request header (IETF draft "The Idempotency-Key HTTP Header Field", as
// Stripe's API has it): a client names one action with a key of its own, and sends the same key
// again only when it retries that action. Read and checked here for every change under /api; the
// routes that change data honour it in their transaction (answer-once.ts, decision 270).
import type { RequestHandler } from "express";
import type { AppDeps } from "../app-deps.ts";
import { AppError } from "../http/app-error.ts";
import { pruneExpiredKeysNowAndThen } from "./prune-expired-keys.ts";

export const MAX_KEY_LENGTH = 255;

const CHANGES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// Printable ASCII, space included: what the draft's structured-field string may hold.
const PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * The key in a header value, or a 400 that says what a valid key looks like. The draft writes the
 * key as a quoted string ("8e03978e-…"), Stripe's clients send it bare: both are taken.
 */
export function parseIdempotencyKey(header: string): string {
  const quoted = header.length >= 2 && header.startsWith('"') && header.endsWith('"');
  const key = quoted ? header.slice(1, -1) : header;
  const problem =
    key.length === 0
      ? "is empty"
      : key.length > MAX_KEY_LENGTH
        ? `is ${key.length} characters long`
        : !PRINTABLE.test(key)
          ? `has a character that is not printable ASCII at position ${[...key].findIndex((c) => !PRINTABLE.test(c)) + 1}`
          : null;
  if (problem === null) return key;
  throw new AppError(
    "bad_request",
    `The Idempotency-Key header ${problem}. A key is 1 to ${MAX_KEY_LENGTH} printable ASCII characters ` +
      `(letters, digits, punctuation, spaces), such as a random UUID: send a new one for each action, and the ` +
      `same one again only to retry that action.`,
  );
}

/** Sets req.idempotencyKey on a change that carries the header; refuses a malformed key with 400. */
export function readIdempotencyKey(deps: Pick<AppDeps, "db" | "logger">): RequestHandler {
  const prune = pruneExpiredKeysNowAndThen(deps);
  return async (req, _res, next) => {
    const header = req.get("idempotency-key");
    if (header === undefined || !CHANGES.has(req.method)) return next();
    req.idempotencyKey = parseIdempotencyKey(header);
    // Keys expire without a scheduled job: the first keyed change after a while deletes old ones.
    await prune();
    next();
  };
}

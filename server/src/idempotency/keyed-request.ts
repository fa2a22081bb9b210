// What names a request sent with an Idempotency-Key (user, method, route, key) and what it asked
// (its fingerprint), read from the request the same way wherever the key is looked up: before a
// route's costly work (look-up-key-before-work.ts) and in its transaction (answer-once.ts).
import { createHash } from "node:crypto";
import type { Request } from "express";

export interface KeyedRequest {
  userId: string;
  method: string;
  /** The route's pattern, as /api/claims/:id/verdict. */
  route: string;
  key: string;
  fingerprint: string;
}

/** The keyed request, or null when the request carries no key (or no user to keep one for). */
export function keyedRequest(req: Request): KeyedRequest | null {
  // Keys are per user: a route that needs no session (none does yet) cannot keep one.
  if (req.idempotencyKey === undefined || !req.auth || !req.route) return null;
  return {
    userId: req.auth.user.id,
    method: req.method,
    route: `${req.baseUrl}${String(req.route.path)}`,
    key: req.idempotencyKey,
    // The body as parsed (JSON, or the text of a raw article file) and the address with its ids
    // and query string (a DELETE's ?version=N): a retry sends all of them again unchanged.
    fingerprint: createHash("sha256")
      .update(JSON.stringify([req.method, req.originalUrl, req.body ?? null]))
      .digest("hex"),
  };
}

/** The values of $1..$4 in KEY_MATCHES. */
export const keyColumns = (k: KeyedRequest): string[] => [k.userId, k.method, k.route, k.key];

/** SQL: the idempotency_keys row (alias k) of the key in $1..$4. */
export const KEY_MATCHES = "k.user_id = $1::uuid AND k.method = $2 AND k.route = $3 AND k.key = $4";

/** The text hashed into the transaction lock a request holds on its key while it runs. */
export const keyLockName = (k: KeyedRequest): string => `claimdesk:idempotency:${keyColumns(k).join(":")}`;

// A write sent with an Idempotency-Key is applied once: its answer is stored under the key in the
// write's own transaction, and a retry of the same request gets that answer back instead of
// applying the write again (decision 270).
//
// The key is taken by the transaction's first statement, which inserts the key's row while holding
// a transaction lock on the key; the answer completes the row as the last statement. Nothing of it
// is visible to others until the write commits, and nothing of it survives a rollback or a crash:
// a request that failed wrote nothing, kept nothing, and may be sent again with the same key. Two
// requests with one key never both apply: the second either finds the first's lock held (409, it
// is still running) or its committed answer (a replay), and the primary key refuses any row a
// second time.
import { createHash } from "node:crypto";
import type { ErrorRequestHandler, Request } from "express";
import { sqlExecuteLast, sqlRows, type SqlTarget } from "../db/sql.ts";
import { sendAnswer, type Answer } from "../http/answer.ts";
import { AppError } from "../http/app-error.ts";
import { KEY_IS_LIVE, KEY_LIFETIME_HOURS } from "./prune-expired-keys.ts";

/** What identifies a keyed request (user, method, route, key), and what it asked (fingerprint). */
interface KeyedRequest {
  userId: string;
  method: string;
  /** The route's pattern, as /api/claims/:id/verdict. */
  route: string;
  key: string;
  fingerprint: string;
}

/**
 * Runs `produce` (the route's work, which builds its answer) inside the caller's transaction. When
 * the request carries an Idempotency-Key, the key is taken first and the answer stored last, in
 * that same transaction; a key already answered throws AnsweredBefore, which is sent as the replay.
 */
export async function answerOnce(tx: SqlTarget, req: Request, produce: () => Promise<Answer>): Promise<Answer> {
  const keyed = keyedRequest(req);
  if (!keyed) return produce();
  await takeKey(tx, keyed);
  const answer = await produce();
  await sqlExecuteLast(tx, KEEP_ANSWER, [
    ...keyColumns(keyed),
    answer.status,
    JSON.stringify(answer.headers),
    answer.body,
  ]);
  return answer;
}

/** Thrown, inside the transaction (which then rolls back, having written nothing), by a retry. */
export class AnsweredBefore extends Error {
  constructor(readonly answer: Answer) {
    super("This Idempotency-Key was answered before.");
  }
}

/** Error middleware: sends a stored answer again, marked Idempotent-Replayed. */
export const replayAnsweredBefore: ErrorRequestHandler = (error, _req, res, next) => {
  if (!(error instanceof AnsweredBefore)) return next(error);
  // A retry that outlived REQUEST_TIMEOUT_MS was answered 503 already (request-timeout.ts).
  if (!res.headersSent) sendAnswer(res, error.answer, { replayed: true });
};

function keyedRequest(req: Request): KeyedRequest | null {
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

const keyColumns = (k: KeyedRequest) => [k.userId, k.method, k.route, k.key];
const KEY_MATCHES = "k.user_id = $1::uuid AND k.method = $2 AND k.route = $3 AND k.key = $4";

// One statement, whatever its snapshot: ON CONFLICT sees rows committed after the statement began,
// so a key whose first request committed a moment ago is never taken a second time. The lock is
// taken before the row is inserted and held to the end of the transaction, so a second request
// with the key inserts nothing while the first runs. An expired row is taken over, as a new key.
const TAKE_KEY = `
  INSERT INTO idempotency_keys AS k (user_id, method, route, key, fingerprint)
  SELECT $1::uuid, $2, $3, $4, $5
  WHERE pg_try_advisory_xact_lock(hashtextextended($6, 0))
  ON CONFLICT (user_id, method, route, key) DO UPDATE
    SET fingerprint = EXCLUDED.fingerprint, created_at = now(),
        response_status = NULL, response_headers = NULL, response_body = NULL
    WHERE NOT (${KEY_IS_LIVE})
  RETURNING true AS taken`;

// Read by a statement of its own, so that it sees an answer committed while TAKE_KEY ran.
const STORED_ANSWER = `
  SELECT k.fingerprint, k.response_status AS status, k.response_headers AS headers, k.response_body AS body
  FROM idempotency_keys k
  WHERE ${KEY_MATCHES} AND ${KEY_IS_LIVE}`;

const KEEP_ANSWER = `
  UPDATE idempotency_keys k SET response_status = $5, response_headers = $6::jsonb, response_body = $7
  WHERE ${KEY_MATCHES}`;

interface StoredAnswer {
  fingerprint: string;
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

async function takeKey(tx: SqlTarget, keyed: KeyedRequest): Promise<void> {
  const lockKey = `claimdesk:idempotency:${keyColumns(keyed).join(":")}`;
  const [taken] = await sqlRows(tx, TAKE_KEY, [...keyColumns(keyed), keyed.fingerprint, lockKey]);
  if (taken) return;
  const [stored] = await sqlRows<StoredAnswer>(tx, STORED_ANSWER, keyColumns(keyed));
  if (!stored) {
    // No committed answer, and the lock held: a request with this key is running right now.
    throw new AppError(
      "request_in_progress",
      "A request with this Idempotency-Key is still being processed. Wait a few seconds and send it again " +
        "with the same key: you will get its answer, and the change will not be made twice.",
    );
  }
  if (stored.fingerprint !== keyed.fingerprint) {
    throw new AppError(
      "idempotency_key_reused",
      `This Idempotency-Key was already used for a different request to ${keyed.method} ${keyed.route} ` +
        `(another address, query or body) in the last ${KEY_LIFETIME_HOURS} hours. Send a new key with each ` +
        `new action, and the same key only to retry exactly the same request.`,
    );
  }
  throw new AnsweredBefore({ status: stored.status, headers: stored.headers, body: stored.body });
}

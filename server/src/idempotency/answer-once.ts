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
import type { Request } from "express";
import { sqlExecuteLast, sqlRows, type SqlTarget } from "../db/sql.ts";
import type { Answer } from "../http/answer.ts";
import { KEY_MATCHES, keyColumns, keyedRequest, keyLockName, type KeyedRequest } from "./keyed-request.ts";
import { KEY_IS_LIVE } from "./prune-expired-keys.ts";
import { answerWithStored, isAnswered, readStoredAnswer, requestInProgress } from "./stored-answer.ts";

/**
 * Runs `produce` (the route's work, which builds its answer) inside the caller's transaction. When
 * the request carries an Idempotency-Key, the key is taken first and the answer stored last, in
 * that same transaction; a key already answered throws AnsweredBefore, which is sent as the replay.
 * This is the check that decides; a look-up before a route's costly work (look-up-key-before-work.ts)
 * only spares that work when this one would answer the same.
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

const KEEP_ANSWER = `
  UPDATE idempotency_keys k SET response_status = $5, response_headers = $6::jsonb, response_body = $7
  WHERE ${KEY_MATCHES}`;

async function takeKey(tx: SqlTarget, keyed: KeyedRequest): Promise<void> {
  const [taken] = await sqlRows(tx, TAKE_KEY, [...keyColumns(keyed), keyed.fingerprint, keyLockName(keyed)]);
  if (taken) return;
  // Read by a statement of its own, so that it sees an answer committed while TAKE_KEY ran.
  const stored = await readStoredAnswer(tx, keyed);
  // No committed answer, and the lock held: a request with this key is running right now.
  if (!stored || !isAnswered(stored)) throw requestInProgress();
  answerWithStored(keyed, stored);
}

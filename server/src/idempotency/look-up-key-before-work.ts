// A look-up of a request's Idempotency-Key before work that costs far more than the look-up: an
// import or a revised text is converted and its claims extracted (in worker threads, seconds for
// a large article) before its transaction begins, and a retry whose answer is stored would do all
// of that only for answerOnce to throw the result away. Here the retry gets its answer, or its
// refusal, before any of it.
//
// answerOnce, in the transaction, stays the check that decides. This one takes no lock and writes
// nothing: when it finds nothing, the request goes on as before, and whatever happens between the
// two (a first request committing, another starting) is caught there as it always was.
import type { Request } from "express";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import { keyColumns, keyedRequest, keyLockName } from "./keyed-request.ts";
import { answerWithStored, requestInProgress, STORED_ANSWER } from "./stored-answer.ts";

// One round trip: the key's committed answer, if any, and whether a transaction holds the key's lock
// (a request with the key between its first and last statement). The lock is looked for in
// pg_locks, not tried: trying it, even for a moment, could make the very request that holds the
// key's work see its own key as busy. An advisory lock on a bigint shows its high half as classid,
// its low half as objid and 1 as objsubid.
const LOOK_UP_KEY = `
  WITH lock AS (SELECT hashtextextended($5, 0) AS h)
  SELECT stored.*,
    EXISTS (
      SELECT 1 FROM pg_locks l, lock
      WHERE l.locktype = 'advisory' AND l.objsubid = 1
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.classid = ((lock.h >> 32) & 4294967295)::oid
        AND l.objid = (lock.h & 4294967295)::oid
    ) AS running
  FROM (SELECT 1) AS one
  LEFT JOIN (${STORED_ANSWER}) AS stored ON true`;

/** The key's row, all null when it has none, and whether the key's lock is held. */
interface LookedUp {
  fingerprint: string | null;
  status: number | null;
  headers: Record<string, string> | null;
  body: string | null;
  running: boolean;
}

/**
 * Call before a keyed route's costly work. Throws what answerOnce would: the stored answer of the
 * same request (sent as the replay), 422 if the key was used for another request, 409 if a request
 * with the key is running. Returns when the request has to be processed.
 */
export async function lookUpKeyBeforeWork(db: SqlTarget, req: Request): Promise<void> {
  const keyed = keyedRequest(req);
  if (!keyed) return;
  const [found] = await sqlRows<LookedUp>(db, LOOK_UP_KEY, [...keyColumns(keyed), keyLockName(keyed)]);
  if (!found) return;
  const { fingerprint, status, headers, body, running } = found;
  // A committed row always holds its answer; the null checks only say so to the compiler.
  if (fingerprint !== null && status !== null) answerWithStored(keyed, { fingerprint, status, headers, body });
  if (running) throw requestInProgress();
}

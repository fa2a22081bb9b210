// What a request gets when its key already has a committed answer, wherever that answer is found:
// the same request gets it again (AnsweredBefore, sent as the replay); another request under the
// key is refused. Also the refusal while a request with the key is still running.
import type { ErrorRequestHandler } from "express";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import { sendAnswer, type Answer } from "../http/answer.ts";
import { AppError } from "../http/app-error.ts";
import { KEY_MATCHES, keyColumns, type KeyedRequest } from "./keyed-request.ts";
import { KEY_IS_LIVE, KEY_LIFETIME_HOURS } from "./prune-expired-keys.ts";

export interface StoredAnswer {
  fingerprint: string;
  /** Null only while the answer's own transaction runs, which no other transaction sees. */
  status: number | null;
  headers: Record<string, string> | null;
  body: string | null;
}

export type AnsweredKey = StoredAnswer & { status: number };

/** Whether the row holds its answer (a committed row always does). */
export const isAnswered = (stored: StoredAnswer): stored is AnsweredKey => stored.status !== null;

/** SQL: the key's live row (parameters $1..$4 as keyColumns). */
export const STORED_ANSWER = `
  SELECT k.fingerprint, k.response_status AS status, k.response_headers AS headers, k.response_body AS body
  FROM idempotency_keys k
  WHERE ${KEY_MATCHES} AND ${KEY_IS_LIVE}`;

/** The key's committed answer, if it has one within its lifetime. */
export async function readStoredAnswer(db: SqlTarget, keyed: KeyedRequest): Promise<StoredAnswer | null> {
  const [stored] = await sqlRows<StoredAnswer>(db, STORED_ANSWER, keyColumns(keyed));
  return stored ?? null;
}

/** Thrown by a retry, before its work or inside its transaction (which then rolls back, having written nothing). */
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

/** Always throws: the stored answer for the same request, else 422 for a key used for another one. */
export function answerWithStored(keyed: KeyedRequest, stored: AnsweredKey): never {
  if (stored.fingerprint !== keyed.fingerprint) {
    throw new AppError(
      "idempotency_key_reused",
      `This Idempotency-Key was already used for a different request to ${keyed.method} ${keyed.route} ` +
        `(another address, query or body) in the last ${KEY_LIFETIME_HOURS} hours. Send a new key with each ` +
        `new action, and the same key only to retry exactly the same request.`,
    );
  }
  throw new AnsweredBefore({ status: stored.status, headers: stored.headers ?? {}, body: stored.body });
}

/** 409: a request with the key holds its lock and has not answered yet. */
export function requestInProgress(): AppError {
  return new AppError(
    "request_in_progress",
    "A request with this Idempotency-Key is still being processed. Wait a few seconds and send it again " +
      "with the same key: you will get its answer, and the change will not be made twice.",
  );
}

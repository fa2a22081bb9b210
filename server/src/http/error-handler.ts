// Turns anything thrown in a route into an RFC 9457 problem+json answer. Unexpected errors are
// logged with their stack and answered with a generic 500: no internals leave the server.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { PROBLEM_CONTENT_TYPE, type Problem } from "@claimdesk/shared";
import type { Database } from "../db/database.ts";
import { sqlRows } from "../db/sql.ts";
import { AppError, type ConflictingRecord } from "./app-error.ts";

export const notFoundRoute: RequestHandler = (req, _res, next) => {
  next(new AppError("not_found", `There is no API route ${req.method} ${req.path}. See /api/openapi.json.`));
};

export function errorHandler(db?: Pick<Database, "pool">): ErrorRequestHandler {
  return async (error, req, res, _next) => {
    const appError = toAppError(error);
    if (appError.status >= 500) req.log?.error({ err: error }, "request failed");
    let detail = appError.message;
    if (db && appError.missing?.what === "claim") {
      detail = (await mergedClaimDetail(db, appError.missing.id).catch(() => null)) ?? detail;
    }
    // Only on the conflict path, after the refused change's transaction has ended: one indexed read.
    let changed: ChangeAuthor | null | undefined;
    if (appError.conflicting) {
      changed = db ? await whoMadeVersion(db, appError.conflicting).catch(() => null) : null;
      if (changed) detail = conflictDetail(appError.conflicting, changed, req.auth?.user.id);
    }
    const problem: Problem = {
      type: `https://claimdesk.example.org/problems/${appError.code}`,
      title: appError.code.replace(/_/g, " "),
      status: appError.status,
      code: appError.code,
      detail,
      requestId: String(req.id ?? ""),
      ...(appError.fields ? { errors: appError.fields } : {}),
      ...(appError.current !== undefined ? { current: appError.current } : {}),
      ...(changed !== undefined
        ? {
            changedBy: changed?.actorId ? { id: changed.actorId, name: changed.actorName ?? "" } : null,
            changedAt: changed ? changed.at.toISOString() : null,
          }
        : {}),
    };
    if (res.headersSent) return;
    res.status(appError.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  };
}

interface ChangeAuthor {
  actorId: string | null;
  actorName: string | null;
  at: Date;
}

/**
 * Who made the version of a record that a stale change ran into, and when: the audit event whose
 * `after` has that version (the one that produced it), so a change committed since the conflict is
 * not blamed on the wrong person. Audit events snapshot the record's version in `after`; an event
 * that does not (a login is an event of the user) never matches. None found: null ("someone").
 */
async function whoMadeVersion(db: Pick<Database, "pool">, record: ConflictingRecord): Promise<ChangeAuthor | null> {
  const [event] = await sqlRows<ChangeAuthor>(
    db.pool,
    `SELECT e.actor_id::text AS "actorId", u.name AS "actorName", e.occurred_at AS at
     FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
     WHERE e.entity_type = $1 AND e.entity_id = $2 AND e.after->>'version' = $3
     ORDER BY e.seq DESC LIMIT 1`,
    [record.entityType, record.id, String(record.version)],
  );
  return event ?? null;
}

function conflictDetail(record: ConflictingRecord, changed: ChangeAuthor, viewerId: string | undefined): string {
  const what = record.entityType;
  const when = changed.at.toISOString();
  const who =
    changed.actorId && changed.actorId === viewerId
      ? `by you (in another tab or window)`
      : `by ${changed.actorName ?? "someone else"}`;
  return (
    `This ${what} was changed ${who} at ${when}, after you loaded it. Review the current version (in "current") ` +
    `and send your change again with its version.`
  );
}

/**
 * A claim merged into another is deleted, but a reviewer may still have it open: rather than "the
 * link is wrong", say which claim it went into (following later merges), by whom and when.
 */
async function mergedClaimDetail(db: Pick<Database, "pool">, claimId: string): Promise<string | null> {
  let first: { into: string; by: string | null; at: Date } | null = null;
  let into = claimId;
  for (let hop = 0; hop < 20; hop++) {
    const [merge] = await sqlRows<{ into: string; by: string | null; at: Date }>(
      db.pool,
      `SELECT e.after->>'mergedInto' AS into, u.name AS by, e.occurred_at AS at
       FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
       WHERE e.claim_id = $1::uuid AND e.action = 'claim.merge_away'
       ORDER BY e.seq DESC LIMIT 1`,
      [into],
    );
    if (!merge?.into) break;
    first ??= merge;
    into = merge.into;
  }
  if (!first) return null;
  return (
    `Claim ${claimId} was merged into claim ${into} by ${first.by ?? "someone"} at ${first.at.toISOString()}, ` +
    `so it no longer exists. Open claim ${into} and make your change there.`
  );
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as { type?: string; status?: number; code?: string; message?: string; limit?: number };
  // Errors raised by express.json() / express.raw() before a route runs.
  if (e?.type === "entity.too.large") {
    return new AppError(
      "payload_too_large",
      `The request body is larger than the ${formatBytes(e.limit)} this endpoint accepts. Send less, or split it.`,
    );
  }
  if (e?.type === "entity.parse.failed") {
    return new AppError("bad_request", `The request body is not valid JSON: ${e.message}. Fix the JSON and retry.`);
  }
  if (error instanceof URIError || (e?.status === 400 && /decode/i.test(e.message ?? ""))) {
    return new AppError("bad_request", "The address contains invalid percent-encoding (such as %ff). Check the link.");
  }
  if (e?.type === "encoding.unsupported" || e?.type === "charset.unsupported") {
    return new AppError("unsupported_media_type", "Send the request body as UTF-8.");
  }
  // zlib could not inflate a body sent with Content-Encoding gzip, deflate or br (it was a 500).
  if (e?.status === 400 && typeof e.code === "string" && e.code.startsWith("Z_")) {
    return new AppError(
      "bad_request",
      `The request body could not be decompressed (${e.message}): it is not valid for its Content-Encoding ` +
        `(gzip, deflate or br). Send it uncompressed, or without that header.`,
    );
  }
  if (e?.type === "request.size.invalid") {
    return new AppError("bad_request", "The request body is not as long as its Content-Length header says.");
  }
  if (e?.type === "request.aborted") {
    return new AppError("bad_request", "The request body ended before it was complete.");
  }
  if (e?.code === "P2028") {
    return new AppError(
      "service_unavailable",
      "The server is too busy to take this change right now. Nothing was changed; try again in a moment.",
    );
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError(
      "service_unavailable",
      "The database is not reachable right now. Nothing was changed; try again in a few seconds.",
    );
  }
  return new AppError(
    "internal",
    "Something went wrong on our side. Nothing was changed; try again, and report the request id if it persists.",
  );
}

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "57P01",
  "57P03",
  "53300",
  "08006",
  "08001",
  "P1001",
  "P1017",
]);

// Messages of a database that is down, restarting, or refusing connections (SQLSTATE 55000 when
// ALLOW_CONNECTIONS is off), as pg and Prisma word them.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Can't reach database|not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current = error as { code?: string; cause?: unknown; message?: string } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.code && UNAVAILABLE_CODES.has(current.code)) return true;
    if (UNAVAILABLE_MESSAGES.test(current.message ?? "")) {
      return true;
    }
    current = current.cause as typeof current;
  }
  return false;
}

function formatBytes(bytes: number | undefined): string {
  if (!bytes) return "limit";
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

// Writes one audit event inside the caller's transaction, so the change and its record commit
// together or not at all. The database trigger assigns seq and computes the hash chain.
import type { Prisma } from "../db/generated/client.ts";
import { sqlExecuteLast, type SqlTarget } from "../db/sql.ts";

export type Tx = Prisma.TransactionClient;

export interface AuditActor {
  userId: string | null;
  requestId: string | null;
}

export interface AuditEventInput {
  action: string;
  entityType: "user" | "session" | "article" | "claim" | "source" | "note" | "report";
  entityId: string;
  articleId?: string | null;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
}

// Plain SQL: every change writes one of these, and Prisma's query layer costs several times more.
// prev_hash and hash are placeholders that the BEFORE INSERT trigger overwrites.
const AUDIT_COLUMNS =
  "actor_id, request_id, action, entity_type, entity_id, article_id, claim_id, before, after, prev_hash, hash";
const INSERT_AUDIT_EVENT = `
  INSERT INTO audit_events (${AUDIT_COLUMNS})
  VALUES ($1::uuid, $2, $3, $4, $5, $6::uuid, $7::uuid, $8::jsonb, $9::jsonb, '', $10)`;
// Many events by one actor in one statement, in the given order: the chain trigger links each row
// to the one before within a statement too.
const INSERT_AUDIT_EVENTS = `
  INSERT INTO audit_events (${AUDIT_COLUMNS})
  SELECT $1::uuid, $2, e->>'action', e->>'entityType', e->>'entityId', (e->>'articleId')::uuid,
         (e->>'claimId')::uuid, e->'before', e->'after', '', 'pending:' || gen_random_uuid()
  FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS events(e, n)
  ORDER BY n`;

/** Call inside the change's transaction (a Prisma transaction or our own), never outside one. */
export async function recordAuditEvent(tx: SqlTarget, actor: AuditActor, event: AuditEventInput): Promise<void> {
  await sqlExecuteLast(tx, INSERT_AUDIT_EVENT, [
    actor.userId,
    actor.requestId,
    event.action,
    event.entityType,
    event.entityId,
    event.articleId ?? null,
    event.claimId ?? null,
    toJson(event.before),
    toJson(event.after),
    `pending:${crypto.randomUUID()}`,
  ]);
}

/**
 * Several events of one change (a revision re-anchoring thousands of claims) in one statement
 * instead of one each. Same transaction rule as recordAuditEvent.
 */
export async function recordAuditEvents(tx: SqlTarget, actor: AuditActor, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  // JSON drops undefined fields and `e->'before'` of a missing key is NULL, as toJson gives below.
  await sqlExecuteLast(tx, INSERT_AUDIT_EVENTS, [actor.userId, actor.requestId, JSON.stringify(events)]);
}

/** Dates become ISO strings, undefined fields disappear: what is hashed is what is stored. */
function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

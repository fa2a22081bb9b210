// Writes one audit event inside the caller's transaction, so the change and its record commit
// together or not at all. The database trigger assigns seq and computes the hash chain.
import type { Prisma } from "../db/generated/client.ts";

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

export async function recordAuditEvent(tx: Tx, actor: AuditActor, event: AuditEventInput): Promise<void> {
  // Plain SQL: every change writes one of these, and Prisma's query layer costs several times more.
  // prev_hash and hash are placeholders that the BEFORE INSERT trigger overwrites.
  await tx.$executeRaw`
    INSERT INTO audit_events (actor_id, request_id, action, entity_type, entity_id, article_id, claim_id, before, after, prev_hash, hash)
    VALUES (${actor.userId}::uuid, ${actor.requestId}, ${event.action}, ${event.entityType}, ${event.entityId},
      ${event.articleId ?? null}::uuid, ${event.claimId ?? null}::uuid, ${toJson(event.before)}::jsonb, ${toJson(event.after)}::jsonb,
      '', ${`pending:${crypto.randomUUID()}`})`;
}

/** Dates become ISO strings, undefined fields disappear: what is hashed is what is stored. */
function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

// Writes one audit event inside the caller's transaction, so the change and its record commit
// together or not at all. The database trigger assigns seq and computes the hash chain.
import { Prisma } from "../db/generated/client.ts";

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
  await tx.auditEvent.create({
    data: {
      actorId: actor.userId,
      requestId: actor.requestId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      articleId: event.articleId ?? null,
      claimId: event.claimId ?? null,
      before: toJson(event.before),
      after: toJson(event.after),
      // Placeholders: the BEFORE INSERT trigger overwrites both.
      prevHash: "",
      hash: `pending:${crypto.randomUUID()}`,
    },
  });
}

/** Dates become ISO strings, undefined fields disappear: what is hashed is what is stored. */
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

// Reads audit events with the user who acted, and shapes them as the API's AuditEvent.
// The filters are shared by the page view (GET /audit) and the export (GET /audit.csv).
import type { AuditEvent } from "@claimdesk/shared";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { AppError } from "../http/app-error.ts";

export const withActor = { actor: { select: { id: true, name: true, email: true } } } as const;
export type AuditRow = Prisma.AuditEventGetPayload<{ include: typeof withActor }>;

export interface AuditFilter {
  actorId?: string | undefined;
  articleId?: string | undefined;
  claimId?: string | undefined;
  /** An exact action ("claim.verdict"), or a family with a trailing ".*" ("claim.*"). */
  action?: string | undefined;
  /** Inclusive. */
  from?: string | undefined;
  /** Exclusive, so consecutive ranges never count an event twice. */
  to?: string | undefined;
}

export function auditWhere(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.actorId) where.actorId = filter.actorId;
  if (filter.articleId) where.articleId = filter.articleId;
  if (filter.claimId) where.claimId = filter.claimId;
  if (filter.action) {
    where.action = filter.action.endsWith(".*")
      ? { startsWith: escapeLike(filter.action.slice(0, -1)) }
      : filter.action;
  }
  if (filter.from || filter.to) {
    where.occurredAt = {
      ...(filter.from ? { gte: new Date(filter.from) } : {}),
      ...(filter.to ? { lt: new Date(filter.to) } : {}),
    };
  }
  return where;
}

/**
 * Prisma sends startsWith to PostgreSQL as `LIKE '<value>%'` without escaping the value, so a "_"
 * or "%" in a family ("claim_merge.*", "%.*") would match any character, or every action.
 * Backslash is LIKE's default escape character.
 */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/** Page cursors are the seq of the last event shown, as a decimal string (seq is a bigint). */
export function parseSeqCursor(cursor: string | undefined): bigint | undefined {
  if (cursor === undefined || cursor === "") return undefined;
  if (!/^\d{1,19}$/.test(cursor)) {
    throw new AppError(
      "validation_failed",
      "The cursor is not valid: send back the nextCursor of the previous page unchanged.",
      {
        fields: [{ path: "query.cursor", message: "expected the nextCursor of a previous page" }],
      },
    );
  }
  return BigInt(cursor);
}

/** Newest first: `before` is the seq of the last event already shown. */
export async function loadAuditPage(
  prisma: PrismaClient,
  filter: AuditFilter,
  page: { before: bigint | undefined; limit: number },
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  const where = auditWhere(filter);
  if (page.before !== undefined) where.seq = { lt: page.before };
  const rows = await prisma.auditEvent.findMany({
    where,
    include: withActor,
    orderBy: { seq: "desc" },
    take: page.limit + 1,
  });
  const items = rows.slice(0, page.limit);
  return {
    items: items.map(presentAuditEvent),
    nextCursor: rows.length > page.limit ? String(items[items.length - 1]!.seq) : null,
  };
}

/** Oldest first, in batches, so an export of the whole log never holds it all in memory. */
export async function* streamAuditRows(
  prisma: PrismaClient,
  filter: AuditFilter,
  batchSize = 1_000,
): AsyncGenerator<AuditRow[]> {
  let after: bigint | undefined;
  for (;;) {
    const where = auditWhere(filter);
    if (after !== undefined) where.seq = { gt: after };
    const rows = await prisma.auditEvent.findMany({
      where,
      include: withActor,
      orderBy: { seq: "asc" },
      take: batchSize,
    });
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.seq;
  }
}

export function presentAuditEvent(row: AuditRow): AuditEvent {
  return {
    seq: String(row.seq),
    occurredAt: row.occurredAt.toISOString(),
    actor: row.actor ? { id: row.actor.id, name: row.actor.name, email: row.actor.email } : null,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    articleId: row.articleId,
    claimId: row.claimId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    hash: row.hash,
  };
}

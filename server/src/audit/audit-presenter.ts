// Reads audit events with the user who acted, and shapes them as the API's AuditEvent. The page
// (GET /audit) and the export (GET /audit.csv) share the filters (audit-filter-sql.ts); the page
// also joins what the event is about (article title, claim excerpt) in the same statement. Plain
// SQL, because Prisma has no relation from an event to its claim to join: a claim merged away is
// deleted while its events stay.
import type { AuditEvent, AuditFeedEvent } from "@claimdesk/shared";
import { userRef } from "../claims/claim-presenter.ts";
import type { Prisma } from "../db/generated/client.ts";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import { AppError } from "../http/app-error.ts";
import { auditFilterConditions, whereClause } from "./audit-filter-sql.ts";
import { claimExcerpt, EXCERPT_LENGTH } from "./claim-excerpt.ts";

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

const EVENT_COLUMNS = `e.seq, e.occurred_at AS "occurredAt", e.actor_id::text AS "actorId", e.action,
  e.entity_type AS "entityType", e.entity_id AS "entityId", e.article_id::text AS "articleId",
  e.claim_id::text AS "claimId", e.before, e.after, e.request_id AS "requestId", e.prev_hash AS "prevHash", e.hash,
  u.name AS "actorName", u.email AS "actorEmail"`;

type EventRow = Omit<AuditRow, "actor"> & { actorName: string | null; actorEmail: string | null };

function toAuditRow({ actorName, actorEmail, ...event }: EventRow): AuditRow {
  return { ...event, actor: userRef(event.actorId, actorName, actorEmail) };
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

/**
 * Newest first: `before` is the seq of the last event already shown. One statement: the actor,
 * the article's title and the claim's wording are joined, never looked up per event. A claim merged
 * away is deleted, so its wording falls back to the one the event recorded (merge_away keeps it).
 * One character past the excerpt is read, so claimExcerpt can tell a cut quote from a whole one.
 */
export async function loadAuditPage(
  db: SqlTarget,
  filter: AuditFilter,
  page: { before: bigint | undefined; limit: number },
): Promise<{ items: AuditFeedEvent[]; nextCursor: string | null }> {
  const values: unknown[] = [];
  const conditions = auditFilterConditions(filter, values);
  if (page.before !== undefined) conditions.push(`e.seq < $${values.push(String(page.before))}::bigint`);
  const rows = await sqlRows<EventRow & { articleTitle: string | null; claimQuote: string | null }>(
    db,
    `SELECT ${EVENT_COLUMNS}, a.title AS "articleTitle",
       left(regexp_replace(btrim(COALESCE(c.quote, e.after->>'quote', e.before->>'quote')), '\\s+', ' ', 'g'),
            ${EXCERPT_LENGTH + 1}) AS "claimQuote"
     FROM audit_events e
       LEFT JOIN users u ON u.id = e.actor_id
       LEFT JOIN articles a ON a.id = e.article_id
       LEFT JOIN claims c ON c.id = e.claim_id
     ${whereClause(conditions)}
     ORDER BY e.seq DESC
     LIMIT $${values.push(page.limit + 1)}`,
    values,
  );
  const items = rows.slice(0, page.limit);
  return {
    items: items.map(({ articleTitle, claimQuote, ...row }) => ({
      ...presentAuditEvent(toAuditRow(row)),
      articleTitle,
      claimExcerpt: row.claimId === null ? null : claimExcerpt(claimQuote),
    })),
    nextCursor: rows.length > page.limit ? String(items[items.length - 1]!.seq) : null,
  };
}

/** Oldest first, in batches, so an export of the whole log never holds it all in memory. */
export async function* streamAuditRows(
  db: SqlTarget,
  filter: AuditFilter,
  batchSize = 1_000,
): AsyncGenerator<AuditRow[]> {
  let after: string | undefined;
  for (;;) {
    const values: unknown[] = [];
    const conditions = auditFilterConditions(filter, values);
    if (after !== undefined) conditions.push(`e.seq > $${values.push(after)}::bigint`);
    const rows = await sqlRows<EventRow>(
      db,
      `SELECT ${EVENT_COLUMNS}
       FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
       ${whereClause(conditions)}
       ORDER BY e.seq
       LIMIT $${values.push(batchSize)}`,
      values,
    );
    if (rows.length > 0) yield rows.map(toAuditRow);
    if (rows.length < batchSize) return;
    after = String(rows[rows.length - 1]!.seq);
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

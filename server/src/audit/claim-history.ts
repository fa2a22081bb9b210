// One claim's history, oldest first: every reviewer opens it, so it is one plain SQL statement.
// A claim merged into another is gone: its events stay in the log but it has no history page.
import type { AuditEvent } from "@claimdesk/shared";
import { userRef } from "../claims/claim-presenter.ts";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import { presentAuditEvent, type AuditRow } from "./audit-presenter.ts";

const CLAIM_HISTORY = `
  SELECT e.seq, e.occurred_at AS "occurredAt", e.actor_id::text AS "actorId", e.action, e.entity_type AS "entityType",
    e.entity_id AS "entityId", e.article_id::text AS "articleId", e.claim_id::text AS "claimId", e.before, e.after,
    e.request_id AS "requestId", e.prev_hash AS "prevHash", e.hash,
    u.name AS "actorName", u.email AS "actorEmail"
  FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
  WHERE e.claim_id = $1::uuid AND EXISTS (SELECT 1 FROM claims c WHERE c.id = $1::uuid)
  ORDER BY e.seq`;

type HistoryRow = Omit<AuditRow, "actor"> & { actorName: string | null; actorEmail: string | null };

export async function loadClaimHistory(db: SqlTarget, claimId: string): Promise<AuditEvent[]> {
  const rows = await sqlRows<HistoryRow>(db, CLAIM_HISTORY, [claimId]);
  return rows.map(({ actorName, actorEmail, ...event }) =>
    presentAuditEvent({
      ...event,
      actor: userRef(event.actorId, actorName, actorEmail),
    }),
  );
}

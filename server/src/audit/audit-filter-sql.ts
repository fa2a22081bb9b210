// The audit filters as SQL conditions on `audit_events e`, for the page (GET /audit) and the CSV
// export alike, so the two always select the same events.
import type { AuditFilter } from "./audit-presenter.ts";

/**
 * Appends the filter's values to `values` and returns the matching conditions, each with its own
 * placeholder. Only the filters given appear, so each combination is its own statement text and
 * PostgreSQL plans it with the index that fits (a catch-all `$1 IS NULL OR …` plans for none).
 */
export function auditFilterConditions(filter: AuditFilter, values: unknown[]): string[] {
  const conditions: string[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  if (filter.actorId) conditions.push(`e.actor_id = ${param(filter.actorId)}::uuid`);
  if (filter.articleId) conditions.push(`e.article_id = ${param(filter.articleId)}::uuid`);
  if (filter.claimId) conditions.push(`e.claim_id = ${param(filter.claimId)}::uuid`);
  if (filter.action?.endsWith(".*")) {
    conditions.push(`e.action LIKE ${param(`${escapeLike(filter.action.slice(0, -1))}%`)} ESCAPE '\\'`);
  } else if (filter.action) {
    conditions.push(`e.action = ${param(filter.action)}`);
  }
  // From inclusive, to exclusive, so consecutive ranges never count an event twice.
  if (filter.from) conditions.push(`e.occurred_at >= ${param(filter.from)}::timestamptz`);
  if (filter.to) conditions.push(`e.occurred_at < ${param(filter.to)}::timestamptz`);
  return conditions;
}

/** A family's "_" or "%" ("claim_merge.*", "%.*") is itself, not a LIKE wildcard. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

export function whereClause(conditions: readonly string[]): string {
  return conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
}

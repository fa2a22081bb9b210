// The audit log as CSV (RFC 4180) for spreadsheets. Cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) get a leading apostrophe, so an
// exported note or claim text cannot execute anything on the reader's machine.
import type { AuditRow } from "./audit-presenter.ts";

export const AUDIT_CSV_COLUMNS = [
  "seq",
  "occurred_at",
  "actor_id",
  "actor_name",
  "actor_email",
  "action",
  "entity_type",
  "entity_id",
  "article_id",
  "claim_id",
  "before",
  "after",
  "request_id",
  "hash",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: Array<string | null | undefined>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function auditCsvHeader(): string {
  return csvLine([...AUDIT_CSV_COLUMNS]);
}

export function auditCsvRow(row: AuditRow): string {
  return csvLine([
    String(row.seq),
    row.occurredAt.toISOString(),
    row.actorId,
    row.actor?.name,
    row.actor?.email,
    row.action,
    row.entityType,
    row.entityId,
    row.articleId,
    row.claimId,
    row.before === null ? "" : JSON.stringify(row.before),
    row.after === null ? "" : JSON.stringify(row.after),
    row.requestId,
    row.hash,
  ]);
}

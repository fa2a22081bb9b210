// The fields a claim change may write, and the one UPDATE statement that writes them together
// with the version bump. Column names come from this fixed table, never from input.
import type { Claim as ClaimScalars } from "../db/generated/client.ts";

const COLUMNS = {
  startOffset: "start_offset",
  endOffset: "end_offset",
  quote: "quote",
  prefix: "prefix",
  suffix: "suffix",
  anchorStatus: "anchor_status",
  text: "text",
  kind: "kind",
  claimant: "claimant",
  verdict: "verdict",
  rationale: "rationale",
  verdictById: "verdict_by_id",
  verdictAt: "verdict_at",
  approvedById: "approved_by_id",
  approvedAt: "approved_at",
  needsReReview: "needs_re_review",
  dismissedAt: "dismissed_at",
  assigneeId: "assignee_id",
} as const satisfies Partial<Record<keyof ClaimScalars, string>>;

export type ClaimUpdate = Partial<Pick<ClaimScalars, keyof typeof COLUMNS>>;

export function claimUpdateStatement(
  claimId: string,
  expectedVersion: number,
  update: ClaimUpdate,
): { text: string; values: unknown[] } {
  const values: unknown[] = [claimId, expectedVersion];
  const sets = ["version = version + 1", "updated_at = now()"];
  for (const [field, value] of Object.entries(update) as Array<[keyof typeof COLUMNS, unknown]>) {
    if (value === undefined) continue;
    values.push(value);
    // Untyped parameters: PostgreSQL takes each one's type (enum, uuid, timestamptz) from its column.
    sets.push(`${COLUMNS[field]} = $${values.length}`);
  }
  return { text: `UPDATE claims SET ${sets.join(", ")} WHERE id = $1::uuid AND version = $2 RETURNING *`, values };
}

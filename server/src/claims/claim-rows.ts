// Loading claims as the API shows them, in plain SQL: the claim's columns under their Prisma
// names, the three users it refers to, its live source and note counts and its 1-based position
// in text order (by start, then end, then id, so ties are stable). One statement per claim or per
// article, instead of an ORM query plus a count per claim.
import type { Claim } from "@claimdesk/shared";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import { notFound } from "../http/app-error.ts";
import { presentClaim, userRef, type ClaimRow } from "./claim-presenter.ts";

/** The claim's own columns under their Prisma field names. */
const SCALAR_COLUMNS = `
  c.id::text AS "id", c.article_id::text AS "articleId", c.start_offset AS "startOffset",
  c.end_offset AS "endOffset", c.quote, c.prefix, c.suffix, c.anchor_status::text AS "anchorStatus",
  c.text, c.kind::text AS "kind", c.factual_score AS "factualScore", c.checkworthy_score AS "checkworthyScore",
  c.details, c.claimant, c.origin::text AS "origin", c.verdict::text AS "verdict", c.rationale,
  c.verdict_by_id::text AS "verdictById", c.verdict_at AS "verdictAt", c.approved_by_id::text AS "approvedById",
  c.approved_at AS "approvedAt", c.needs_re_review AS "needsReReview", c.dismissed_at AS "dismissedAt",
  c.assignee_id::text AS "assigneeId", c.created_by_id::text AS "createdById", c.version,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

const LIVE_SOURCE_COUNT = `(SELECT count(*)::int FROM sources s WHERE s.claim_id = c.id AND s.deleted_at IS NULL)`;

const CLAIM_COLUMNS = `${SCALAR_COLUMNS},
  vb.name AS "verdictByName", vb.email AS "verdictByEmail",
  ab.name AS "approvedByName", ab.email AS "approvedByEmail",
  asg.name AS "assigneeName", asg.email AS "assigneeEmail",
  ${LIVE_SOURCE_COUNT} AS "sourceCount",
  (SELECT count(*)::int FROM notes n WHERE n.claim_id = c.id AND n.deleted_at IS NULL) AS "noteCount"`;

const CLAIM_JOINS = `
  LEFT JOIN users vb ON vb.id = c.verdict_by_id
  LEFT JOIN users ab ON ab.id = c.approved_by_id
  LEFT JOIN users asg ON asg.id = c.assignee_id`;

// The claim's own row is left out of its count: after an UPDATE in the same statement, the table
// still shows the claim's old span, which may sort before its new one.
const CLAIM_NUMBER = `
  (SELECT count(*)::int + 1 FROM claims o WHERE o.article_id = c.article_id AND o.id <> c.id
    AND (o.start_offset, o.end_offset, o.id) < (c.start_offset, c.end_offset, c.id)) AS "number"`;

const CLAIM_BY_ID = `
  SELECT ${CLAIM_COLUMNS}, ${CLAIM_NUMBER}
  FROM claims c ${CLAIM_JOINS}
  WHERE c.id = $1::uuid`;

const CLAIMS_OF_ARTICLE = `
  SELECT ${CLAIM_COLUMNS},
    row_number() OVER (ORDER BY c.start_offset, c.end_offset, c.id)::int AS "number"
  FROM claims c ${CLAIM_JOINS}
  WHERE c.article_id = $1::uuid
  ORDER BY c.start_offset, c.end_offset, c.id`;

type SqlClaim = Omit<ClaimRow, "verdictBy" | "approvedBy" | "assignee" | "_count"> & {
  verdictByName: string | null;
  verdictByEmail: string | null;
  approvedByName: string | null;
  approvedByEmail: string | null;
  assigneeName: string | null;
  assigneeEmail: string | null;
  sourceCount: number;
  noteCount: number;
  number: number;
};

export interface NumberedClaimRow {
  row: ClaimRow;
  number: number;
}

function toClaimRow(r: SqlClaim): NumberedClaimRow {
  const {
    verdictByName,
    verdictByEmail,
    approvedByName,
    approvedByEmail,
    assigneeName,
    assigneeEmail,
    sourceCount,
    noteCount,
    number,
    ...scalars
  } = r;
  return {
    row: {
      ...scalars,
      verdictBy: userRef(r.verdictById, verdictByName, verdictByEmail),
      approvedBy: userRef(r.approvedById, approvedByName, approvedByEmail),
      assignee: userRef(r.assigneeId, assigneeName, assigneeEmail),
      _count: { sources: sourceCount, notes: noteCount },
    },
    number,
  };
}

/**
 * A claim as a change needs it: its own columns. No count of its sources: one read in this
 * statement would come from the snapshot taken before the lock was awaited, and miss a source
 * added or removed meanwhile; a verdict counts them with liveSourceCount once the lock is held.
 */
export type ClaimState = Omit<ClaimRow, "verdictBy" | "approvedBy" | "assignee" | "_count">;

// Locked from the first read: a change is decided on this state, so a source removal that starts
// meanwhile waits and then sees the new verdict.
const CLAIM_STATE = `SELECT ${SCALAR_COLUMNS} FROM claims c WHERE c.id = $1::uuid FOR NO KEY UPDATE`;

/**
 * The claim's live sources counted by a statement of its own. Read after the claim row is locked,
 * it sees a source added or removed by a transaction that committed while the lock was awaited.
 */
export async function liveSourceCount(db: SqlTarget, claimId: string): Promise<number> {
  const [row] = await sqlRows<{ n: number }>(
    db,
    "SELECT count(*)::int AS n FROM sources WHERE claim_id = $1::uuid AND deleted_at IS NULL",
    [claimId],
  );
  return row?.n ?? 0;
}

/** The claim before a change: one row of one table, cheap to plan inside a transaction's first message. */
export async function findClaimState(db: SqlTarget, id: string): Promise<ClaimState | null> {
  const [found] = await sqlRows<ClaimState>(db, CLAIM_STATE, [id]);
  return found ?? null;
}

async function findClaimRow(db: SqlTarget, id: string): Promise<NumberedClaimRow | null> {
  const [found] = await sqlRows<SqlClaim>(db, CLAIM_BY_ID, [id]);
  return found ? toClaimRow(found) : null;
}

/**
 * Runs an UPDATE of one claim (the statement must end in `RETURNING *`) and reads the updated
 * claim back in the same statement; null when the UPDATE matched no row.
 */
export async function updateClaimRow(
  client: SqlTarget,
  update: { text: string; values: unknown[] },
): Promise<NumberedClaimRow | null> {
  const [found] = await sqlRows<SqlClaim>(
    client,
    `WITH c AS (${update.text}) SELECT ${CLAIM_COLUMNS}, ${CLAIM_NUMBER} FROM c ${CLAIM_JOINS}`,
    update.values,
  );
  return found ? toClaimRow(found) : null;
}

export async function loadClaimRow(db: SqlTarget, id: string): Promise<NumberedClaimRow> {
  const found = await findClaimRow(db, id);
  if (!found) throw notFound("claim", id);
  return found;
}

export async function presentLoadedClaim(db: SqlTarget, id: string): Promise<Claim> {
  const { row, number } = await loadClaimRow(db, id);
  return presentClaim(row, number);
}

/** Every claim of one article in text order, numbered 1…n. */
export async function listArticleClaims(db: SqlTarget, articleId: string): Promise<Claim[]> {
  const rows = await sqlRows<SqlClaim>(db, CLAIMS_OF_ARTICLE, [articleId]);
  return rows.map((r) => {
    const { row, number } = toClaimRow(r);
    return presentClaim(row, number);
  });
}

// Checks the audit log's hash chain from the first event to the last. The hashes are recomputed
// here, in JavaScript, from the stored fields: calling the database's own audit_event_content()
// would let whoever can replace that function also make a tampered log look whole.
// The content rebuilt here must stay byte for byte what the trigger in the first migration hashes.
import crypto from "node:crypto";
import type pg from "pg";
import type { ChainVerification } from "@claimdesk/shared";

/** What the first event links to: there is no event before it. */
export const GENESIS_HASH = "0".repeat(64);

/** Events read per query: enough to be fast, few enough that a million events never sit in memory at once. */
export const VERIFY_BATCH_SIZE = 5_000;

/** One stored event with every hashed field already as the text the trigger used. */
export interface ChainRow {
  seq: string;
  occurred_at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  article_id: string | null;
  claim_id: string | null;
  before: string | null;
  after: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

// Only casts and formatting happen in SQL; the content and its hash are built below.
const SELECT_COLUMNS = `
  SELECT seq::text AS seq,
         to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
         actor_id::text AS actor_id, action, entity_type, entity_id,
         article_id::text AS article_id, claim_id::text AS claim_id,
         before::text AS before, after::text AS after,
         request_id, prev_hash, hash
  FROM audit_events`;
// The first batch has no lower bound: the trigger numbers events from 1, so a row with seq 0 or
// below can only have been inserted by hand, and starting "after 0" would never read it.
// (audit_events.seq is the table's bigint, not the text column of the same name above.)
const SELECT_FIRST_BATCH = `${SELECT_COLUMNS}
  ORDER BY audit_events.seq
  LIMIT $1`;
const SELECT_NEXT_BATCH = `${SELECT_COLUMNS}
  WHERE audit_events.seq > $1::bigint
  ORDER BY audit_events.seq
  LIMIT $2`;

/**
 * The text an event's hash covers: each field as `<length in UTF-8 bytes>:<text>`, joined by "|".
 * The length prefix means no two different events can produce the same text, whatever they contain.
 */
export function auditEventContent(row: Omit<ChainRow, "hash">): string {
  const fields = [
    row.seq,
    row.occurred_at,
    row.actor_id ?? "",
    row.action,
    row.entity_type,
    row.entity_id,
    row.article_id ?? "",
    row.claim_id ?? "",
    row.before ?? "null",
    row.after ?? "null",
    row.request_id ?? "",
    row.prev_hash,
  ];
  return fields.map((field) => `${Buffer.byteLength(field, "utf8")}:${field}`).join("|");
}

export function auditEventHash(row: Omit<ChainRow, "hash">): string {
  return crypto.createHash("sha256").update(auditEventContent(row), "utf8").digest("hex");
}

/**
 * Walks the chain in seq order. Stops at the first break, since everything after a break is
 * suspect anyway, and says in words what the break means. Events appended while it runs are
 * checked too if they arrive before the end: the log only grows at the end, so that is safe.
 */
export async function verifyAuditChain(pool: pg.Pool, batchSize = VERIFY_BATCH_SIZE): Promise<ChainVerification> {
  const checker = new ChainChecker();
  let lastSeq: string | null = null;
  for (;;) {
    const rows = await readBatch(pool, lastSeq, batchSize);
    for (const row of rows) {
      const broken = checker.check(row);
      if (broken) return { ok: false, checked: checker.checked, firstBroken: broken };
    }
    if (rows.length < batchSize) break;
    lastSeq = rows[rows.length - 1]!.seq;
  }
  return { ok: true, checked: checker.checked, firstBroken: null };
}

/** The events after `lastSeq`, or from the very lowest seq when it is null. */
async function readBatch(pool: pg.Pool, lastSeq: string | null, batchSize: number): Promise<ChainRow[]> {
  const { rows } =
    lastSeq === null
      ? await pool.query<ChainRow>(SELECT_FIRST_BATCH, [batchSize])
      : await pool.query<ChainRow>(SELECT_NEXT_BATCH, [lastSeq, batchSize]);
  return rows;
}

/** The chain rules, one event at a time, so they can be tested without a database. */
export class ChainChecker {
  /** Events found intact so far. */
  checked = 0;
  private previousSeq = 0n;
  private previousHash = GENESIS_HASH;

  check(row: ChainRow): { seq: string; reason: string } | null {
    const seq = BigInt(row.seq);
    const expectedSeq = this.previousSeq + 1n;
    if (seq < 1n) {
      return {
        seq: row.seq,
        reason: `seq ${seq} comes before seq 1, where the log starts: the event was inserted by hand, outside the log's trigger.`,
      };
    }
    if (seq !== expectedSeq) {
      const missing =
        seq > expectedSeq
          ? seq - expectedSeq === 1n
            ? `seq ${expectedSeq} is missing`
            : `seqs ${expectedSeq} to ${seq - 1n} are missing`
          : null;
      return {
        seq: String(expectedSeq),
        reason: missing
          ? `${missing}: the event was deleted from the log (event ${seq} follows event ${this.previousSeq}).`
          : `seq ${seq} appears after event ${this.previousSeq}: events were reordered or duplicated.`,
      };
    }
    if (row.hash !== auditEventHash(row)) {
      return { seq: row.seq, reason: "hash does not match its content: the event was altered after it was written." };
    }
    if (row.prev_hash !== this.previousHash) {
      return {
        seq: row.seq,
        reason:
          seq === 1n
            ? "prev_hash of the first event is not the genesis value (64 zeros): earlier events were removed."
            : `prev_hash does not match event ${this.previousSeq}'s hash: an event was removed, replaced or reordered.`,
      };
    }
    this.previousSeq = seq;
    this.previousHash = row.hash;
    this.checked++;
    return null;
  }
}

// The verifier against a real chain written by the database trigger: intact, then tampered with
// the way someone with superuser rights could (switching the append-only trigger off first).
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { auditEventHash, ChainChecker, GENESIS_HASH, verifyAuditChain, type ChainRow } from "./audit-chain.ts";
import { recordAuditEvent } from "./record-audit-event.ts";

const SYSTEM = { userId: null, requestId: "test" };
let db: TestDatabase | undefined;

afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function withEvents(count: number): Promise<TestDatabase> {
  db = await createTestDatabase();
  for (let i = 1; i <= count; i++) {
    await db.prisma.$transaction((tx) =>
      recordAuditEvent(tx, SYSTEM, {
        action: "note.create",
        entityType: "note",
        entityId: `note-${i}`,
        // Multi-byte text and nested JSON: the byte lengths and jsonb's own text form must match.
        after: { body: `Ünïcødé ✓ 🎉 #${i}`, n: i, nested: { b: [1, 2.5, null], a: "x|y:z" } },
        before: i % 2 ? null : { body: "old" },
      }),
    );
  }
  return db;
}

async function superuser(database: TestDatabase, sql: string): Promise<void> {
  await database.pool.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete");
  try {
    await database.pool.query(sql);
  } finally {
    await database.pool.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete");
  }
}

describe("verifyAuditChain", () => {
  it("accepts an empty log", async () => {
    db = await createTestDatabase();
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, checked: 0, firstBroken: null });
  });

  it("recomputes the same hashes as the database trigger, across batch boundaries", async () => {
    const database = await withEvents(7);
    expect(await verifyAuditChain(database.pool, 3)).toEqual({ ok: true, checked: 7, firstBroken: null });
    const first = await database.pool.query<{ prev_hash: string }>("SELECT prev_hash FROM audit_events WHERE seq = 1");
    expect(first.rows[0]!.prev_hash).toBe(GENESIS_HASH);
  });

  it("reports an event whose content was altered", async () => {
    const database = await withEvents(5);
    await superuser(database, `UPDATE audit_events SET after = '{"body": "forged"}' WHERE seq = 3`);
    const result = await verifyAuditChain(database.pool, 2);
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(2);
    expect(result.firstBroken).toEqual({
      seq: "3",
      reason: expect.stringContaining("hash does not match its content"),
    });
  });

  it("reports an altered event even when its own hash was recomputed, at the next link", async () => {
    const database = await withEvents(5);
    await superuser(
      database,
      `UPDATE audit_events SET after = '{"body": "forged"}' WHERE seq = 3;
       UPDATE audit_events SET hash = encode(sha256(convert_to(audit_event_content(audit_events), 'UTF8')), 'hex') WHERE seq = 3`,
    );
    const result = await verifyAuditChain(database.pool);
    expect(result.firstBroken).toEqual({
      seq: "4",
      reason: expect.stringContaining("prev_hash does not match event 3's hash"),
    });
  });

  it("reports a deleted event as a missing seq", async () => {
    const database = await withEvents(5);
    await superuser(database, "DELETE FROM audit_events WHERE seq = 2");
    const result = await verifyAuditChain(database.pool);
    expect(result).toEqual({
      ok: false,
      checked: 1,
      firstBroken: { seq: "2", reason: expect.stringContaining("seq 2 is missing") },
    });
  });

  it("reports a deleted first event", async () => {
    const database = await withEvents(3);
    await superuser(database, "DELETE FROM audit_events WHERE seq = 1");
    const result = await verifyAuditChain(database.pool);
    expect(result.firstBroken).toEqual({ seq: "1", reason: expect.stringContaining("seq 1 is missing") });
  });

  it("reports an event slipped in before the first one, with the chain trigger switched off", async () => {
    const database = await withEvents(2);
    // The trigger numbers events from 1; seq 0 can only come from someone bypassing it.
    await database.pool.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain");
    try {
      await database.pool.query(
        `INSERT INTO audit_events (seq, action, entity_type, entity_id, after, prev_hash, hash)
         VALUES (0, 'claim.verdict', 'claim', 'forged', '{"verdict": "true"}', '', 'forged')`,
      );
    } finally {
      await database.pool.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_chain");
    }
    const result = await verifyAuditChain(database.pool);
    expect(result).toEqual({
      ok: false,
      checked: 0,
      firstBroken: { seq: "0", reason: expect.stringContaining("inserted by hand") },
    });
  });

  it("reports a deleted event whose successors were renumbered to hide the gap", async () => {
    const database = await withEvents(4);
    await superuser(
      database,
      // The UPDATE on seq needs a temporary gap-free shift; the unique hash index is unaffected.
      "DELETE FROM audit_events WHERE seq = 2; UPDATE audit_events SET seq = seq - 1 WHERE seq > 2",
    );
    const result = await verifyAuditChain(database.pool);
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.seq).toBe("2");
  });
});

describe("the append-only triggers", () => {
  /** The embedded database's socket drops the connection after an error; the pool reconnects on the query after. */
  async function expectRefused(database: TestDatabase, sql: string, message: string): Promise<void> {
    await expect(database.pool.query(sql)).rejects.toThrow(message);
    await database.pool.query("SELECT 1").catch(() => undefined);
  }

  it("reject UPDATE, DELETE and TRUNCATE", async () => {
    const database = await withEvents(2);
    await expectRefused(
      database,
      `UPDATE audit_events SET action = 'x' WHERE seq = 1`,
      "audit_events is append-only: UPDATE is not allowed",
    );
    await expectRefused(
      database,
      "DELETE FROM audit_events WHERE seq = 1",
      "audit_events is append-only: DELETE is not allowed",
    );
    await expectRefused(database, "TRUNCATE audit_events", "audit_events is append-only: TRUNCATE is not allowed");
    expect(await verifyAuditChain(database.pool)).toEqual({ ok: true, checked: 2, firstBroken: null });
  });
});

describe("concurrent writers", () => {
  it("never fork the chain", async () => {
    db = await createTestDatabase({ poolSize: 20 });
    const database = db;
    await Promise.all(
      Array.from({ length: 20 }, (_, writer) =>
        database.prisma.$transaction(async (tx) => {
          for (let i = 0; i < 3; i++) {
            await recordAuditEvent(tx, SYSTEM, {
              action: "claim.update",
              entityType: "claim",
              entityId: `w${writer}-${i}`,
              after: { i },
            });
          }
        }),
      ),
    );
    const result = await verifyAuditChain(database.pool);
    expect(result).toEqual({ ok: true, checked: 60, firstBroken: null });
  });

  it("leaves no gap when a writer rolls back", async () => {
    const database = await withEvents(1);
    await expect(
      database.prisma.$transaction(async (tx) => {
        await recordAuditEvent(tx, SYSTEM, { action: "claim.update", entityType: "claim", entityId: "gone" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await database.prisma.$transaction((tx) =>
      recordAuditEvent(tx, SYSTEM, { action: "claim.update", entityType: "claim", entityId: "kept" }),
    );
    expect(await verifyAuditChain(database.pool)).toEqual({ ok: true, checked: 2, firstBroken: null });
  });
});

describe("ChainChecker", () => {
  const row = (seq: number, prev: string): ChainRow => {
    const base = {
      seq: String(seq),
      occurred_at: "2025-03-28T10:00:00.000Z",
      actor_id: null,
      action: "a",
      entity_type: "claim",
      entity_id: "c",
      article_id: null,
      claim_id: null,
      before: null,
      after: null,
      request_id: null,
      prev_hash: prev,
    };
    return { ...base, hash: auditEventHash(base) };
  };

  it("follows a chain built in memory", () => {
    const checker = new ChainChecker();
    const first = row(1, GENESIS_HASH);
    const second = row(2, first.hash);
    expect(checker.check(first)).toBeNull();
    expect(checker.check(second)).toBeNull();
    expect(checker.checked).toBe(2);
  });

  it("names a run of missing seqs", () => {
    const checker = new ChainChecker();
    const first = row(1, GENESIS_HASH);
    checker.check(first);
    expect(checker.check(row(5, first.hash))?.reason).toContain("seqs 2 to 4 are missing");
  });

  it("rejects a first event that does not start from the genesis hash", () => {
    expect(new ChainChecker().check(row(1, "f".repeat(64)))?.reason).toContain("genesis");
  });
});

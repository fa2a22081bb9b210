// The verifier over a log of 100,000 events written by the real chain trigger: how long an admin
// waits (printed, not asserted: the machine varies), and that a row altered by SQL in the middle
// is found at its own seq.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { verifyAuditChain } from "./audit-chain.ts";

// 100,000 on PostgreSQL (about 25 s to write); the embedded database writes them ten times slower,
// so the default suite uses 20,000 there. AUDIT_VOLUME_EVENTS=100000 gives the full figure anyway.
const EVENTS = Number(process.env.AUDIT_VOLUME_EVENTS) || (process.env.TEST_DATABASE_URL ? 100_000 : 20_000);
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  // One statement; the BEFORE INSERT trigger still numbers and chains every row.
  await db.pool.query(
    `INSERT INTO audit_events (action, entity_type, entity_id, after, request_id, prev_hash, hash)
     SELECT 'note.add', 'note', 'note-' || i,
            jsonb_build_object('body', 'Ünïcødé note ✓ #' || i, 'n', i), 'volume', '', 'pending:' || i
     FROM generate_series(1, $1::int) AS i`,
    [EVENTS],
  );
}, 600_000);
afterAll(() => db?.close());

describe(`verifying ${EVENTS.toLocaleString("en")} events`, () => {
  it("finds the chain intact, and says how long it took", async () => {
    const started = performance.now();
    const result = await verifyAuditChain(db.pool);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `audit chain: ${result.checked} events verified in ${seconds.toFixed(2)} s ` +
        `(${Math.round(result.checked / seconds).toLocaleString("en")} events/s, ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded PGlite"})`,
    );
    expect(result).toEqual({ ok: true, checked: EVENTS, firstBroken: null });
  });

  it("names the one row altered in the middle", async () => {
    const middle = Math.floor(EVENTS / 2);
    await db.pool.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete");
    try {
      await db.pool.query(`UPDATE audit_events SET after = jsonb_set(after, '{body}', '"forged"') WHERE seq = $1`, [
        middle,
      ]);
    } finally {
      await db.pool.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete");
    }
    const result = await verifyAuditChain(db.pool);
    expect(result).toEqual({
      ok: false,
      checked: middle - 1,
      firstBroken: { seq: String(middle), reason: expect.stringContaining("altered") },
    });
  });
});

// Our own transactions: statements deferred to the COMMIT message commit with the work or not at
// all, and values inlined as literals come back exactly as they went in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { sqlRows, withTransaction } from "./sql.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query("CREATE TABLE sql_probe (id int PRIMARY KEY, label text, at timestamptz, flag boolean)");
});

afterAll(() => db?.close());

const labels = async () =>
  (await db.pool.query<{ label: string }>("SELECT label FROM sql_probe ORDER BY id")).rows.map((r) => r.label);

describe("withTransaction", () => {
  it("sends deferred statements with COMMIT, in order, with every value quoted exactly", async () => {
    const hostile = `it's a \\ back'slash; DROP TABLE sql_probe; -- "quoted" $1 ✓ 🇨🇴`;
    const at = new Date("2025-03-28T12:34:56.789Z");
    await withTransaction(db.pool, async (tx) => {
      await sqlRows(tx, "INSERT INTO sql_probe (id, label) VALUES ($1, $2)", [1, "during the work"]);
      tx.atCommit("INSERT INTO sql_probe (id, label, at, flag) VALUES ($1, $2, $3, $4)", [2, hostile, at, true]);
      tx.atCommit("INSERT INTO sql_probe (id, label) VALUES ($1, $2)", [3, null]);
    });
    const rows = (await db.pool.query("SELECT id, label, at, flag FROM sql_probe ORDER BY id")).rows;
    expect(rows).toEqual([
      { id: 1, label: "during the work", at: null, flag: null },
      { id: 2, label: hostile, at, flag: true },
      { id: 3, label: null, at: null, flag: null },
    ]);
  });

  it("rolls the whole transaction back when a deferred statement fails at commit", async () => {
    const before = await labels();
    await expect(
      withTransaction(db.pool, async (tx) => {
        await sqlRows(tx, "INSERT INTO sql_probe (id, label) VALUES ($1, $2)", [10, "must not stay"]);
        tx.atCommit("INSERT INTO sql_probe (id, label) VALUES ($1, $2)", [1, "duplicate key"]);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await labels()).toEqual(before);
    // The connection went back to the pool usable, outside any transaction.
    expect((await db.pool.query("SELECT 1 AS ok")).rows).toEqual([{ ok: 1 }]);
  });

  it("sends BEGIN with the first statement: a later failure still undoes that statement", async () => {
    const before = await labels();
    await expect(
      withTransaction(db.pool, async (tx) => {
        const [row] = await sqlRows<{ id: number }>(
          tx,
          "INSERT INTO sql_probe (id, label) VALUES ($1, $2) RETURNING id",
          [30, "first, with BEGIN"],
        );
        expect(row).toEqual({ id: 30 });
        await sqlRows(tx, "INSERT INTO sql_probe (id, label) VALUES ($1, $2)", [30, "duplicate key"]);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await labels()).toEqual(before);
  });

  it("rolls back when the work throws, and never sends the deferred statements", async () => {
    const before = await labels();
    await expect(
      withTransaction(db.pool, async (tx) => {
        await sqlRows(tx, "INSERT INTO sql_probe (id, label) VALUES ($1, $2)", [20, "must not stay"]);
        tx.atCommit("INSERT INTO sql_probe (id, label) VALUES ($1, $2)", [21, "never sent"]);
        throw new Error("refused by a rule");
      }),
    ).rejects.toThrow("refused by a rule");
    expect(await labels()).toEqual(before);
  });
});

describe("sqlRows on the pool, as named prepared statements", () => {
  it("passes strings, dates, booleans, nulls and arrays exactly, empty arrays included", async () => {
    const hostile = `o'clock \\ "x" $2 🇨🇴`;
    const at = new Date("2025-03-28T01:02:03.004Z");
    const [row] = await sqlRows<{ s: string; at: Date; b: boolean; n: null; ids: number[]; none: number[] }>(
      db.pool,
      "SELECT $1::text AS s, $2::timestamptz AS at, $3::boolean AS b, $4::text AS n, $5::int[] AS ids, $6::int[] AS none",
      [hostile, at, false, null, [3, 1, 2], []],
    );
    expect(row).toEqual({ s: hostile, at, b: false, n: null, ids: [3, 1, 2], none: [] });
  });
});

describe("named prepared statements across connections", () => {
  it("still run after the pool replaced its connection (idle timeout, a failed client)", async () => {
    const statement = "SELECT $1::int + 1 AS next";
    expect(await sqlRows(db.pool, statement, [1])).toEqual([{ next: 2 }]);
    // The pool closes idle connections and drops failed ones; the next query gets a new connection.
    // The embedded database is one session behind every connection, so it still holds the statement
    // the old connection prepared; a new connection that prepares it again must not fail.
    const client = await db.pool.connect();
    client.release(true);
    expect(await sqlRows(db.pool, statement, [2])).toEqual([{ next: 3 }]);
    expect(await sqlRows(db.pool, statement, [3])).toEqual([{ next: 4 }]);
  });
});

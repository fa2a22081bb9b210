// Upgrading a database that holds sources written without an address key, while the column was
// optional: the migrations key them and then make the column NOT NULL without failing. A live one
// at an address its claim already has under a key gets a key of its own; the stored keys stay as
// they were (decision 190).
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { duplicateAddressKey } from "../sources/backfill-source-address-keys.ts";
import { migrate, readMigrations } from "./migrate.ts";

const FILLED = "20261129094030_source_address_key_filled";
const REQUIRED = "20261129094055_source_address_key_required";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  await migrate(
    db.pool,
    readMigrations().filter((m) => m.name < FILLED),
  );
});
afterAll(() => db?.close());

async function newClaim(articleId: string): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO claims (id, article_id, start_offset, end_offset, quote, text, updated_at)
     VALUES (gen_random_uuid(), $1::uuid, 0, 12, 'Exports rose', 'Exports rose', now()) RETURNING id::text`,
    [articleId],
  );
  return rows[0]!.id;
}

async function newSource(
  claimId: string,
  url: string,
  createdAt: string,
  { key = null, removed = false }: { key?: string | null; removed?: boolean } = {},
): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO sources (id, claim_id, url, address_key, stance, created_at, updated_at, deleted_at)
     VALUES (gen_random_uuid(), $1::uuid, $2, $3, 'supports', $4::timestamptz, now(), $5::timestamptz)
     RETURNING id::text`,
    [claimId, url, key, createdAt, removed ? createdAt : null],
  );
  return rows[0]!.id;
}

it("keys the sources stored without a key, then requires one", async () => {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO articles (id, title, body, updated_at)
     VALUES (gen_random_uuid(), 'Upgrade', 'Exports rose 12 percent.', now()) RETURNING id::text`,
  );
  const articleId = rows[0]!.id;
  const cited = await newClaim(articleId);
  const other = await newClaim(articleId);
  const key = "https://stats.example.org/";
  // Keyed by the server, and younger than the unkeyed row at its address: it keeps its key.
  const keyed = await newSource(cited, "https://stats.example.org", "2026-03-01T00:00:00Z", { key });
  const olderUnkeyed = await newSource(cited, "https://Stats.Example.org/", "2026-01-01T00:00:00Z");
  const removed = await newSource(cited, "https://stats.example.org", "2026-02-01T00:00:00Z", { removed: true });
  const otherPage = await newSource(cited, "https://stats.example.org/exports", "2026-04-01T00:00:00Z");
  const otherPageAgain = await newSource(cited, "https://stats.example.org/exports", "2026-05-01T00:00:00Z");
  const elsewhere = await newSource(other, "https://stats.example.org:443", "2026-06-01T00:00:00Z");
  // Enough claims with an unkeyed source each to take several rounds of the data step.
  await db.pool.query(
    `WITH c AS (
       INSERT INTO claims (id, article_id, start_offset, end_offset, quote, text, updated_at)
       SELECT gen_random_uuid(), $1::uuid, 0, 12, 'Exports rose', 'Claim ' || n, now() FROM generate_series(1, 1200) n
       RETURNING id)
     INSERT INTO sources (id, claim_id, url, stance, updated_at)
     SELECT gen_random_uuid(), c.id, 'https://example.org/', 'context', now() FROM c`,
    [articleId],
  );

  const result = await migrate(db.pool);
  expect(result.applied.slice(0, 2)).toEqual([FILLED, REQUIRED]);

  const keys = new Map(
    (await db.pool.query<{ id: string; address_key: string }>(`SELECT id::text, address_key FROM sources`)).rows.map(
      (r) => [r.id, r.address_key],
    ),
  );
  expect(keys.get(keyed)).toBe(key);
  expect(keys.get(olderUnkeyed)).toBe(duplicateAddressKey(key, olderUnkeyed));
  expect(keys.get(removed)).toBe(key);
  expect(keys.get(otherPage)).toBe("https://stats.example.org/exports");
  expect(keys.get(otherPageAgain)).toBe(duplicateAddressKey("https://stats.example.org/exports", otherPageAgain));
  expect(keys.get(elsewhere)).toBe(key);
  const { rows: bulk } = await db.pool.query<{ keyed: number }>(
    `SELECT count(*)::int AS keyed FROM sources WHERE url = 'https://example.org/' AND address_key = url`,
  );
  expect(bulk[0]!.keyed).toBe(1200);

  // From now on a writer that leaves the key out is refused.
  await expect(
    db.pool.query(
      `INSERT INTO sources (id, claim_id, url, stance, updated_at)
       VALUES (gen_random_uuid(), $1::uuid, 'https://stats.example.org/imports', 'supports', now())`,
      [cited],
    ),
  ).rejects.toMatchObject({ code: "23502", column: "address_key" });
});

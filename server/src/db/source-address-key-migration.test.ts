// Upgrading a database that already holds a claim citing one address twice (stored before the
// database refused it): the migrations fill in every source's address key and make live keys
// unique per claim without failing, the oldest live source of an address keeping the key and each
// later one getting a key of its own (decision 190).
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { migrate, readMigrations } from "./migrate.ts";

const FIRST_NEW = "20261129090813_source_address_key";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  await migrate(
    db.pool,
    readMigrations().filter((m) => m.name < FIRST_NEW),
  );
});
afterAll(() => db?.close());

async function newClaim(articleId: string, text: string): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO claims (id, article_id, start_offset, end_offset, quote, text, updated_at)
     VALUES (gen_random_uuid(), $1::uuid, 0, 12, 'Exports rose', $2, now()) RETURNING id::text`,
    [articleId, text],
  );
  return rows[0]!.id;
}

async function newSource(claimId: string, url: string, createdAt: string, removed = false): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO sources (id, claim_id, url, stance, created_at, updated_at, deleted_at)
     VALUES (gen_random_uuid(), $1::uuid, $2, 'supports', $3::timestamptz, now(), $4::timestamptz) RETURNING id::text`,
    [claimId, url, createdAt, removed ? createdAt : null],
  );
  return rows[0]!.id;
}

it("keys every source, keeps the oldest live one of an address unique and marks the later ones", async () => {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO articles (id, title, body, updated_at)
     VALUES (gen_random_uuid(), 'Upgrade', 'Exports rose 12 percent.', now()) RETURNING id::text`,
  );
  const articleId = rows[0]!.id;
  const cited = await newClaim(articleId, "Exports rose");
  const other = await newClaim(articleId, "Exports rose again");
  // Stored in another order than their age: the oldest is the second row.
  const later = await newSource(cited, "https://Stats.Example.org", "2026-02-01T00:00:00Z");
  const oldest = await newSource(cited, "https://stats.example.org/", "2026-01-01T00:00:00Z");
  const removed = await newSource(cited, "https://stats.example.org", "2026-03-01T00:00:00Z", true);
  const latest = await newSource(cited, "https://stats.example.org:443/", "2026-04-01T00:00:00Z");
  const otherPage = await newSource(cited, "https://stats.example.org/exports", "2026-05-01T00:00:00Z");
  const elsewhere = await newSource(other, "https://stats.example.org/", "2026-06-01T00:00:00Z");
  // Enough claims with a duplicate each to take several rounds of the data step.
  await db.pool.query(
    `WITH c AS (
       INSERT INTO claims (id, article_id, start_offset, end_offset, quote, text, updated_at)
       SELECT gen_random_uuid(), $1::uuid, 0, 12, 'Exports rose', 'Claim ' || n, now() FROM generate_series(1, 1200) n
       RETURNING id)
     INSERT INTO sources (id, claim_id, url, stance, created_at, updated_at)
     SELECT gen_random_uuid(), c.id, 'https://example.org/', 'context', now() - make_interval(secs => k), now()
     FROM c CROSS JOIN generate_series(1, 2) k`,
    [articleId],
  );

  const result = await migrate(db.pool);
  expect(result.applied.slice(0, 2)).toEqual([FIRST_NEW, "20261129090900_sources_live_address_unique"]);

  const keys = new Map(
    (await db.pool.query<{ id: string; address_key: string }>(`SELECT id::text, address_key FROM sources`)).rows.map(
      (r) => [r.id, r.address_key],
    ),
  );
  const key = "https://stats.example.org/";
  expect(keys.get(oldest)).toBe(key);
  expect(keys.get(later)).toBe(`${key} (duplicate ${later})`);
  expect(keys.get(latest)).toBe(`${key} (duplicate ${latest})`);
  expect(keys.get(removed)).toBe(key);
  expect(keys.get(otherPage)).toBe("https://stats.example.org/exports");
  expect(keys.get(elsewhere)).toBe(key);
  const { rows: bulk } = await db.pool.query<{ plain: number; marked: number; unkeyed: number }>(
    `SELECT count(*) FILTER (WHERE address_key = url)::int AS plain,
            count(*) FILTER (WHERE address_key = url || ' (duplicate ' || id || ')')::int AS marked,
            count(*) FILTER (WHERE address_key IS NULL)::int AS unkeyed
     FROM sources WHERE url = 'https://example.org/'`,
  );
  expect(bulk[0]).toEqual({ plain: 1200, marked: 1200, unkeyed: 0 });

  // From now on the database refuses another live source at that address on the claim.
  await expect(
    db.pool.query(
      `INSERT INTO sources (id, claim_id, url, address_key, stance, updated_at)
       VALUES (gen_random_uuid(), $1::uuid, $2, $2, 'supports', now())`,
      [cited, key],
    ),
  ).rejects.toMatchObject({ code: "23505", constraint: "sources_live_address_key" });
});

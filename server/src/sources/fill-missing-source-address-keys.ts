// The data step of migration 20261129094030_source_address_key_filled: keys the sources written
// without an address key after the first backfill (backfill-source-address-keys.ts), by writers
// that left the then-optional column out, so that the next migration can make it NOT NULL. A row
// without a key was outside the unique index, so a live one may cite an address its claim already
// has under a key: the keys already stored stay as they are, and such a row gets a key of its own
// (duplicateAddressKey), as the first backfill marked later duplicates. Rows without a key are
// keyed oldest first, so among themselves the oldest live one of an address takes the plain key
// when no keyed row has it. Like every released data step, this one must never change.
import type pg from "pg";
import { sourceAddressKey } from "@claimdesk/shared/source-address";
import { duplicateAddressKey } from "./backfill-source-address-keys.ts";

/** Claims per round: their sources are read, keyed and written back together. */
const CLAIMS_PER_BATCH = 500;

interface StoredSource {
  id: string;
  claim_id: string;
  url: string;
  address_key: string | null;
  removed: boolean;
}

export async function fillMissingSourceAddressKeys(client: pg.ClientBase): Promise<void> {
  // Each round keys every source it reads that had none; the cursor (the last claim read) lets
  // the next round's query start after them by the claim index instead of scanning the table.
  for (let claimIds = await claimsWithUnkeyedSources(client, null); claimIds.length > 0;) {
    const { rows } = await client.query<StoredSource>(
      `SELECT id::text AS id, claim_id::text AS claim_id, url, address_key, deleted_at IS NOT NULL AS removed
       FROM sources WHERE claim_id = ANY($1::uuid[]) ORDER BY claim_id, created_at, id`,
      [claimIds],
    );
    const keyed = missingKeys(rows);
    await client.query(
      `UPDATE sources s SET address_key = k.key
       FROM unnest($1::uuid[], $2::text[]) AS k(id, key) WHERE s.id = k.id`,
      [keyed.map((k) => k.id), keyed.map((k) => k.key)],
    );
    claimIds = await claimsWithUnkeyedSources(client, claimIds[claimIds.length - 1]!);
  }
}

async function claimsWithUnkeyedSources(client: pg.ClientBase, after: string | null): Promise<string[]> {
  const { rows } = await client.query<{ claim_id: string }>(
    `SELECT DISTINCT claim_id::text AS claim_id FROM sources
     WHERE address_key IS NULL AND ($2::uuid IS NULL OR claim_id > $2::uuid)
     ORDER BY claim_id LIMIT $1`,
    [CLAIMS_PER_BATCH, after],
  );
  return rows.map((r) => r.claim_id);
}

/** A key for each row without one; rows come grouped by claim, oldest first. */
function missingKeys(rows: StoredSource[]): Array<{ id: string; key: string }> {
  const liveKeysByClaim = new Map<string, Set<string>>();
  const liveKeys = (claimId: string) => {
    let keys = liveKeysByClaim.get(claimId);
    if (!keys) liveKeysByClaim.set(claimId, (keys = new Set()));
    return keys;
  };
  // The keys already stored hold their places in the index, whatever their age.
  for (const row of rows) if (!row.removed && row.address_key !== null) liveKeys(row.claim_id).add(row.address_key);
  return rows
    .filter((row) => row.address_key === null)
    .map((row) => {
      const key = sourceAddressKey(row.url);
      // A removed source is outside the unique index: it keeps its true key.
      if (row.removed) return { id: row.id, key };
      const live = liveKeys(row.claim_id);
      if (live.has(key)) return { id: row.id, key: duplicateAddressKey(key, row.id) };
      live.add(key);
      return { id: row.id, key };
    });
}

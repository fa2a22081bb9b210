// The data step of migration 20261129090813_source_address_key: gives every stored source its
// address key, computed by the same function the server writes it with, before the next migration
// makes a claim's live keys unique. Claims cited one address twice before the database refused it
// (two racing requests, or a writer that skipped the route's check), so the oldest live source
// of each address keeps the key and each later live one gets a key of its own, its address key
// followed by " (duplicate <its id>)": no real key holds a space (a parsed address encodes it),
// and the id makes each one unique. They stay as they are, shown and reported, until someone
// removes them; a new source at that address is still refused, naming the oldest (decision 190).
import type pg from "pg";
import { sourceAddressKey } from "@claimdesk/shared/source-address";

/** Claims per round: their sources are read, keyed and written back together. */
const CLAIMS_PER_BATCH = 500;

interface StoredSource {
  id: string;
  claim_id: string;
  url: string;
  removed: boolean;
}

export const duplicateAddressKey = (key: string, sourceId: string) => `${key} (duplicate ${sourceId})`;

export async function backfillSourceAddressKeys(client: pg.ClientBase): Promise<void> {
  for (let claimIds = await claimsAfter(client, null); claimIds.length > 0;) {
    const { rows } = await client.query<StoredSource>(
      `SELECT id::text AS id, claim_id::text AS claim_id, url, deleted_at IS NOT NULL AS removed
       FROM sources WHERE claim_id = ANY($1::uuid[]) ORDER BY claim_id, created_at, id`,
      [claimIds],
    );
    await client.query(
      `UPDATE sources s SET address_key = k.key
       FROM unnest($1::uuid[], $2::text[]) AS k(id, key) WHERE s.id = k.id`,
      [rows.map((r) => r.id), addressKeys(rows)],
    );
    claimIds = await claimsAfter(client, claimIds[claimIds.length - 1]!);
  }
}

/** The next claims that have sources, in id order. */
async function claimsAfter(client: pg.ClientBase, after: string | null): Promise<string[]> {
  const { rows } = await client.query<{ claim_id: string }>(
    `SELECT DISTINCT claim_id FROM sources WHERE $1::uuid IS NULL OR claim_id > $1::uuid ORDER BY claim_id LIMIT $2`,
    [after, CLAIMS_PER_BATCH],
  );
  return rows.map((r) => r.claim_id);
}

/** The key of each row, in order; rows come grouped by claim, oldest first. */
function addressKeys(rows: StoredSource[]): string[] {
  const liveKeysByClaim = new Map<string, Set<string>>();
  return rows.map((row) => {
    const key = sourceAddressKey(row.url);
    // A removed source is outside the unique index: it keeps its true key.
    if (row.removed) return key;
    let live = liveKeysByClaim.get(row.claim_id);
    if (!live) liveKeysByClaim.set(row.claim_id, (live = new Set()));
    if (live.has(key)) return duplicateAddressKey(key, row.id);
    live.add(key);
    return key;
  });
}

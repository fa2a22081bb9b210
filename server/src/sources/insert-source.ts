// Attaching a source to a claim, in plain SQL inside the caller's transaction: one statement
// inserts the row and returns it with the reviewer who added it, shaped as the API's Source.
import type { Source } from "@claimdesk/shared";
import { sourceAddressKey } from "@claimdesk/shared/source-address";
import { presentSource, userRef, type SourceRow } from "../claims/claim-presenter.ts";
import { calendarDate, sqlRows, type SqlTransaction } from "../db/sql.ts";

/** A source row `s` and its adder `u`, under the names SqlSource expects. */
export const SOURCE_COLUMNS = `
  s.id::text AS id, s.claim_id::text AS "claimId", s.url, s.title, s.publisher, s.excerpt,
  s.stance::text AS stance, s.accessed_on::text AS "accessedOn", s.added_by_id::text AS "addedById", s.version,
  s.deleted_at AS "deletedAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  s.address_key AS "addressKey", u.name AS "addedByName", u.email AS "addedByEmail"`;

const INSERT_SOURCE = `
  WITH s AS (
    INSERT INTO sources (id, claim_id, url, address_key, title, publisher, excerpt, stance, accessed_on, added_by_id, updated_at)
    VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7, $8::"Stance", $9::date, $10::uuid, now())
    RETURNING *
  )
  SELECT ${SOURCE_COLUMNS}
  FROM s LEFT JOIN users u ON u.id = s.added_by_id`;

export interface NewSource {
  url: string;
  title?: string | null | undefined;
  publisher?: string | null | undefined;
  excerpt?: string | null | undefined;
  stance: Source["stance"];
  accessedOn?: string | null | undefined;
}

export type SqlSource = Omit<SourceRow, "addedBy" | "accessedOn"> & {
  accessedOn: string | null;
  addedByName: string | null;
  addedByEmail: string | null;
};

/** A row read with SOURCE_COLUMNS, as the API's Source. */
export function presentSqlSource(row: SqlSource): Source {
  const { addedByName, addedByEmail, accessedOn, ...source } = row;
  return presentSource({
    ...source,
    accessedOn: calendarDate(accessedOn),
    addedBy: userRef(source.addedById, addedByName, addedByEmail),
  });
}

export async function insertSource(
  client: SqlTransaction,
  claimId: string,
  input: NewSource,
  addedById: string,
): Promise<Source> {
  const [row] = await sqlRows<SqlSource>(client, INSERT_SOURCE, [
    crypto.randomUUID(),
    claimId,
    input.url,
    // Unique among the claim's live sources (the index sources_live_address_key, decision 190).
    sourceAddressKey(input.url),
    input.title ?? null,
    input.publisher ?? null,
    input.excerpt ?? null,
    input.stance,
    input.accessedOn ?? null,
    addedById,
  ]);
  return presentSqlSource(row!);
}

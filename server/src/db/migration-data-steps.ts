// Work a migration needs that SQL cannot do: filling in a column with logic that lives in
// TypeScript and is shared with the client (a source's address key). The runner runs a migration's
// step right after its SQL, in the same transaction, so the two apply together or not at all.
// Like a migration's SQL, a released step must never change: a later fix is a new migration.
import type pg from "pg";
import { backfillSourceAddressKeys } from "../sources/backfill-source-address-keys.ts";
import { fillMissingSourceAddressKeys } from "../sources/fill-missing-source-address-keys.ts";

export type DataStep = (client: pg.ClientBase) => Promise<void>;

/** By migration folder name. */
export const DATA_STEPS: Readonly<Record<string, DataStep>> = {
  "20261129090813_source_address_key": backfillSourceAddressKeys,
  "20261129094030_source_address_key_filled": fillMissingSourceAddressKeys,
};

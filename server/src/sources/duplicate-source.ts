// One source per address on a claim. A double click, a retry after a timeout or two reviewers
// citing the same page added it twice, so the claim showed, counted and reported it twice. A
// second source at an address the claim already has is refused with 409, naming the one that is
// there (in `current`), so the client can show it; a removed source's address may be cited again.
import { sourceAddressKey } from "@claimdesk/shared/source-address";
import type { Source } from "@claimdesk/shared";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import { AppError } from "../http/app-error.ts";
import { presentSqlSource, SOURCE_COLUMNS, type SqlSource } from "./insert-source.ts";

/**
 * The key of the transaction lock under which a claim's source addresses are checked and written:
 * two additions of one address take turns, and the second sees the first. Taken by the statement
 * that locks the claim before the check (articleOfClaim), so that the check reads after the wait.
 */
export const sourcesLockKey = (claimId: string) => `claimdesk:sources:${claimId}`;

const LIVE_SOURCES = `
  SELECT ${SOURCE_COLUMNS}
  FROM sources s LEFT JOIN users u ON u.id = s.added_by_id
  WHERE s.claim_id = $1::uuid AND s.deleted_at IS NULL
  ORDER BY s.created_at`;

/** Refuses `url` when another live source of the claim has the same address. Call under the lock. */
export async function refuseDuplicateSource(
  tx: SqlTarget,
  claimId: string,
  url: string,
  exceptSourceId?: string,
): Promise<void> {
  const existing = await liveSourceAt(tx, claimId, url, exceptSourceId);
  if (existing) throw duplicateSourceConflict(existing);
}

/**
 * The claim's oldest live source at the address of `url`, other than `exceptSourceId`. Keyed from
 * each row's url rather than its stored key, which later duplicates stored before the unique index
 * have in a form of their own (decision 190).
 */
export async function liveSourceAt(
  target: SqlTarget,
  claimId: string,
  url: string,
  exceptSourceId?: string,
): Promise<Source | null> {
  const rows = await sqlRows<SqlSource>(target, LIVE_SOURCES, [claimId]);
  const wanted = sourceAddressKey(url);
  const existing = rows.find((row) => row.id !== exceptSourceId && sourceAddressKey(row.url) === wanted);
  return existing ? presentSqlSource(existing) : null;
}

/** The 409 for a second source at `existing`'s address, naming it in `current`. */
export function duplicateSourceConflict(existing: Source): AppError {
  return new AppError("conflict", `This claim already has this source: ${describe(existing)}. Edit that one instead.`, {
    current: existing,
  });
}

/** "“Title” (url), added by Name on 2026-11-28" */
function describe(source: Source): string {
  const name = source.title ? `“${source.title}” (${source.url})` : source.url;
  const by = source.addedBy ? `, added by ${source.addedBy.name}` : "";
  return `${name}${by} on ${source.createdAt.slice(0, 10)}`;
}

// The database's half of "one source per address on a claim" (decision 190): the unique index
// sources_live_address_key refuses a second live source at an address whatever writes it, also
// when two writes race past the route's check (duplicate-source.ts). A write it refuses gets the
// answer the check gives, 409 naming the source that is there. The refused write and its audit
// event were in one transaction, which has rolled back whole.
import type { SqlTarget } from "../db/sql.ts";
import { AppError } from "../http/app-error.ts";
import { duplicateSourceConflict, liveSourceAt } from "./duplicate-source.ts";

/** The partial unique index on (claim_id, address_key) over live sources (prisma/migrations). */
export const SOURCE_ADDRESS_INDEX = "sources_live_address_key";

interface PgError {
  code?: unknown;
  constraint?: unknown;
}
interface PrismaError {
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown } } };
}

/** Whether the index refused the statement: from pg directly, or wrapped by Prisma's adapter. */
export function violatesSourceAddressIndex(error: unknown): boolean {
  const pgError = error as PgError | null;
  if (pgError?.code === "23505" && pgError.constraint === SOURCE_ADDRESS_INDEX) return true;
  const cause = (error as PrismaError | null)?.meta?.driverAdapterError?.cause;
  return (
    cause?.originalCode === "23505" &&
    typeof cause.originalMessage === "string" &&
    cause.originalMessage.includes(`"${SOURCE_ADDRESS_INDEX}"`)
  );
}

/**
 * What to throw for an error out of a source write's transaction: the 409 naming the live source
 * at `url` when the index refused the write (read after the rollback, so it sees the source that
 * won the race), otherwise the error itself.
 */
export async function asDuplicateSource(
  error: unknown,
  target: SqlTarget,
  claimId: string | undefined,
  url: string | undefined,
  exceptSourceId?: string,
): Promise<unknown> {
  if (!violatesSourceAddressIndex(error) || claimId === undefined || url === undefined) return error;
  const existing = await liveSourceAt(target, claimId, url, exceptSourceId);
  if (existing) return duplicateSourceConflict(existing);
  // The source that won was removed again in the meantime: nothing to name, nothing written.
  return new AppError(
    "conflict",
    "Another source at this address was added to this claim at the same moment. Reload the claim and try again.",
  );
}

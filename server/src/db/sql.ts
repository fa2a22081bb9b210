// Plain SQL on whatever the caller holds: a Prisma transaction, the Prisma client, a pg pool or a pg
// client inside our own transaction. The hot paths (claim changes and reads, audit records, live
// announcements) are written once in SQL this way, because Prisma's query layer costs several times
// the CPU of the query itself (docs/reliability.md, "Where the time goes").
import type pg from "pg";
import type { Prisma, PrismaClient } from "./generated/client.ts";

export type SqlTarget = Prisma.TransactionClient | PrismaClient | pg.Pool | pg.PoolClient;

/** Runs one parameterised statement ($1, $2, …) and returns its rows. */
export async function sqlRows<R>(target: SqlTarget, text: string, values: readonly unknown[] = []): Promise<R[]> {
  if ("$queryRawUnsafe" in target) return target.$queryRawUnsafe<R[]>(text, ...values);
  return (await target.query(text, values as unknown[])).rows as R[];
}

/** Runs one statement for its effect (an INSERT, a NOTIFY), reading no rows back. */
export async function sqlExecute(target: SqlTarget, text: string, values: readonly unknown[] = []): Promise<void> {
  if ("$executeRawUnsafe" in target) await target.$executeRawUnsafe(text, ...values);
  else await target.query(text, values as unknown[]);
}

/**
 * One transaction on one pooled connection: BEGIN, the work, COMMIT; ROLLBACK if anything throws.
 * A connection that failed mid-transaction is discarded rather than returned to the pool.
 */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

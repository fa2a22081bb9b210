// Plain SQL on whatever the caller holds: a Prisma transaction, the Prisma client, a pg pool or our
// own transaction. The hot paths (claim changes and reads, audit records, live announcements) are
// written once in SQL this way, because Prisma's query layer costs several times the CPU of the
// query itself (docs/decisions/060-plain-sql-hot-paths.md).
import { createHash } from "node:crypto";
import type pg from "pg";
import type { Prisma, PrismaClient } from "./generated/client.ts";

/**
 * One transaction on one pooled connection, in as few round trips as the work allows (each one
 * costs both processes a socket write and a wake-up, the largest share of a write's CPU):
 * BEGIN travels with the first statement, and statements that must run last (the audit record,
 * whose chain lock is held until the commit, and NOTIFY) are deferred with `atCommit` to travel
 * with COMMIT, so the lock is never held while this process is busy elsewhere.
 */
export class SqlTransaction {
  private readonly deferred: string[] = [];
  private begun = false;

  constructor(readonly client: pg.PoolClient) {}

  async query(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
    if (this.begun) return this.client.query(prepared(text, values));
    this.begun = true;
    // The first statement goes with BEGIN as one simple-protocol message (which takes no parameters).
    const results = (await this.client.query(
      `BEGIN;\n${inlineParameters(this.client, text, values)}`,
    )) as unknown as pg.QueryResult[];
    return results[results.length - 1]!;
  }

  /** Runs the statement just before COMMIT, in the same message; its failure rolls everything back. */
  atCommit(text: string, values: readonly unknown[] = []): void {
    this.deferred.push(inlineParameters(this.client, text, values));
  }

  /** The final round trip: the deferred statements and COMMIT, as one simple-protocol message. */
  commitStatement(): string | null {
    if (!this.begun && this.deferred.length === 0) return null;
    return [...(this.begun ? [] : ["BEGIN"]), ...this.deferred, "COMMIT"].join(";\n");
  }
}

export type SqlTarget = Prisma.TransactionClient | PrismaClient | pg.Pool | SqlTransaction;

/** Runs one parameterised statement ($1, $2, …) and returns its rows. */
export async function sqlRows<R>(target: SqlTarget, text: string, values: readonly unknown[] = []): Promise<R[]> {
  if ("$queryRawUnsafe" in target) return target.$queryRawUnsafe<R[]>(text, ...values);
  if (target instanceof SqlTransaction) return (await target.query(text, values as unknown[])).rows as R[];
  return (await target.query(prepared(text, values))).rows as R[];
}

/** Runs one statement for its effect (an INSERT, a NOTIFY), reading no rows back. */
export async function sqlExecute(target: SqlTarget, text: string, values: readonly unknown[] = []): Promise<void> {
  if ("$executeRawUnsafe" in target) await target.$executeRawUnsafe(text, ...values);
  else if (target instanceof SqlTransaction) await target.query(text, values as unknown[]);
  else await target.query(prepared(text, values));
}

/** A `date` column read as text (`col::text`), as a Date at UTC midnight like Prisma gives it. */
export function calendarDate(text: string | null): Date | null {
  return text === null ? null : new Date(`${text}T00:00:00Z`);
}

const statementNames = new Map<string, string>();

/**
 * A named prepared statement: each connection parses and plans it once and then only binds values
 * (planning our joined reads costs PostgreSQL more than running them). The name is a digest of the
 * text, so one text always has one name. Only for our own fixed statement texts.
 */
function prepared(text: string, values: readonly unknown[]): pg.QueryConfig {
  let name = statementNames.get(text);
  if (!name) {
    name = `claimdesk_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return { name, text, values: values as unknown[] };
}

/**
 * Runs a statement last in the transaction: deferred to the COMMIT message in our own
 * transactions, at once in a Prisma transaction (where it is called last anyway).
 */
export async function sqlExecuteLast(target: SqlTarget, text: string, values: readonly unknown[]): Promise<void> {
  if (target instanceof SqlTransaction) target.atCommit(text, values);
  else await sqlExecute(target, text, values);
}

/**
 * The work in one transaction, then the deferred statements with COMMIT; ROLLBACK if anything
 * throws. A connection that failed mid-transaction is discarded rather than returned to the pool.
 */
export async function withTransaction<T>(pool: pg.Pool, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const tx = new SqlTransaction(client);
  let broken: Error | undefined;
  try {
    const result = await work(tx);
    const commit = tx.commitStatement();
    if (commit) await client.query(commit);
    return result;
  } catch (error) {
    // ROLLBACK also after a failed COMMIT message: a BEGIN in it may have opened the transaction.
    await client.query("ROLLBACK").catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Replaces $1, $2, … with SQL literals quoted by the driver (escapeLiteral), for the simple query
 * protocol, which takes no parameters. Only for our own statement texts, never for input.
 */
function inlineParameters(client: pg.PoolClient, text: string, values: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = values[Number(n) - 1];
    if (value === null || value === undefined) return "NULL";
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (value instanceof Date) return client.escapeLiteral(value.toISOString());
    if (typeof value === "string") return client.escapeLiteral(value);
    throw new TypeError(`Cannot inline a ${typeof value} as an SQL literal`);
  });
}

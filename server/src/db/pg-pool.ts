// A node-postgres pool for Prisma's driver adapter that also works for Prisma's schema engine.
// @prisma/adapter-pg 6.19 rejects result columns of the catalog types `name` and `"char"`
// ("Column type 'name' could not be deserialized", prisma/orm#27403), which every introspection
// query returns. Both are plain text on the wire, so we report them as text.
import pg from "pg";

const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18 /* "char" */, 19 /* name */]);

function relabelCatalogText<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const one of results as Array<{ fields?: Array<{ dataTypeID: number }> }>) {
    for (const field of one?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogTolerantClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const outcome = (super.query as any)(...args);
    return outcome && typeof outcome.then === "function" ? outcome.then(relabelCatalogText) : outcome;
  }
}

export function createPgPool(config: pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, Client: CatalogTolerantClient });
}

// A comparable description of a database's public schema from the catalogs: enough to tell whether
// two databases have the same tables, columns, types, defaults, keys, indexes and enums.
import type pg from "pg";

export async function describeSchema(pool: pg.Pool) {
  const q = async (sql: string) => (await pool.query(sql)).rows;
  const tables = await q(
    `SELECT table_name FROM information_schema.tables WHERE table_schema='public' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const columns =
    await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, ordinal_position
    FROM information_schema.columns WHERE table_schema='public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`);
  const indexes = await q(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname='public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  );
  const constraints =
    await q(`SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE connamespace='public'::regnamespace AND contype IN ('p','f','u') AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"') ORDER BY 1, 2`);
  const enums = await q(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname='public' GROUP BY 1 ORDER BY 1`);
  return { tables, columns, indexes, constraints, enums };
}

import { z } from "zod";

export const idSchema = z.uuid({ message: "expected an id (a UUID)" });
/** Versions are PostgreSQL integers: anything above 2^31 - 1 could never match and would overflow. */
export const versionSchema = z
  .number()
  .int()
  .min(1, "expected the version you loaded (1 or more)")
  .max(2_147_483_647, "expected the version you loaded; this is not one");
// PostgreSQL has no year 0 (1 BC comes before AD 1), so a date or time that falls in year 0000 in
// UTC could not be stored or compared: it is refused here instead of failing in the database as a 500.
export const isoDateSchema = z.iso
  .date({ message: "expected a date as YYYY-MM-DD" })
  .refine((d) => !d.startsWith("0000"), "expected a date from 0001-01-01 on");
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true, message: "expected a date and time such as 2026-01-31T00:00:00Z" })
  .refine((t) => new Date(t).getUTCFullYear() >= 1, "expected a time from 0001-01-01T00:00:00Z on");

/** Every change to an existing record names the version it was based on (optimistic concurrency). */
export const baseVersion = { version: versionSchema };

export const pageQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const userRefSchema = z.object({ id: idSchema, name: z.string(), email: z.string() });
export type UserRef = z.infer<typeof userRefSchema>;

/** http(s) only: a source must be something a reader can open, never javascript: or file:. */
export const webUrlSchema = z
  .url({ message: "expected a full web address such as https://example.org/page" })
  .max(2048)
  .refine((u) => /^https?:\/\//i.test(u), "only http and https addresses are accepted");

import { z } from "zod";

export const idSchema = z.uuid({ message: "expected an id (a UUID)" });
/** Versions are PostgreSQL integers: anything above 2^31 - 1 could never match and would overflow. */
export const versionSchema = z
  .number()
  .int()
  .min(1, "expected the version you loaded (1 or more)")
  .max(2_147_483_647, "expected the version you loaded; this is not one");
export const isoDateSchema = z.iso.date({ message: "expected a date as YYYY-MM-DD" });
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

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

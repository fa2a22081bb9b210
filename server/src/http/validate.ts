// Parses request input with the shared zod schemas, turning failures into a 422 that lists each
// field, what was wrong with it, and so what to send instead.
import type { z } from "zod";
import { versionSchema } from "@claimdesk/shared";
import { AppError } from "./app-error.ts";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = "body"): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const summary = fields.map((f) => `${f.path}: ${f.message}`).join("; ");
  throw new AppError("validation_failed", `The request ${where} is not valid: ${summary}.`, { fields });
}

/**
 * The `?version=N` of a DELETE (which has no body). Missing or not a whole number, it is a 422 that
 * names the parameter, rather than zod's "expected number, received NaN" for `Number(undefined)`.
 */
export function parseVersionQuery(raw: unknown): number {
  const text = typeof raw === "string" ? raw.trim() : "";
  const parsed = versionSchema.safeParse(/^\d+$/.test(text) ? Number(text) : Number.NaN);
  if (parsed.success) return parsed.data;
  throw new AppError(
    "validation_failed",
    "Add ?version=N to the address: the version of the record you loaded, so a change made since is not lost.",
    { fields: [{ path: "query.version", message: "expected the version you loaded, a whole number from 1" }] },
  );
}

// Parses request input with the shared zod schemas, turning failures into a 422 that lists each
// field, what was wrong with it, and so what to send instead.
import type { z } from "zod";
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

// PostgreSQL text cannot hold U+0000, so a NUL anywhere in a request would fail deep in the database
// as a 500. Refused up front, it is a 422 that names the field.
import type { RequestHandler } from "express";
import { AppError } from "./app-error.ts";

export const rejectNulCharacters: RequestHandler = (req, _res, next) => {
  const where = findNul(req.body, "body") ?? findNul(req.query, "query");
  if (!where) return next();
  next(
    new AppError(
      "validation_failed",
      `The request ${where} contains a NUL character (U+0000), which cannot be stored. Remove it and retry.`,
      { fields: [{ path: where, message: "contains a NUL character (U+0000)" }] },
    ),
  );
};

function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  if (value && typeof value === "object" && depth < 20) {
    for (const [key, inner] of Object.entries(value)) {
      const hit = findNul(inner, `${path}.${key}`, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

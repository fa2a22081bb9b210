// PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate (half of a character) is not text
// at all: it fails when the audit record is cast to jsonb. Either would end deep in the database as
// a 500; refused up front, it is a 422 that names the field.
import type { RequestHandler } from "express";
import { AppError } from "./app-error.ts";

// eslint-disable-next-line no-control-regex -- matching U+0000 is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const rejectUnstorableText: RequestHandler = (req, _res, next) => {
  const where = findUnstorable(req.body, "body") ?? findUnstorable(req.query, "query");
  if (!where) return next();
  next(
    new AppError(
      "validation_failed",
      `The request ${where} contains a NUL character (U+0000) or a broken character (a lone UTF-16 surrogate), ` +
        `which cannot be stored. Remove it and retry.`,
      { fields: [{ path: where, message: "contains U+0000 or a lone surrogate" }] },
    ),
  );
};

function findUnstorable(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === "string") return UNSTORABLE.test(value) ? path : undefined;
  if (value && typeof value === "object" && depth < 20) {
    for (const [key, inner] of Object.entries(value)) {
      const hit = findUnstorable(inner, `${path}.${key}`, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

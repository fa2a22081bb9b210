// Parses request input with the shared zod schemas, turning failures into a 422 that lists each
// field, what was wrong with it, and so what to send instead.
import type { RequestHandler } from "express";
import type { z } from "zod";
import { versionSchema } from "@claimdesk/shared";
import { AppError } from "./app-error.ts";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = "body"): z.infer<S> {
  if (input instanceof UnreadBody) {
    throw new AppError(
      "unsupported_media_type",
      `The request body was sent as ${input.contentType ? `"${input.contentType}"` : "no content type"}, ` +
        "which this endpoint does not read. Send it as JSON with the header Content-Type: application/json.",
    );
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const summary = fields.map((f) => `${f.path}: ${f.message}`).join("; ");
  if (where === "body" && input === undefined) {
    throw new AppError(
      "validation_failed",
      "The request has no body. Send the fields as a JSON object with the header Content-Type: application/json.",
      { fields },
    );
  }
  throw new AppError("validation_failed", `The request ${where} is not valid: ${summary}.`, { fields });
}

/**
 * Stands in for a request body that express.json() did not read because it is not JSON, so that
 * parseInput can say so (415) instead of "expected object, received undefined". A route that takes
 * another type (an article file) parses the body itself and replaces this.
 */
export class UnreadBody {
  constructor(readonly contentType: string) {
    Object.defineProperty(this, "contentType", { enumerable: false });
  }
}

export const markUnreadBody: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (req.body === undefined && hasBody) req.body = new UnreadBody(req.get("content-type") ?? "");
  next();
};

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

/**
 * parseInput for a PATCH: the body must name at least one field the route can change besides the
 * version. A body with none (or only fields that cannot be changed here, such as a user's email)
 * was a 200 that changed nothing, or only bumped the version, which made other people's changes
 * conflict for no reason.
 */
export function parseChange<S extends z.ZodObject>(schema: S, input: unknown): z.infer<S> {
  const parsed = parseInput(schema, input) as Record<string, unknown>;
  const changeable = Object.keys(schema.shape).filter((key) => key !== "version");
  if (changeable.some((key) => parsed[key] !== undefined)) return parsed as z.infer<S>;
  const unknown = input && typeof input === "object" ? Object.keys(input).filter((key) => !(key in schema.shape)) : [];
  const ignored = unknown.length ? ` (${unknown.map((key) => `"${key}"`).join(", ")} cannot be changed here)` : "";
  throw new AppError(
    "validation_failed",
    `Nothing to change${ignored}: send at least one of ${changeable.join(", ")}, with the version you loaded.`,
    {
      fields: unknown.length
        ? unknown.map((key) => ({ path: `body.${key}`, message: "cannot be changed here" }))
        : [{ path: "body", message: `send at least one of ${changeable.join(", ")}` }],
    },
  );
}

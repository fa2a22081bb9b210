// Parses request input with the shared zod schemas, turning failures into a 422 that lists each
// field, what was wrong with it, and so what to send instead. A body's fields the schema does not
// have are refused too (unknown-fields.ts), naming them and the fields the endpoint takes.
import type { RequestHandler } from "express";
import type { z } from "zod";
import { versionSchema } from "@claimdesk/shared";
import { AppError } from "./app-error.ts";
import { unknownFields } from "./unknown-fields.ts";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = "body"): z.infer<S> {
  if (input instanceof UnreadBody) {
    throw new AppError(
      "unsupported_media_type",
      `The request body was sent as ${input.contentType ? `"${input.contentType}"` : "no content type"}, ` +
        "which this endpoint does not read. Send it as JSON with the header Content-Type: application/json.",
    );
  }
  const result = schema.safeParse(input);
  // Only bodies: a query string may carry what a proxy or a cache-buster added.
  const unknown = where === "body" ? unknownFields(schema, input) : [];
  if (result.success && unknown.length === 0) return result.data;
  const fields = (result.success ? [] : result.error.issues).map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const summary = fields.map((f) => `${f.path}: ${f.message}`).join("; ");
  if (unknown.length > 0) {
    const named = unknown.map((u) => `"${u.path.join(".")}"`).join(", ");
    const allowed = [...new Set(unknown.map((u) => u.allowed.join(", ")))].join("; or ");
    throw new AppError(
      "validation_failed",
      `The request body has ${unknown.length === 1 ? "a field" : "fields"} this endpoint does not take: ${named}. ` +
        `It takes ${allowed}: check the spelling.${summary ? ` Also: ${summary}.` : ""}`,
      {
        fields: [
          ...unknown.map((u) => ({
            path: [where, ...u.path].join("."),
            message: `unknown field; expected one of ${u.allowed.join(", ")}`,
          })),
          ...fields,
        ],
      },
    );
  }
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
 * version. A body with none was a 200 that changed nothing, or only bumped the version, which made other people's changes
 * conflict for no reason.
 */
export function parseChange<S extends z.ZodObject>(schema: S, input: unknown): z.infer<S> {
  const parsed = parseInput(schema, input) as Record<string, unknown>;
  const changeable = Object.keys(schema.shape).filter((key) => key !== "version");
  if (changeable.some((key) => parsed[key] !== undefined)) return parsed as z.infer<S>;
  // Fields the route does not take (a user's email) were refused by parseInput already.
  throw new AppError(
    "validation_failed",
    `Nothing to change: send at least one of ${changeable.join(", ")}, with the version you loaded.`,
    { fields: [{ path: "body", message: `send at least one of ${changeable.join(", ")}` }] },
  );
}

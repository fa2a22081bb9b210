// Assembles the OpenAPI 3.1 document from the route table and the shared schemas: parameters,
// bodies, answers, problem+json errors and the cookie + CSRF-header security it takes to call.
import { can, PROBLEM_CONTENT_TYPE, roles } from "@claimdesk/shared";
import { MAX_KEY_LENGTH } from "../idempotency/idempotency-key-header.ts";
import { KEY_LIFETIME_HOURS } from "../idempotency/prune-expired-keys.ts";
import { takesIdempotencyKey } from "../idempotency/unkeyed-writes.ts";
import { buildComponentSchemas, querySchemas, ref, toJsonSchema, type JsonSchema } from "./openapi-components.ts";
import { routes, type RouteDoc } from "./openapi-routes.ts";

export const SESSION_SCHEME = "sessionCookie";
export const CSRF_SCHEME = "csrfHeader";

const STATUS_TEXT: Record<number, string> = {
  400: "The request is malformed (e.g. a body that is not JSON)",
  401: "No session, or it has expired: sign in",
  403: "Your role does not allow this, or the CSRF token or Origin is wrong",
  404: "No such record (or route)",
  409:
    "Conflict: the record changed since you loaded it (`version_conflict`, with the record as it is now in `current`, " +
    "and who made that version and when in `changedBy` and `changedAt`, null when unknown), " +
    "or the change is not allowed in its current state, " +
    "or a request with the same Idempotency-Key is still running (`request_in_progress`: retry with that key in a moment)",
  413: "The body is too large",
  415: "The body's media type or charset is not accepted",
  422:
    "The input is not valid, or the body has a field this operation does not take (`errors` lists each field), " +
    "or the Idempotency-Key was used for a different request (`idempotency_key_reused`)",
  429: "Too many attempts; wait and retry",
  503: "The database is not usable, or the request took too long",
};

export function buildOpenApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, "{$1}");
    paths[path] ??= {};
    paths[path][route.method] = operation(route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "ClaimDesk API",
      version,
      description:
        "Split news articles into check-worthy claims, review them as a team, publish fact-check reports. " +
        "Sign in with POST /api/auth/login; send the returned csrfToken as X-CSRF-Token on every change. " +
        "Errors are RFC 9457 problem+json. See docs/API.md.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: buildComponentSchemas(),
      securitySchemes: {
        [SESSION_SCHEME]: {
          type: "apiKey",
          in: "cookie",
          name: "claimdesk_session",
          description: "Set by POST /api/auth/login (httpOnly, SameSite=Lax).",
        },
        [CSRF_SCHEME]: {
          type: "apiKey",
          in: "header",
          name: "X-CSRF-Token",
          description: "The session's csrfToken; required on POST, PUT, PATCH and DELETE.",
        },
      },
    },
  };
}

function operation(route: RouteDoc): Record<string, unknown> {
  const needsSession = route.access.kind !== "anyone";
  const changes = route.method !== "get";
  const keyed = takesIdempotencyKey(route.method, route.path);
  const parameters = [...pathParameters(route.path), ...queryParameters(route), ...(keyed ? [idempotencyKey] : [])];
  const op: Record<string, unknown> = {
    operationId: operationId(route),
    summary: route.summary,
    description: describeAccess(route),
    tags: [route.path.split("/")[2]!.replace(/\.\w+$/, "")],
    security: !needsSession ? [] : [changes ? { [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] } : { [SESSION_SCHEME]: [] }],
    ...(parameters.length ? { parameters } : {}),
    responses: responses(route, {
      needsSession,
      changes,
      keyed,
      hasInput: Boolean(route.body || route.query || parameters.length),
    }),
  };
  const access = route.access;
  if (access.kind === "permission") {
    op["x-permission"] = access.permission;
    op["x-roles"] = roles.filter((role) => can(role, access.permission));
  }
  if (route.body) {
    const content: Record<string, unknown> = { "application/json": { schema: ref(route.body) } };
    for (const type of route.rawBodies ?? []) content[type] = { schema: { type: "string" } };
    op.requestBody = { required: true, content };
  }
  return op;
}

function describeAccess(route: RouteDoc): string {
  const access = route.access;
  if (access.kind === "anyone") return "Anyone, without signing in.";
  if (access.kind === "signed-in") return "Any signed-in user.";
  const who = roles.filter((role) => can(role, access.permission)).join(", ");
  return (
    `Needs ${access.permission} (${who})${access.note ? `: ${access.note}` : ""}.` +
    (route.rawBodies
      ? ` Besides JSON, the body may be raw ${route.rawBodies.join(", ")}, with the metadata in the query string.`
      : "")
  );
}

function operationId(route: RouteDoc): string {
  const words = route.path
    .replace(/^\/api\//, "")
    .split(/[/.]/)
    .map((part) => (part.startsWith(":") ? `by ${part.slice(1)}` : part));
  return [route.method, ...words.flatMap((w) => w.split(/[\s-]/))]
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join("");
}

function pathParameters(path: string): JsonSchema[] {
  return [...path.matchAll(/:(\w+)/g)].map((match) => ({
    name: match[1],
    in: "path",
    required: true,
    schema: { type: "string", format: "uuid" },
  }));
}

function queryParameters(route: RouteDoc): JsonSchema[] {
  const out: JsonSchema[] = [];
  if (route.query) {
    const schema = toJsonSchema(querySchemas[route.query], "input") as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const { description, ...rest } = property as JsonSchema & { description?: string };
      out.push({
        name,
        in: "query",
        required: schema.required?.includes(name) ?? false,
        schema: rest,
        ...(description ? { description } : {}),
        ...(route.queryDescriptions?.[name] ? { description: route.queryDescriptions[name] } : {}),
        ...(route.rawBodies ? { description: "Only with a raw (non-JSON) body." } : {}),
      });
    }
  }
  for (const extra of route.extraQuery ?? []) out.push({ ...extra, in: "query" });
  return out;
}

function responses(
  route: RouteDoc,
  facts: { needsSession: boolean; changes: boolean; keyed: boolean; hasInput: boolean },
): Record<string, unknown> {
  const { answer } = route;
  const out: Record<string, unknown> = {
    [String(answer.status)]: {
      description: answer.description,
      ...(facts.keyed ? { headers: { "Idempotent-Replayed": replayedHeader } } : {}),
      ...(answer.content
        ? { content: Object.fromEntries(Object.entries(answer.content).map(([type, schema]) => [type, { schema }])) }
        : {}),
    },
  };
  const errors = new Set<number>(route.errors ?? []);
  if (facts.needsSession) errors.add(401);
  if (route.access.kind === "permission" || (facts.needsSession && facts.changes)) errors.add(403);
  if (route.path.includes(":")) errors.add(404);
  if (facts.hasInput) errors.add(422);
  // A key still in use by a running request (409), or used before for another request (422).
  if (facts.keyed) [409, 422].forEach((status) => errors.add(status));
  // A body that is not JSON (or not in the charset or encoding it claims) is refused before validation.
  if (route.body) [400, 415].forEach((status) => errors.add(status));
  errors.add(503);
  for (const status of [...errors].sort((a, b) => a - b)) out[String(status)] = problem(STATUS_TEXT[status] ?? "Error");
  out.default = problem("Unexpected error (500); nothing was changed. Report the requestId.");
  return out;
}

// Decision 270; the header's rules are idempotency/idempotency-key-header.ts.
const idempotencyKey: JsonSchema = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  schema: { type: "string", minLength: 1, maxLength: MAX_KEY_LENGTH, pattern: "^[\\x20-\\x7E]+$" },
  description:
    "A key of your own for this action, such as a random UUID (the draft's quoted form is taken too). " +
    `Sent again with the same request within ${KEY_LIFETIME_HOURS} hours, the change is not made again: the ` +
    "first answer comes back, with `Idempotent-Replayed: true`. Keys are per user, method and route. A request " +
    "that failed changed nothing and kept nothing: it may be sent again with the same key.",
};

const replayedHeader = {
  description: "`true` when this is the answer to an earlier, identical request, sent again; absent otherwise.",
  schema: { type: "string", enum: ["true"] },
};

function problem(description: string): Record<string, unknown> {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ref("Problem") } } };
}

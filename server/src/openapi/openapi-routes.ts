// Every route of docs/API.md, described for the OpenAPI document. Keep the two in step: the
// openapi test fails when a route of the table in docs/API.md is missing here.
import { auditActions, type Permission } from "@claimdesk/shared";
import { REPEAT_WINDOW_SECONDS } from "../notes/repeated-note.ts";
import { listOf, pageOf, ref, type ComponentName, type JsonSchema, type QueryName } from "./openapi-components.ts";

/** Who may call: anyone, any signed-in user, or the holders of one permission. */
export type Access =
  { kind: "anyone" } | { kind: "signed-in" } | { kind: "permission"; permission: Permission; note?: string };

export interface Answer {
  status: number;
  description: string;
  /** Media type → schema. Leave out for answers without a body (204). */
  content?: Record<string, JsonSchema>;
}

export interface RouteDoc {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** As in docs/API.md, with :params. */
  path: string;
  summary: string;
  access: Access;
  query?: QueryName;
  /** Words for a parameter of `query` that its shared schema cannot say, by parameter name. */
  queryDescriptions?: Record<string, string>;
  /** Extra query parameters that are not a shared schema. */
  extraQuery?: Array<{ name: string; required: boolean; schema: JsonSchema; description: string }>;
  body?: ComponentName;
  /** Other request media types accepted besides JSON. */
  rawBodies?: string[];
  answer: Answer;
  /** Error statuses this route gives besides the ones every route of its kind can give. */
  errors?: number[];
}

const anyone: Access = { kind: "anyone" };
const signedIn: Access = { kind: "signed-in" };
const may = (permission: Permission, note?: string): Access => ({
  kind: "permission",
  permission,
  ...(note ? { note } : {}),
});
const json = (schema: JsonSchema) => ({ "application/json": schema });
const ok = (description: string, schema: JsonSchema, status = 200): Answer => ({
  status,
  description,
  content: json(schema),
});
const noContent: Answer = { status: 204, description: "Done; no body." };
// The audit filters take any text, so that events of an action no longer recorded stay findable.
const auditQueryDescriptions = {
  action:
    `One action (${auditActions.join(", ")}; the list is shared/src/audit-actions.ts), ` +
    "or a family of them with a trailing .* (claim.*).",
};
const versionQuery = [
  {
    name: "version",
    required: true,
    schema: { type: "integer", minimum: 1 },
    description: "The version the deletion is based on.",
  },
];

export const routes: RouteDoc[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Is the server usable: database reachable and migrated (503 when not)",
    access: anyone,
    answer: ok("Status of the server and its database", {
      type: "object",
      properties: {
        status: { type: "string", enum: ["ok", "unavailable"] },
        version: { type: "string" },
        database: { type: "object" },
        migrations: { type: "object" },
        detail: { type: "string" },
      },
      required: ["status", "version", "database", "migrations"],
    }),
    errors: [503],
  },
  {
    method: "post",
    path: "/api/auth/login",
    summary: "Sign in; sets the session cookie",
    access: anyone,
    body: "LoginInput",
    answer: ok("The session, with its CSRF token", ref("SessionInfo")),
    errors: [429],
  },
  { method: "post", path: "/api/auth/logout", summary: "Sign out", access: signedIn, answer: noContent },
  {
    method: "get",
    path: "/api/auth/session",
    summary: "The current session",
    access: signedIn,
    answer: ok("The session", ref("SessionInfo")),
  },

  {
    method: "get",
    path: "/api/users",
    summary: "Every account, for assignment",
    access: signedIn,
    answer: ok("All users", listOf("User")),
  },
  {
    method: "post",
    path: "/api/users",
    summary: "Create an account",
    access: may("manage:users"),
    body: "CreateUserInput",
    answer: ok("The new user", ref("User"), 201),
    errors: [409],
  },
  {
    method: "patch",
    path: "/api/users/:id",
    summary:
      "Change an account's name, role, password or disabled state (the last active admin cannot be demoted or disabled)",
    access: may("manage:users"),
    body: "UpdateUserInput",
    answer: ok("The user as changed", ref("User")),
    errors: [409],
  },

  {
    method: "get",
    path: "/api/articles",
    summary: "Articles with review progress",
    access: signedIn,
    query: "articleList",
    answer: ok("A page of articles", pageOf("ArticleSummary")),
  },
  {
    method: "post",
    path: "/api/articles",
    summary: "Import an article; its claims are extracted in the same transaction",
    access: may("import:article"),
    body: "ImportArticleInput",
    rawBodies: ["text/plain", "text/markdown", "text/html"],
    query: "articleImportMetadata",
    answer: ok("The imported article", ref("Article"), 201),
    errors: [413, 415],
  },
  {
    method: "post",
    path: "/api/articles/preview",
    summary: "Extract claims without saving anything",
    access: may("import:article"),
    body: "ImportArticleInput",
    answer: ok("The converted body and its claims", {
      type: "object",
      properties: {
        body: { type: "string" },
        publishedOn: { anyOf: [{ type: "string", format: "date" }, { type: "null" }] },
        claims: { type: "array", items: ref("ExtractedClaim") },
      },
      required: ["body", "publishedOn", "claims"],
    }),
    errors: [413],
  },
  {
    method: "get",
    path: "/api/articles/:id",
    summary: "One article with its body",
    access: signedIn,
    answer: ok("The article", ref("Article")),
  },
  {
    method: "patch",
    path: "/api/articles/:id",
    summary: "Change an article; a new body re-anchors its claims",
    access: may("update:article"),
    body: "UpdateArticleInput",
    answer: ok("The article as changed", ref("Article")),
    errors: [409, 413],
  },
  {
    method: "get",
    path: "/api/articles/:id/claims",
    summary: "An article's claims in text order, dismissed included",
    access: signedIn,
    answer: ok("The claims", listOf("Claim")),
  },
  {
    method: "post",
    path: "/api/articles/:id/claims",
    summary: "Mark a span of the article as a claim",
    access: may("create:claim"),
    body: "CreateClaimInput",
    answer: ok("The new claim", ref("Claim"), 201),
    // A claim already has exactly this span: `current` is that claim.
    errors: [409],
  },
  {
    method: "get",
    path: "/api/articles/:id/events",
    summary: "Live changes to the article: server-sent events named `change`",
    access: signedIn,
    answer: {
      status: 200,
      description: "An event stream; each `change` event's data is a LiveEvent",
      content: {
        "text/event-stream": {
          type: "string",
          description: "data: LiveEvent as JSON",
          contentSchema: ref("LiveEvent"),
        },
      },
    },
  },
  {
    method: "get",
    path: "/api/articles/:id/report",
    summary: "The fact-check report in the chosen format",
    access: may("export:report"),
    query: "report",
    answer: {
      status: 200,
      description: "The report file",
      content: {
        "text/markdown": { type: "string" },
        "text/html": { type: "string" },
        "application/pdf": { type: "string", contentMediaType: "application/pdf", contentEncoding: "binary" },
        "application/json": ref("ReportDocument"),
        "text/csv": { type: "string" },
        "application/ld+json": { type: "object", description: "schema.org ClaimReview items" },
      },
    },
  },

  {
    method: "get",
    path: "/api/claims",
    summary: "Claims across articles (`assignee=me` is my queue)",
    access: signedIn,
    query: "claimList",
    answer: ok("A page of claims", pageOf("Claim")),
  },
  {
    method: "get",
    path: "/api/claims/:id",
    summary: "One claim with its sources and notes",
    access: signedIn,
    answer: ok("The claim", ref("ClaimWithThread")),
  },
  {
    method: "patch",
    path: "/api/claims/:id",
    summary: "Change a claim's span, wording, kind or claimant",
    access: may("update:claim"),
    body: "UpdateClaimInput",
    answer: ok("The claim as changed", ref("Claim")),
    errors: [409],
  },
  {
    method: "put",
    path: "/api/claims/:id/verdict",
    summary: "Give, change or take back a verdict",
    access: may("set:verdict"),
    body: "SetVerdictInput",
    answer: ok("The claim", ref("Claim")),
    errors: [409],
  },
  {
    method: "post",
    path: "/api/claims/:id/approve",
    summary: "Approve the claim's verdict",
    access: may("approve:verdict"),
    body: "VersionOnlyInput",
    answer: ok("The claim", ref("Claim")),
    errors: [409],
  },
  {
    method: "post",
    path: "/api/claims/:id/dismiss",
    summary: "Dismiss a claim (it stays, out of review)",
    access: may("update:claim"),
    body: "VersionOnlyInput",
    answer: ok("The claim", ref("Claim")),
    errors: [409],
  },
  {
    method: "post",
    path: "/api/claims/:id/restore",
    summary: "Bring a dismissed claim back into review",
    access: may("update:claim"),
    body: "VersionOnlyInput",
    answer: ok("The claim", ref("Claim")),
    errors: [409],
  },
  {
    method: "put",
    path: "/api/claims/:id/assignee",
    summary: "Assign the claim (null: nobody)",
    access: may("assign:claim"),
    body: "AssignInput",
    answer: ok("The claim", ref("Claim")),
    errors: [409],
  },
  {
    method: "post",
    path: "/api/claims/:id/split",
    summary: "Split a claim in two at an offset",
    access: may("update:claim"),
    body: "SplitClaimInput",
    answer: ok("The two claims", listOf("Claim")),
    errors: [409],
  },
  {
    method: "post",
    path: "/api/claims/merge",
    summary: "Merge adjacent claims into one",
    access: may("update:claim"),
    body: "MergeClaimsInput",
    answer: ok("The merged claim", ref("Claim")),
    errors: [404, 409],
  },
  {
    method: "get",
    path: "/api/claims/:id/history",
    summary: "Every recorded change to the claim, oldest first",
    access: signedIn,
    answer: ok("The claim's audit events", listOf("AuditEvent")),
  },
  {
    method: "get",
    path: "/api/claims/:id/similar",
    summary:
      "Claims in other articles, already given a verdict, whose wording shares at least a third of its key words",
    access: may("read:claim"),
    answer: ok("Up to 5, most similar first", listOf("SimilarClaim")),
    errors: [404],
  },
  {
    method: "post",
    path: "/api/claims/:id/sources",
    summary:
      "Attach evidence to a claim (409, with that source in `current`, when the claim has a source at that address)",
    access: may("create:source"),
    body: "SourceInput",
    answer: ok("The new source", ref("Source"), 201),
    errors: [409],
  },
  {
    method: "patch",
    path: "/api/sources/:id",
    summary: "Change a source (409 also when its new address is another source's of the claim)",
    access: may("update:source"),
    body: "UpdateSourceInput",
    answer: ok("The source as changed", ref("Source")),
    errors: [409],
  },
  {
    method: "delete",
    path: "/api/sources/:id",
    summary: "Remove a source",
    access: may("update:source"),
    extraQuery: versionQuery,
    answer: noContent,
    errors: [409],
  },
  {
    method: "post",
    path: "/api/claims/:id/notes",
    summary:
      `Write a note (or a reply) under a claim. The same note sent again by its author within ${REPEAT_WINDOW_SECONDS} s is answered ` +
      "with the first one (header `Idempotent-Replayed: true`), not stored twice",
    access: may("create:note"),
    body: "NoteInput",
    answer: ok("The new note (or the one this repeats)", ref("Note"), 201),
  },
  {
    method: "patch",
    path: "/api/notes/:id",
    summary: "Edit a note",
    access: may("update:note:own", "its author; admins (update:note:any) may edit anyone's"),
    body: "UpdateNoteInput",
    answer: ok("The note as changed", ref("Note")),
    errors: [409],
  },
  {
    method: "delete",
    path: "/api/notes/:id",
    summary: "Delete a note",
    access: may("update:note:own", "its author; admins (update:note:any) may delete anyone's"),
    extraQuery: versionQuery,
    answer: noContent,
    errors: [409],
  },

  {
    method: "get",
    path: "/api/audit",
    summary: "The audit log, newest first, filtered",
    access: may("read:audit"),
    query: "audit",
    queryDescriptions: auditQueryDescriptions,
    answer: ok(
      "A page of audit events, each with its article's title and its claim's wording",
      pageOf("AuditFeedEvent"),
    ),
  },
  {
    method: "get",
    path: "/api/audit.csv",
    summary: "Every audit event matching the filters, oldest first, as CSV (cursor and limit are ignored)",
    access: may("read:audit"),
    query: "audit",
    queryDescriptions: auditQueryDescriptions,
    answer: {
      status: 200,
      description: "A CSV attachment with a header row",
      content: { "text/csv": { type: "string" } },
    },
  },
  {
    method: "get",
    path: "/api/audit/verify",
    summary: "Recompute the audit log's hash chain",
    access: may("verify:audit"),
    answer: ok("Whether the chain is intact, and where it first breaks", ref("ChainVerification")),
  },
  {
    method: "get",
    path: "/api/openapi.json",
    summary: "This document",
    access: anyone,
    answer: ok("OpenAPI 3.1", { type: "object" }),
  },
];

// The shared zod schemas, named, as OpenAPI components. Each is converted once with zod's own
// z.toJSONSchema: requests as the client may send them (io "input": defaults optional, the query
// string's text before coercion), answers as the server sends them (io "output").
import { z } from "zod";
import {
  articleListQuerySchema,
  articleSchema,
  articleSummarySchema,
  assignInputSchema,
  auditEventSchema,
  auditQuerySchema,
  chainVerificationSchema,
  claimListQuerySchema,
  claimSchema,
  similarClaimSchema,
  claimWithThreadSchema,
  createClaimInputSchema,
  createUserInputSchema,
  extractedClaimSchema,
  importArticleInputSchema,
  liveEventSchema,
  loginInputSchema,
  mergeClaimsInputSchema,
  noteInputSchema,
  noteSchema,
  problemSchema,
  sessionInfoSchema,
  setVerdictInputSchema,
  sourceInputSchema,
  sourceSchema,
  splitClaimInputSchema,
  updateArticleInputSchema,
  updateClaimInputSchema,
  updateNoteInputSchema,
  updateSourceInputSchema,
  updateUserInputSchema,
  userSchema,
  versionOnlyInputSchema,
  auditFeedEventSchema,
} from "@claimdesk/shared";
import { reportDocumentSchema, reportQuerySchema } from "@claimdesk/shared/schemas/report";

export type JsonSchema = Record<string, unknown>;

/** Request bodies. */
export const inputSchemas = {
  LoginInput: loginInputSchema,
  CreateUserInput: createUserInputSchema,
  UpdateUserInput: updateUserInputSchema,
  ImportArticleInput: importArticleInputSchema,
  UpdateArticleInput: updateArticleInputSchema,
  CreateClaimInput: createClaimInputSchema,
  UpdateClaimInput: updateClaimInputSchema,
  SetVerdictInput: setVerdictInputSchema,
  VersionOnlyInput: versionOnlyInputSchema,
  AssignInput: assignInputSchema,
  SplitClaimInput: splitClaimInputSchema,
  MergeClaimsInput: mergeClaimsInputSchema,
  SourceInput: sourceInputSchema,
  UpdateSourceInput: updateSourceInputSchema,
  NoteInput: noteInputSchema,
  UpdateNoteInput: updateNoteInputSchema,
} satisfies Record<string, z.ZodType>;

/** Answers. */
export const outputSchemas = {
  Problem: problemSchema,
  User: userSchema,
  SessionInfo: sessionInfoSchema,
  ArticleSummary: articleSummarySchema,
  Article: articleSchema,
  ExtractedClaim: extractedClaimSchema,
  Claim: claimSchema,
  SimilarClaim: similarClaimSchema,
  ClaimWithThread: claimWithThreadSchema,
  Source: sourceSchema,
  Note: noteSchema,
  AuditEvent: auditEventSchema,
  AuditFeedEvent: auditFeedEventSchema,
  ChainVerification: chainVerificationSchema,
  LiveEvent: liveEventSchema,
  ReportDocument: reportDocumentSchema,
} satisfies Record<string, z.ZodType>;

/** Query strings: spread into one `in: query` parameter per property. */
export const querySchemas = {
  articleList: articleListQuerySchema,
  articleImportMetadata: importArticleInputSchema.omit({ body: true }),
  claimList: claimListQuerySchema,
  audit: auditQuerySchema,
  report: reportQuerySchema,
} satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof inputSchemas | keyof typeof outputSchemas;
export type QueryName = keyof typeof querySchemas;

export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  // "any" keeps a schema whose refinements JSON Schema cannot express, instead of throwing;
  // the refinement still runs on the server.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

export function buildComponentSchemas(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(inputSchemas)) out[name] = closeObjects(toJsonSchema(schema, "input"));
  for (const [name, schema] of Object.entries(outputSchemas)) out[name] = toJsonSchema(schema, "output");
  return out;
}

export const ref = (name: ComponentName): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

export const listOf = (name: ComponentName): JsonSchema => ({
  type: "object",
  properties: { items: { type: "array", items: ref(name) } },
  required: ["items"],
});

export const pageOf = (name: ComponentName): JsonSchema => ({
  type: "object",
  properties: {
    items: { type: "array", items: ref(name) },
    nextCursor: {
      anyOf: [{ type: "string" }, { type: "null" }],
      description: "Pass as `cursor` for the next page; null on the last page.",
    },
  },
  required: ["items", "nextCursor"],
});

/**
 * Marks every object of a request body `additionalProperties: false`: the server refuses a body's
 * unknown fields with 422 (http/unknown-fields.ts), which zod's input schemas leave open.
 */
function closeObjects<T>(node: T): T {
  if (Array.isArray(node)) return node.map(closeObjects) as T;
  if (!node || typeof node !== "object") return node;
  const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closeObjects(value)]));
  if (out.type === "object" && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out as T;
}

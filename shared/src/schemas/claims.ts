import { z } from "zod";
import { stanceSchema, verdictSchema } from "../verdicts.ts";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  pageQuerySchema,
  userRefSchema,
  webUrlSchema,
  versionSchema,
} from "./common.ts";
import {
  claimFlagSchema,
  claimKindSchema,
  claimantSchema,
  quantitySchema,
  resolvedDateSchema,
  scoreReasonSchema,
} from "./extracted-claim.ts";

export const anchorStatusSchema = z.enum(["anchored", "moved", "changed", "missing"]);
export const claimOriginSchema = z.enum(["auto", "manual"]);
/** Where a claim stands in review; derived from verdict, approval and dismissal. */
export const reviewStateSchema = z.enum(["unreviewed", "verdict_given", "approved", "dismissed"]);
export type ReviewState = z.infer<typeof reviewStateSchema>;

export const claimDetailsSchema = z.object({
  claimant: claimantSchema.nullable(),
  alsoKinds: z.array(claimKindSchema),
  reasons: z.object({ factual: z.array(scoreReasonSchema), checkworthy: z.array(scoreReasonSchema) }),
  quantities: z.array(quantitySchema),
  dates: z.array(resolvedDateSchema),
  flags: z.array(claimFlagSchema),
  loadedTerms: z.array(z.string()),
});
export type ClaimDetails = z.infer<typeof claimDetailsSchema>;

export const sourceSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  url: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  excerpt: z.string().nullable(),
  stance: stanceSchema,
  accessedOn: z.string().nullable(),
  addedBy: userRefSchema.nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
});
export type Source = z.infer<typeof sourceSchema>;

export const sourceInputSchema = z.object({
  url: webUrlSchema,
  title: z.string().trim().max(500).nullish(),
  publisher: z.string().trim().max(200).nullish(),
  excerpt: z.string().max(5000).nullish(),
  stance: stanceSchema,
  accessedOn: isoDateSchema.nullish(),
});
export const updateSourceInputSchema = sourceInputSchema.partial().extend({ version: versionSchema });

export const noteSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  parentId: idSchema.nullable(),
  author: userRefSchema,
  /** Markdown as written. Never rendered as HTML by the server; the client renders it safely. */
  body: z.string(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Note = z.infer<typeof noteSchema>;

export const noteInputSchema = z.object({
  body: z.string().trim().min(1, "write something").max(20_000),
  parentId: idSchema.nullish(),
});
export const updateNoteInputSchema = z.object({
  version: versionSchema,
  body: z.string().trim().min(1, "write something").max(20_000),
});

export const claimSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  /** 1-based position in text order, as used in reports (#claim-N). */
  number: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchorStatus: anchorStatusSchema,
  text: z.string(),
  kind: claimKindSchema,
  scores: z.object({ factual: z.number(), checkworthy: z.number() }),
  claimant: z.string().nullable(),
  details: claimDetailsSchema,
  origin: claimOriginSchema,
  reviewState: reviewStateSchema,
  verdict: verdictSchema.nullable(),
  rationale: z.string().nullable(),
  verdictBy: userRefSchema.nullable(),
  verdictAt: isoDateTimeSchema.nullable(),
  approvedBy: userRefSchema.nullable(),
  approvedAt: isoDateTimeSchema.nullable(),
  needsReReview: z.boolean(),
  dismissed: z.boolean(),
  assignee: userRefSchema.nullable(),
  sourceCount: z.number().int(),
  noteCount: z.number().int(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Claim = z.infer<typeof claimSchema>;

export const claimWithThreadSchema = claimSchema.extend({
  sources: z.array(sourceSchema),
  notes: z.array(noteSchema),
});
export type ClaimWithThread = z.infer<typeof claimWithThreadSchema>;

const span = { start: z.number().int().min(0), end: z.number().int().min(0) };

export const createClaimInputSchema = z
  .object({
    ...span,
    text: z.string().trim().max(2000).optional(),
    kind: claimKindSchema.optional(),
    claimant: z.string().trim().max(200).nullish(),
  })
  .refine((c) => c.end > c.start, { message: "end must be after start", path: ["end"] });

export const updateClaimInputSchema = z.object({
  version: versionSchema,
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  text: z.string().trim().min(1).max(2000).optional(),
  kind: claimKindSchema.optional(),
  claimant: z.string().trim().max(200).nullish(),
});

export const setVerdictInputSchema = z.object({
  version: versionSchema,
  /** null takes the verdict back: the claim is "not yet reviewed" again. */
  verdict: verdictSchema.nullable(),
  rationale: z.string().trim().max(20_000).nullish(),
});

export const versionOnlyInputSchema = z.object({ version: versionSchema });
export const assignInputSchema = z.object({ version: versionSchema, assigneeId: idSchema.nullable() });
export const splitClaimInputSchema = z.object({ version: versionSchema, at: z.number().int().min(1) });
export const mergeClaimsInputSchema = z.object({
  claims: z
    .array(z.object({ id: idSchema, version: versionSchema }))
    .min(2)
    .max(20),
});

export const claimListQuerySchema = pageQuerySchema.extend({
  articleId: idSchema.optional(),
  state: reviewStateSchema.optional(),
  verdict: z.union([verdictSchema, z.literal("none")]).optional(),
  kind: claimKindSchema.optional(),
  assignee: z.union([idSchema, z.literal("me"), z.literal("none")]).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(["position", "checkworthy"]).default("position"),
  includeDismissed: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

/**
 * A claim from another article that already has a verdict and shares key words with the one being
 * reviewed: a reviewer can reuse (or knowingly differ from) an earlier check.
 */
export const similarClaimSchema = z.object({
  id: idSchema,
  text: z.string(),
  verdict: verdictSchema,
  verdictAt: z.string().nullable(),
  articleId: idSchema,
  articleTitle: z.string(),
  /** Stemmed key words (stop words left out) the two wordings have in common. */
  sharedWords: z.number().int().min(1),
  /** Shared key words over all key words of either wording (Jaccard), 0..1. */
  similarity: z.number().min(0).max(1),
});
export type SimilarClaim = z.infer<typeof similarClaimSchema>;

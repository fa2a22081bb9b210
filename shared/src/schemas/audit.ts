import { z } from "zod";
import { idSchema, isoDateTimeSchema, pageQuerySchema } from "./common.ts";

export const auditEventSchema = z.object({
  seq: z.string(),
  occurredAt: isoDateTimeSchema,
  actor: z.object({ id: idSchema, name: z.string(), email: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  articleId: idSchema.nullable(),
  claimId: idSchema.nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/**
 * An event as the audit feed (GET /api/audit) answers it: the stored event plus what an editor needs
 * to read it without looking ids up. Presentation only: neither field is part of the event or its
 * hash, and both describe the article and claim as they are when the feed is read. A claim's
 * history (GET /api/claims/:id/history) answers plain AuditEvents.
 */
export const auditFeedEventSchema = auditEventSchema.extend({
  articleTitle: z
    .string()
    .nullable()
    .describe("The title of the event's article (articleId); null when the event concerns no article."),
  // The length limit is the server's choice (server/src/audit/claim-excerpt.ts); a reader only needs
  // to know the text may be cut.
  claimExcerpt: z
    .string()
    .nullable()
    .describe(
      'The start of the claim\'s quoted text (claimId), cut at a word and ending in "…" when cut. A claim ' +
        "merged away since reads as this event recorded it; null when the event concerns no claim or " +
        "records no wording of a claim that no longer exists.",
    ),
});
export type AuditFeedEvent = z.infer<typeof auditFeedEventSchema>;

export const auditQuerySchema = pageQuerySchema
  .extend({
    actorId: idSchema.optional(),
    articleId: idSchema.optional(),
    claimId: idSchema.optional(),
    action: z.string().max(100).optional(),
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
  })
  // Swapped bounds matched nothing, which reads as "nobody did anything" rather than as a mistake.
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
    path: ["to"],
    message: "must not be before from: swap the two times",
  });

export const chainVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.string(), reason: z.string() }).nullable(),
});
export type ChainVerification = z.infer<typeof chainVerificationSchema>;

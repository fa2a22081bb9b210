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

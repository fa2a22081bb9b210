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

export const auditQuerySchema = pageQuerySchema.extend({
  actorId: idSchema.optional(),
  articleId: idSchema.optional(),
  claimId: idSchema.optional(),
  action: z.string().max(100).optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
});

export const chainVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.string(), reason: z.string() }).nullable(),
});
export type ChainVerification = z.infer<typeof chainVerificationSchema>;

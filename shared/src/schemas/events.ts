import { z } from "zod";

/** What the server pushes to open clients of an article (server-sent events, event name "change"). */
export const liveEventSchema = z.object({
  articleId: z.string(),
  entityType: z.enum(["article", "claim", "source", "note"]),
  entityId: z.string(),
  claimId: z.string().nullable(),
  action: z.string(),
  actorId: z.string().nullable(),
  version: z.number().int().nullable(),
  at: z.string(),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;

// An event as the audit feed (GET /api/audit) answers it: the stored event plus what an editor
// needs to read it without looking ids up. Presentation only: neither field is part of the event
// or its hash, and both describe the article and claim as they are when the feed is read.
import { z } from "zod";
import { auditEventSchema } from "@claimdesk/shared";
import { EXCERPT_LENGTH } from "./claim-excerpt.ts";

export const auditFeedEventSchema = auditEventSchema.extend({
  articleTitle: z
    .string()
    .nullable()
    .describe("The title of the event's article (articleId); null when the event concerns no article."),
  claimExcerpt: z
    .string()
    .nullable()
    .describe(
      `The start of the claim's quoted text (claimId), at most ${EXCERPT_LENGTH} characters, ending in "…" ` +
        "when cut. A claim merged away since reads as this event recorded it; null when the event " +
        "concerns no claim or records no wording of a claim that no longer exists.",
    ),
});
export type AuditFeedEvent = z.infer<typeof auditFeedEventSchema>;

import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { auditEventSchema, pageSchema } from "@claimdesk/shared";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

/**
 * An event of the feed: the stored event plus its article's title and the start of its claim's
 * wording, so the feed reads as text rather than ids. The server's definition, with the details,
 * is server/src/audit/audit-feed-event.ts; a claim's history (the review panel) has neither field.
 */
export const auditFeedEventSchema = auditEventSchema.extend({
  articleTitle: z.string().nullable(),
  claimExcerpt: z.string().nullable(),
});
export type AuditFeedEvent = z.infer<typeof auditFeedEventSchema>;

const auditPageSchema = pageSchema(auditFeedEventSchema);

export interface AuditFilters {
  actorId?: string;
  action?: string;
  articleId?: string;
  claimId?: string;
  from?: string;
  to?: string;
}

export function getAudit(filters: AuditFilters, cursor?: string, signal?: AbortSignal) {
  return apiRequest("/api/audit", { query: { ...filters, cursor, limit: 200 }, schema: auditPageSchema, signal });
}

export function auditQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: queryKeys.audit({ ...filters }),
    queryFn: ({ pageParam, signal }) => getAudit(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery(auditQueryOptions(filters));
}

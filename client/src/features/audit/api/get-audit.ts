import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { auditFeedEventSchema, pageSchema } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// Each event with its article's title and the start of its claim's wording: the shared schema the
// server answers with, so the two cannot drift apart.
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

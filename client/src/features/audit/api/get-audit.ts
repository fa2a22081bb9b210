import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { auditEventSchema, pageSchema } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

const auditPageSchema = pageSchema(auditEventSchema);

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

import { queryOptions, useQuery } from "@tanstack/react-query";
import { claimWithThreadSchema } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

/** One claim with its sources and notes. */
export function getClaim(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/claims/${encodeURIComponent(id)}`, { schema: claimWithThreadSchema, signal });
}

export const claimQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.claim(id), queryFn: ({ signal }) => getClaim(id, signal) });

export function useClaim(id: string | null) {
  return useQuery({ ...claimQueryOptions(id ?? ""), enabled: !!id });
}

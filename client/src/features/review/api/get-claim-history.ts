import { queryOptions, useQuery } from "@tanstack/react-query";
import { auditEventSchema } from "@claimdesk/shared";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

const historySchema = z.object({ items: z.array(auditEventSchema) });

export async function getClaimHistory(id: string, signal?: AbortSignal) {
  return (await apiRequest(`/api/claims/${encodeURIComponent(id)}/history`, { schema: historySchema, signal })).items;
}

export const claimHistoryQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.claimHistory(id), queryFn: ({ signal }) => getClaimHistory(id, signal) });

export function useClaimHistory(id: string, enabled: boolean) {
  return useQuery({ ...claimHistoryQueryOptions(id), enabled });
}

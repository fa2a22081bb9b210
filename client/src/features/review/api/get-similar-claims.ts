import { useQuery } from "@tanstack/react-query";
import { similarClaimSchema } from "@claimdesk/shared";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

const similarSchema = z.object({ items: z.array(similarClaimSchema) });

export async function getSimilarClaims(id: string, signal?: AbortSignal) {
  return (await apiRequest(`/api/claims/${encodeURIComponent(id)}/similar`, { schema: similarSchema, signal })).items;
}

/** Earlier checks change rarely while a claim is open; a minute's cache spares a query per j/k press. */
export function useSimilarClaims(id: string) {
  return useQuery({
    queryKey: queryKeys.similarClaims(id),
    queryFn: ({ signal }) => getSimilarClaims(id, signal),
    staleTime: 60_000,
  });
}

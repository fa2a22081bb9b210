// Splitting and merging change claim numbers and spans across the article, so both refetch the
// article's claims rather than patching the cache.
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { claimSchema } from "@claimdesk/shared";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

const splitResultSchema = z.object({ items: z.array(claimSchema) });

/** `at` is an absolute offset in the article body, strictly inside the claim. */
export async function splitClaim(input: { claimId: string; version: number; at: number }) {
  const result = await apiRequest(`/api/claims/${encodeURIComponent(input.claimId)}/split`, {
    method: "POST",
    body: { version: input.version, at: input.at },
    schema: splitResultSchema,
  });
  return result.items;
}

export function mergeClaims(input: { claims: { id: string; version: number }[] }) {
  return apiRequest("/api/claims/merge", { method: "POST", body: { claims: input.claims }, schema: claimSchema });
}

async function refreshArticle(queryClient: QueryClient, articleId: string) {
  void queryClient.invalidateQueries({ queryKey: ["claims"] });
  void queryClient.invalidateQueries({ queryKey: ["articles", "list"] });
  // Awaited, so the caller can select the new claim once the list has it.
  await queryClient.invalidateQueries({ queryKey: queryKeys.article(articleId) });
}

function reloadClaims(queryClient: QueryClient, articleId: string) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.articleClaims(articleId) });
  void queryClient.invalidateQueries({ queryKey: ["claims"] });
}

export function useSplitClaim(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: splitClaim,
    onSuccess: () => refreshArticle(queryClient, articleId),
    // A conflict means a claim changed underneath: reload so the next try uses its new version.
    onError: () => reloadClaims(queryClient, articleId),
  });
}

export function useMergeClaims(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeClaims,
    onSuccess: () => refreshArticle(queryClient, articleId),
    onError: () => reloadClaims(queryClient, articleId),
  });
}

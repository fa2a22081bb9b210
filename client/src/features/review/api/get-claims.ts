import { queryOptions, useQuery } from "@tanstack/react-query";
import { claimSchema } from "@claimdesk/shared";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

const claimListSchema = z.object({ items: z.array(claimSchema) });

/** Every claim of the article in text order, dismissed ones included. */
export async function getArticleClaims(articleId: string, signal?: AbortSignal) {
  const page = await apiRequest(`/api/articles/${encodeURIComponent(articleId)}/claims`, {
    schema: claimListSchema,
    signal,
  });
  return page.items;
}

export const articleClaimsQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: queryKeys.articleClaims(articleId),
    queryFn: ({ signal }) => getArticleClaims(articleId, signal),
  });

export function useArticleClaims(articleId: string) {
  return useQuery(articleClaimsQueryOptions(articleId));
}

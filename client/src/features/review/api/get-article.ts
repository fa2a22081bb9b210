import { queryOptions, useQuery } from "@tanstack/react-query";
import { articleSchema } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

export function getArticle(id: string, signal?: AbortSignal) {
  return apiRequest(`/api/articles/${encodeURIComponent(id)}`, { schema: articleSchema, signal });
}

export const articleQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.article(id), queryFn: ({ signal }) => getArticle(id, signal) });

export function useArticle(id: string) {
  return useQuery(articleQueryOptions(id));
}

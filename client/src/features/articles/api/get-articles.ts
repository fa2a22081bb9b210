import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { articleSummarySchema, pageSchema } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

const articlePageSchema = pageSchema(articleSummarySchema);

export interface ArticleFilters {
  q?: string;
  status?: string;
  /** Filtered by the server, so articles on pages not loaded yet are found too. */
  assignee?: "me";
}

export function getArticles(filters: ArticleFilters, cursor?: string, signal?: AbortSignal) {
  return apiRequest("/api/articles", { query: { ...filters, cursor, limit: 50 }, schema: articlePageSchema, signal });
}

export function articlesQueryOptions(filters: ArticleFilters) {
  return infiniteQueryOptions({
    queryKey: queryKeys.articleList({ ...filters }),
    queryFn: ({ pageParam, signal }) => getArticles(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useArticles(filters: ArticleFilters) {
  return useInfiniteQuery(articlesQueryOptions(filters));
}

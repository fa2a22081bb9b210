import { useMutation, useQueryClient } from "@tanstack/react-query";
import { articleSchema, type ImportArticleInput } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

export function importArticle(input: ImportArticleInput) {
  return apiRequest("/api/articles", { method: "POST", body: input, schema: articleSchema });
}

export function useImportArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importArticle,
    onSuccess: (article) => {
      queryClient.setQueryData(queryKeys.article(article.id), article);
      void queryClient.invalidateQueries({ queryKey: queryKeys.articles });
    },
  });
}

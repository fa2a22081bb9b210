import { useMutation, useQueryClient } from "@tanstack/react-query";
import { articleSchema, type Article } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

export interface ArticleChanges {
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedOn: string | null;
  status: Article["status"];
  /** Only when the text was revised: the server then re-anchors every claim to it. */
  body?: string;
  format?: Article["sourceFormat"];
}

export function updateArticle(input: { articleId: string; version: number; changes: ArticleChanges }) {
  return apiRequest(`/api/articles/${encodeURIComponent(input.articleId)}`, {
    method: "PATCH",
    body: { version: input.version, ...input.changes },
    schema: articleSchema,
  });
}

/** A revised body moves claims, so the article's claims are refetched, not patched locally. */
export function useUpdateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateArticle,
    onSuccess: async (article) => {
      queryClient.setQueryData(queryKeys.article(article.id), article);
      void queryClient.invalidateQueries({ queryKey: ["articles", "list"] });
      // Claim threads hold anchors too; drop them so the panel reloads.
      void queryClient.invalidateQueries({ queryKey: ["claims"] });
      await queryClient.refetchQueries({ queryKey: queryKeys.articleClaims(article.id), exact: true });
    },
  });
}

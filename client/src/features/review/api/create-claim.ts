import { useMutation, useQueryClient } from "@tanstack/react-query";
import { claimSchema } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

/** A claim the extractor missed, from the reviewer's text selection. */
export function createClaim(input: { articleId: string; start: number; end: number }) {
  return apiRequest(`/api/articles/${encodeURIComponent(input.articleId)}/claims`, {
    method: "POST",
    body: { start: input.start, end: input.end },
    schema: claimSchema,
  });
}

export function useCreateClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClaim,
    onSuccess: (claim) => {
      queryClient.setQueryData<(typeof claim)[]>(queryKeys.articleClaims(claim.articleId), (old) =>
        old ? [...old, claim].sort((a, b) => a.start - b.start || b.end - a.end) : old,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.article(claim.articleId) });
    },
  });
}

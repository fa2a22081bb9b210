import type { QueryClient } from "@tanstack/react-query";
import type { Claim, ClaimWithThread } from "@claimdesk/shared";
import { queryKeys } from "../../../lib/query-keys.ts";

/** After a claim changed: put the new record where it is shown, and refetch derived data. */
export function applyClaimUpdate(queryClient: QueryClient, claim: Claim): void {
  queryClient.setQueryData<ClaimWithThread>(queryKeys.claim(claim.id), (old) => (old ? { ...old, ...claim } : old));
  queryClient.setQueryData<Claim[]>(queryKeys.articleClaims(claim.articleId), (old) =>
    old?.map((c) => (c.id === claim.id ? claim : c)),
  );
  // Progress and verdict counts are computed by the server.
  void queryClient.invalidateQueries({ queryKey: queryKeys.article(claim.articleId), exact: true });
  void queryClient.invalidateQueries({ queryKey: queryKeys.claimHistory(claim.id) });
  void queryClient.invalidateQueries({ queryKey: ["articles", "list"] });
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sourceSchema, type Stance } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

export interface SourceFields {
  url: string;
  title: string | null;
  publisher: string | null;
  excerpt: string | null;
  stance: Stance;
  accessedOn: string | null;
}

export function addSource(input: { claimId: string; source: SourceFields }) {
  return apiRequest(`/api/claims/${encodeURIComponent(input.claimId)}/sources`, {
    method: "POST",
    body: input.source,
    schema: sourceSchema,
  });
}

export function updateSource(input: { sourceId: string; version: number; source: SourceFields }) {
  return apiRequest(`/api/sources/${encodeURIComponent(input.sourceId)}`, {
    method: "PATCH",
    body: { ...input.source, version: input.version },
    schema: sourceSchema,
  });
}

export function deleteSource(input: { sourceId: string; version: number }) {
  return apiRequest(`/api/sources/${encodeURIComponent(input.sourceId)}`, {
    method: "DELETE",
    query: { version: input.version },
  });
}

/** Sources live in the claim's thread; refetch it (and the list's counts) after any change. */
function useInvalidateClaim(claimId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.claim(claimId) });
    void queryClient.invalidateQueries({ queryKey: ["articles", "detail"] });
  };
}

export function useAddSource(claimId: string) {
  return useMutation({ mutationFn: addSource, onSuccess: useInvalidateClaim(claimId) });
}
export function useUpdateSource(claimId: string) {
  return useMutation({ mutationFn: updateSource, onSuccess: useInvalidateClaim(claimId) });
}
export function useDeleteSource(claimId: string) {
  return useMutation({ mutationFn: deleteSource, onSuccess: useInvalidateClaim(claimId) });
}

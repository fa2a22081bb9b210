import { useQueryClient } from "@tanstack/react-query";
import { sourceSchema, type Stance } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { isApiError } from "../../../lib/api-error.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { useOneAtATimeMutation } from "../../../lib/use-one-at-a-time.ts";

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

// One request at a time each: a second click or Enter while the first is on its way would add the
// source twice, or conflict with the change it just saved.
export function useAddSource(claimId: string) {
  const refresh = useInvalidateClaim(claimId);
  return useOneAtATimeMutation({
    mutationFn: addSource,
    onSuccess: refresh,
    // A 409 means the claim already has a source at that address, perhaps one a colleague added a
    // moment ago: fetch it so the message can name it and the list shows it.
    onError: (e) => {
      if (isApiError(e) && e.status === 409) refresh();
    },
  });
}
export function useUpdateSource(claimId: string) {
  return useOneAtATimeMutation({ mutationFn: updateSource, onSuccess: useInvalidateClaim(claimId) });
}
export function useDeleteSource(claimId: string) {
  return useOneAtATimeMutation({ mutationFn: deleteSource, onSuccess: useInvalidateClaim(claimId) });
}

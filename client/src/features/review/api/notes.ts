import { useQueryClient } from "@tanstack/react-query";
import { noteSchema } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { useOneAtATimeMutation } from "../../../lib/use-one-at-a-time.ts";

export function addNote(input: { claimId: string; body: string }) {
  return apiRequest(`/api/claims/${encodeURIComponent(input.claimId)}/notes`, {
    method: "POST",
    body: { body: input.body },
    schema: noteSchema,
  });
}

export function updateNote(input: { noteId: string; version: number; body: string }) {
  return apiRequest(`/api/notes/${encodeURIComponent(input.noteId)}`, {
    method: "PATCH",
    body: { version: input.version, body: input.body },
    schema: noteSchema,
  });
}

function useRefreshThread(claimId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: queryKeys.claim(claimId) });
}

// One request at a time: a second click or Enter while the first is on its way would add the
// note twice, or conflict with the edit it just saved.
export function useAddNote(claimId: string) {
  return useOneAtATimeMutation({ mutationFn: addNote, onSuccess: useRefreshThread(claimId) });
}
export function useUpdateNote(claimId: string) {
  return useOneAtATimeMutation({ mutationFn: updateNote, onSuccess: useRefreshThread(claimId) });
}

// Approve, dismiss, restore and assign: each sends the version it was based on.
import { useQueryClient } from "@tanstack/react-query";
import { claimSchema } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { useOneAtATimeMutation } from "../../../lib/use-one-at-a-time.ts";
import { applyClaimUpdate } from "./update-claim-cache.ts";

type Action = "approve" | "dismiss" | "restore";

export function claimAction(input: { claimId: string; version: number; action: Action }) {
  return apiRequest(`/api/claims/${encodeURIComponent(input.claimId)}/${input.action}`, {
    method: "POST",
    body: { version: input.version },
    schema: claimSchema,
  });
}

export function assignClaim(input: { claimId: string; version: number; assigneeId: string | null }) {
  return apiRequest(`/api/claims/${encodeURIComponent(input.claimId)}/assignee`, {
    method: "PUT",
    body: { version: input.version, assigneeId: input.assigneeId },
    schema: claimSchema,
  });
}

// One at a time: a second press sent before the first is answered carries the same version, and
// came back as a conflict with the user's own change (or "already approved").
export function useClaimAction() {
  const queryClient = useQueryClient();
  return useOneAtATimeMutation({ mutationFn: claimAction, onSuccess: (claim) => applyClaimUpdate(queryClient, claim) });
}

export function useAssignClaim() {
  const queryClient = useQueryClient();
  return useOneAtATimeMutation({ mutationFn: assignClaim, onSuccess: (claim) => applyClaimUpdate(queryClient, claim) });
}

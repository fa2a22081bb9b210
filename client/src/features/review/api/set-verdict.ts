import { useQueryClient } from "@tanstack/react-query";
import { claimSchema, type Claim, type Verdict } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { useOneAtATimeMutation } from "../../../lib/use-one-at-a-time.ts";
import { applyClaimUpdate } from "./update-claim-cache.ts";

export interface SetVerdictInput {
  claimId: string;
  version: number;
  verdict: Verdict | null;
  rationale: string | null;
}

export function setVerdict({ claimId, ...body }: SetVerdictInput) {
  return apiRequest(`/api/claims/${encodeURIComponent(claimId)}/verdict`, { method: "PUT", body, schema: claimSchema });
}

/**
 * One save at a time: a second one sent before the first is answered carries the same version and
 * would come back as a conflict with the reviewer's own verdict. `onSaved` runs even when the form
 * that saved is no longer on screen.
 */
export function useSetVerdict(onSaved?: (input: SetVerdictInput, saved: Claim) => void) {
  const queryClient = useQueryClient();
  return useOneAtATimeMutation({
    mutationFn: setVerdict,
    onSuccess: (claim, input) => {
      applyClaimUpdate(queryClient, claim);
      onSaved?.(input, claim);
    },
  });
}

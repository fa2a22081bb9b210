import { useMutation, useQueryClient } from "@tanstack/react-query";
import { claimSchema, type Verdict } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
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

export function useSetVerdict() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setVerdict, onSuccess: (claim) => applyClaimUpdate(queryClient, claim) });
}

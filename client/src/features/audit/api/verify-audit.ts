import { queryOptions, useQuery } from "@tanstack/react-query";
import { chainVerificationSchema } from "@claimdesk/shared";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

/** Recomputes the audit hash chain on the server; slow on big logs, so it runs only on request. */
export function verifyAuditChain(signal?: AbortSignal) {
  return apiRequest("/api/audit/verify", { schema: chainVerificationSchema, signal });
}

export const auditVerificationQueryOptions = queryOptions({
  queryKey: queryKeys.auditVerification,
  queryFn: ({ signal }) => verifyAuditChain(signal),
  enabled: false,
  staleTime: 0,
  gcTime: 0,
});

/** Idle until `refetch()` (the "Verify" button); each press checks the chain again. */
export function useAuditVerification() {
  return useQuery(auditVerificationQueryOptions);
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sessionInfoSchema } from "@claimdesk/shared";
import { apiRequest, setCsrfToken } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

export async function signIn(input: { email: string; password: string }) {
  const session = await apiRequest("/api/auth/login", { method: "POST", body: input, schema: sessionInfoSchema });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // A new user may see different things: drop everything cached for the previous one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== "session" });
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}

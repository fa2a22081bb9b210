// The signed-in user, read by every feature to decide which controls to show.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { can, sessionInfoSchema, type Permission, type SessionInfo } from "@claimdesk/shared";
import { apiRequest, setCsrfToken } from "./api-client.ts";
import { isApiError } from "./api-error.ts";
import { queryKeys } from "./query-keys.ts";

/** null when nobody is signed in (the API answers 401). */
export async function getSession(): Promise<SessionInfo | null> {
  try {
    const session = await apiRequest("/api/auth/session", { schema: sessionInfoSchema });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (isApiError(e) && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: queryKeys.session,
  queryFn: getSession,
  staleTime: 5 * 60_000,
  retry: false,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}

/** The signed-in user; only call below the route guard, which guarantees a session. */
export function useCurrentUser() {
  const { data } = useSession();
  if (!data) throw new Error("useCurrentUser needs a signed-in session");
  return data.user;
}

export function useCan(permission: Permission): boolean {
  const { data } = useSession();
  return data ? can(data.user.role, permission) : false;
}

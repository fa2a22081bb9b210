import { useEffect, useState, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { onUnauthenticated, setCsrfToken } from "../lib/api-client.ts";
import { queryKeys } from "../lib/query-keys.ts";
import { createQueryClient } from "./query-client.ts";

let expired = false;
/**
 * True after a request answered 401 mid-session, until someone signs in again; the guard shows
 * "session expired" for it. Reading does not reset it: the guard reads it while rendering, and React
 * may render twice (StrictMode) or drop a render, which lost the message when reading reset it.
 */
export function sessionExpired(): boolean {
  return expired;
}
export function clearSessionExpired(): void {
  expired = false;
}

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  useEffect(() => {
    onUnauthenticated(() => {
      if (queryClient.getQueryData(queryKeys.session)) expired = true;
      setCsrfToken(null);
      queryClient.setQueryData(queryKeys.session, null);
    });
    return () => onUnauthenticated(null);
  }, [queryClient]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

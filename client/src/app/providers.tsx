import { useEffect, useState, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { onUnauthenticated, setCsrfToken } from "../lib/api-client.ts";
import { queryKeys } from "../lib/query-keys.ts";
import { createQueryClient } from "./query-client.ts";

let expired = false;
/** True once after a request answered 401 mid-session; the guard shows "session expired" for it. */
export function takeSessionExpired(): boolean {
  const was = expired;
  expired = false;
  return was;
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

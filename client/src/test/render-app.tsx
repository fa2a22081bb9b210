import { StrictMode } from "react";
import { render } from "@testing-library/react";
import { QueryClient } from "@tanstack/react-query";
import { createMemoryRouter, RouterProvider } from "react-router";
import type { SessionInfo } from "@claimdesk/shared";
import { AppProviders } from "../app/providers.tsx";
import { routes } from "../app/router.tsx";
import { setCsrfToken } from "../lib/api-client.ts";
import { queryKeys } from "../lib/query-keys.ts";

/**
 * The real routes and providers at a given URL, with a session already known (or none), in
 * StrictMode as main.tsx renders them: components must not depend on rendering only once.
 */
export function renderApp(path: string, signedIn: SessionInfo | null) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  client.setQueryData(queryKeys.session, signedIn);
  setCsrfToken(signedIn?.csrfToken ?? null);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <StrictMode>
      <AppProviders client={client}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  return { ...utils, router, client };
}

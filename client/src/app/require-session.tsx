import { Navigate, Outlet, useLocation } from "react-router";
import type { Permission } from "@claimdesk/shared";
import { ErrorMessage, Loading } from "../components/status.tsx";
import { useCan, useSession } from "../lib/session.ts";
import { clearSessionExpired, sessionExpired } from "./providers.tsx";

/** Routes below need a session; without one the user goes to sign in and comes back after. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading what="your session" />;
  if (session.isError) return <ErrorMessage error={session.error} />;
  if (!session.data) {
    const from = location.pathname + location.search;
    const reason = sessionExpired() ? "&reason=expired" : "";
    return <Navigate to={`/sign-in?from=${encodeURIComponent(from)}${reason}`} replace />;
  }
  // Signed in (again): a later sign-out starts afresh. Idempotent, so safe while rendering.
  clearSessionExpired();
  return <Outlet />;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: React.ReactNode }) {
  const allowed = useCan(permission);
  if (!allowed)
    return (
      <main id="main">
        <h1>Not available</h1>
        <p>Your role does not give access to this page.</p>
      </main>
    );
  return <>{children}</>;
}

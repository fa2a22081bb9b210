import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter, Link, Navigate, useParams } from "react-router";
import { Loading } from "../components/status.tsx";
import { SignInPage } from "../features/auth/index.ts";
import { ArticlesPage } from "../features/articles/index.ts";
import { ExportReport } from "../features/reports/index.ts";
import { ReviewWorkspace } from "../features/review/index.ts";
import { AppLayout } from "./layout.tsx";
import { RequirePermission, RequireSession } from "./require-session.tsx";

// Screens used by editors and admins now and then load on first visit, keeping the first load
// (sign in, list, review) smaller.
const ImportArticlePage = lazy(() =>
  import("../features/articles/import.ts").then((m) => ({ default: m.ImportArticlePage })),
);
const AuditPage = lazy(() => import("../features/audit/index.ts").then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import("../features/users/index.ts").then((m) => ({ default: m.UsersPage })));

function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading what="the page" />}>{children}</Suspense>;
}

/** Features do not import each other; the review screen gets its export control from here. */
function ReviewRoute() {
  const { id = "" } = useParams();
  return <ReviewWorkspace key={id} articleId={id} toolbar={<ExportReport articleId={id} />} />;
}

export const routes = [
  { path: "/sign-in", element: <SignInPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/articles" replace /> },
          { path: "/articles", element: <ArticlesPage /> },
          {
            path: "/articles/import",
            element: (
              <RequirePermission permission="import:article">
                <Deferred>
                  <ImportArticlePage />
                </Deferred>
              </RequirePermission>
            ),
          },
          { path: "/articles/:id", element: <ReviewRoute /> },
          {
            path: "/audit",
            element: (
              <RequirePermission permission="read:audit">
                <Deferred>
                  <AuditPage />
                </Deferred>
              </RequirePermission>
            ),
          },
          {
            path: "/users",
            element: (
              <RequirePermission permission="manage:users">
                <Deferred>
                  <UsersPage />
                </Deferred>
              </RequirePermission>
            ),
          },
          {
            path: "*",
            element: (
              <main id="main" className="page">
                <h1>Page not found</h1>
                <p>Nothing lives at this address; the link may be mistyped or out of date.</p>
                <Link to="/articles">Back to articles</Link>
              </main>
            ),
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

import { createBrowserRouter, Navigate, useParams } from "react-router";
import { SignInPage } from "../features/auth/index.ts";
import { ArticlesPage, ImportArticlePage } from "../features/articles/index.ts";
import { AuditPage } from "../features/audit/index.ts";
import { ExportReport } from "../features/reports/index.ts";
import { ReviewWorkspace } from "../features/review/index.ts";
import { UsersPage } from "../features/users/index.ts";
import { AppLayout } from "./layout.tsx";
import { RequirePermission, RequireSession } from "./require-session.tsx";

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
                <ImportArticlePage />
              </RequirePermission>
            ),
          },
          { path: "/articles/:id", element: <ReviewRoute /> },
          {
            path: "/audit",
            element: (
              <RequirePermission permission="read:audit">
                <AuditPage />
              </RequirePermission>
            ),
          },
          {
            path: "/users",
            element: (
              <RequirePermission permission="manage:users">
                <UsersPage />
              </RequirePermission>
            ),
          },
          { path: "*", element: <main id="main"><h1>Page not found</h1></main> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

import { NavLink, Outlet } from "react-router";
import { SignOutButton } from "../features/auth/index.ts";
import { useCan, useCurrentUser } from "../lib/session.ts";

export function AppLayout() {
  const user = useCurrentUser();
  const canImport = useCan("import:article");
  const canAudit = useCan("read:audit");
  const canManageUsers = useCan("manage:users");
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">ClaimDesk</span>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/articles" end>
                Articles
              </NavLink>
            </li>
            {canImport ? (
              <li>
                <NavLink to="/articles/import">Import</NavLink>
              </li>
            ) : null}
            {canAudit ? (
              <li>
                <NavLink to="/audit">Audit</NavLink>
              </li>
            ) : null}
            {canManageUsers ? (
              <li>
                <NavLink to="/users">Users</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <span className="who">
          {user.name} <span className="role">({user.role})</span>
        </span>
        <SignOutButton />
      </header>
      <Outlet />
    </>
  );
}

// Authentication (session cookie → req.auth), authorisation (one permission per route, from the
// shared rules) and CSRF protection for cookie-authenticated changes.
import type { RequestHandler } from "express";
import { can, type Permission, type Role } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { hashToken, readCookie, SESSION_COOKIE, tokensEqual } from "../auth/session-token.ts";
import { sqlRows } from "../db/sql.ts";
import { AppError } from "./app-error.ts";
import "./express-augment.ts";

interface SessionRow {
  csrf_token: string;
  expires_at: Date;
  id: string;
  email: string;
  name: string;
  role: Role;
}

// Every request runs this lookup, so it is one plain SQL statement: through Prisma's query layer
// it cost several times as much CPU (docs/reliability.md, "Where the time goes").
const SESSION_LOOKUP = `
  SELECT s.csrf_token, s.expires_at, u.id, u.email, u.name, u.role::text AS role
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`;

export function authenticate({ db }: AppDeps): RequestHandler {
  return async (req, _res, next) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!token) return next();
    const sessionId = hashToken(token);
    const [row] = await sqlRows<SessionRow>(db.pool, SESSION_LOOKUP, [sessionId]);
    if (row) {
      req.auth = {
        user: { id: row.id, email: row.email, name: row.name, role: row.role },
        sessionId,
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
      };
    }
    next();
  };
}

export const requireSession: RequestHandler = (req, _res, next) => {
  if (!req.auth) {
    return next(
      new AppError("unauthenticated", "Sign in first: this needs a session, and yours is missing or has expired."),
    );
  }
  next();
};

export function requirePermission(permission: Permission): RequestHandler {
  return (req, res, next) => {
    requireSession(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (!can(req.auth!.user.role, permission)) {
        return next(
          new AppError(
            "forbidden",
            `Your role (${req.auth!.user.role}) does not allow this (${permission}). Ask an admin if you need it.`,
          ),
        );
      }
      next();
    });
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookie-authenticated changes must carry the session's CSRF token in X-CSRF-Token (a page on another
 * site cannot read it), and a browser's Origin header, when present, must be our own.
 */
export function csrfProtection({ config }: AppDeps): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.headers.origin;
    if (origin && origin !== expectedOrigin(config.PUBLIC_ORIGIN, req.protocol, req.headers.host)) {
      return next(
        new AppError("csrf_failed", `Requests from ${origin} are not accepted. Use ClaimDesk from its own address.`),
      );
    }
    // Signing in acts on no existing session, so it needs no session token (a stale cookie left in
    // the browser must not block a fresh sign-in); the origin check above still applies to it.
    if (!req.auth || req.path === "/auth/login") return next();
    const token = req.header("x-csrf-token");
    if (!token || !tokensEqual(token, req.auth.csrfToken)) {
      return next(
        new AppError(
          "csrf_failed",
          "The X-CSRF-Token header is missing or wrong. Reload the page to get a fresh token and retry.",
        ),
      );
    }
    next();
  };
}

function expectedOrigin(publicOrigin: string | undefined, protocol: string, host: string | undefined): string {
  return publicOrigin ? new URL(publicOrigin).origin : `${protocol}://${host ?? ""}`;
}

export function actorOf(req: Express.Request & { id?: unknown }): { userId: string | null; requestId: string | null } {
  return { userId: req.auth?.user.id ?? null, requestId: req.id ? String(req.id) : null };
}

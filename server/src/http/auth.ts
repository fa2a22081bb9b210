// Authentication (session cookie → req.auth), authorisation (one permission per route, from the
// shared rules) and CSRF protection for cookie-authenticated changes.
import type { RequestHandler } from "express";
import { can, type Permission } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { hashToken, readCookie, SESSION_COOKIE, tokensEqual } from "../auth/session-token.ts";
import { AppError } from "./app-error.ts";
import "./express-augment.ts";

export function authenticate({ db }: AppDeps): RequestHandler {
  return async (req, _res, next) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!token) return next();
    const session = await db.prisma.session.findUnique({ where: { id: hashToken(token) }, include: { user: true } });
    if (session && session.expiresAt > new Date() && !session.user.disabledAt) {
      const { id, email, name, role } = session.user;
      req.auth = {
        user: { id, email, name, role },
        sessionId: session.id,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
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

// Sign in, sign out, and "who am I". Login is rate-limited per address and per account, and says
// the same thing for a wrong email as for a wrong password.
import { Router, type Request, type Response } from "express";
import { rateLimit } from "express-rate-limit";
import { loginInputSchema, type SessionInfo } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { AppError } from "../http/app-error.ts";
import { actorOf, requireSession } from "../http/auth.ts";
import { parseInput } from "../http/validate.ts";
import { presentUser } from "../users/user-presenter.ts";
import { burnPasswordCheck, verifyPassword } from "./passwords.ts";
import { hashToken, newToken, SESSION_COOKIE } from "./session-token.ts";

export function createAuthRouter(deps: AppDeps): Router {
  const { db, config } = deps;
  const router = Router();
  const tooMany = (_req: Request, _res: Response, next: (e: unknown) => void) =>
    next(
      new AppError(
        "rate_limited",
        "Too many sign-in attempts. Wait 15 minutes, or ask an admin to reset your password.",
      ),
    );
  const perAddress = rateLimit({
    windowMs: 15 * 60_000,
    limit: config.LOGIN_RATE_LIMIT * 5,
    handler: tooMany,
    standardHeaders: "draft-8",
    legacyHeaders: false,
  });
  const perAccount = rateLimit({
    windowMs: 15 * 60_000,
    limit: config.LOGIN_RATE_LIMIT,
    handler: tooMany,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (req) => `account:${String((req.body as { email?: unknown })?.email ?? "").toLowerCase()}`,
  });

  router.post("/auth/login", perAddress, perAccount, async (req, res) => {
    const input = parseInput(loginInputSchema, req.body);
    const user = await db.prisma.user.findUnique({ where: { email: input.email.toLowerCase() } });
    const valid =
      user && !user.disabledAt
        ? await verifyPassword(user.passwordHash, input.password)
        : (await burnPasswordCheck(input.password), false);
    if (!user || !valid) throw new AppError("unauthenticated", "Wrong email or password. Check both and try again.");

    // A new token on every sign-in: a session id planted before login (fixation) is never reused.
    const token = newToken();
    const expiresAt = new Date(Date.now() + config.SESSION_TTL_HOURS * 3600_000);
    const session = await db.prisma.$transaction(async (tx) => {
      const created = await tx.session.create({
        data: {
          id: hashToken(token),
          userId: user.id,
          csrfToken: newToken(),
          expiresAt,
          userAgent: req.get("user-agent")?.slice(0, 300) ?? null,
          ip: req.ip ?? null,
        },
      });
      await recordAuditEvent(
        tx,
        { userId: user.id, requestId: String(req.id) },
        { action: "session.login", entityType: "user", entityId: user.id },
      );
      return created;
    });
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: isSecure(req, config.PUBLIC_ORIGIN),
      path: "/",
      expires: expiresAt,
    });
    const body: SessionInfo = {
      user: presentUser(user),
      csrfToken: session.csrfToken,
      expiresAt: expiresAt.toISOString(),
    };
    res.json(body);
  });

  router.post("/auth/logout", requireSession, async (req, res) => {
    await db.prisma.$transaction(async (tx) => {
      await tx.session.deleteMany({ where: { id: req.auth!.sessionId } });
      // Its live streams end too, on every instance, once this commits.
      await deps.live.endStreams(tx, { sessionId: req.auth!.sessionId });
      await recordAuditEvent(tx, actorOf(req), {
        action: "session.logout",
        entityType: "user",
        entityId: req.auth!.user.id,
      });
    });
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.status(204).end();
  });

  router.get("/auth/session", requireSession, async (req, res) => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: req.auth!.user.id } });
    const body: SessionInfo = {
      user: presentUser(user),
      csrfToken: req.auth!.csrfToken,
      expiresAt: req.auth!.expiresAt.toISOString(),
    };
    res.json(body);
  });

  return router;
}

function isSecure(req: Request, publicOrigin: string | undefined): boolean {
  return publicOrigin ? publicOrigin.startsWith("https:") : req.secure;
}

// GET /api/articles/:id/events: a server-sent event stream of changes to one article.
import { Router } from "express";
import { idSchema } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { notFound } from "../http/app-error.ts";
import { requirePermission } from "../http/auth.ts";
import { parseInput } from "../http/validate.ts";
import { sqlRows, type SqlTarget } from "../db/sql.ts";

const HEARTBEAT_MS = 20_000;
/** How stale the check that the stream's session is still live may be when an event goes out. */
export const LIVE_SESSION_RECHECK_MS = 1000;

export function createLiveRouter({ db, live }: AppDeps): Router {
  const router = Router();
  router.get("/articles/:id/events", requirePermission("read:article"), async (req, res) => {
    const articleId = parseInput(idSchema, req.params.id, "path");
    if (!(await db.prisma.article.findUnique({ where: { id: articleId }, select: { id: true } })))
      throw notFound("article", articleId);
    res.writeHead(200, {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.write(`retry: 3000\n: connected\n\n`);
    // The session is checked again before events go out (at most once a second) and at every
    // heartbeat, and the stream ends when it expires: an account signed out, disabled or given a
    // new password stops receiving changes. EventSource then reconnects and gets 401.
    const { sessionId, expiresAt } = req.auth!;
    let checkedAt = Date.now();
    let ended = false;
    let queue = Promise.resolve();
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      clearTimeout(expiry);
      unsubscribe();
      res.end();
    };
    const send = (text: string, forceCheck = false) => {
      queue = queue
        .then(async () => {
          if (ended) return;
          if (forceCheck || Date.now() - checkedAt >= LIVE_SESSION_RECHECK_MS) {
            const live = await sessionIsLive(db.pool, sessionId);
            checkedAt = Date.now();
            if (!live) return end();
          }
          res.write(text);
        })
        .catch(end);
    };
    const unsubscribe = live.subscribe(
      articleId,
      (event) => send(`event: change\ndata: ${JSON.stringify(event)}\n\n`),
      () => end(),
    );
    // Comments keep proxies from closing an idle stream.
    const heartbeat = setInterval(() => send(`: ping\n\n`, true), HEARTBEAT_MS);
    const expiry = setTimeout(end, Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), 2 ** 31 - 1));
    req.on("close", end);
  });
  return router;
}

async function sessionIsLive(pool: SqlTarget, sessionId: string): Promise<boolean> {
  const rows = await sqlRows(
    pool,
    `SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [sessionId],
  );
  return rows.length > 0;
}

// GET /api/articles/:id/events: a server-sent event stream of changes to one article.
import { Router } from "express";
import { idSchema } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { notFound } from "../http/app-error.ts";
import { requirePermission } from "../http/auth.ts";
import { parseInput } from "../http/validate.ts";

const HEARTBEAT_MS = 20_000;
export function createLiveRouter({ db, live }: AppDeps): Router {
  const router = Router();
  router.get("/articles/:id/events", requirePermission("read:article"), async (req, res) => {
    const articleId = parseInput(idSchema, req.params.id, "path");
    // Registered before the article is looked up: a sign-out or role change committed during the
    // lookup must still end this stream, and would find nothing to end after it.
    const { sessionId, expiresAt, user } = req.auth!;
    let revokedBeforeStart = false;
    let endStream: () => void = () => {
      revokedBeforeStart = true;
    };
    const forget = live.openStream({ sessionId, userId: user.id, role: user.role }, () => endStream());
    const article = await db.prisma.article
      .findUnique({ where: { id: articleId }, select: { id: true } })
      .catch((error: unknown) => {
        forget();
        throw error;
      });
    if (!article) {
      forget();
      throw notFound("article", articleId);
    }
    res.writeHead(200, {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.write(`retry: 3000\n: connected\n\n`);
    // The stream ends with its session: at its expiry, and when it is signed out, its account
    // disabled or given a new role or password (ended from those routes through live.endStreams,
    // with a once-a-minute check for anything else). EventSource then reconnects and gets 401, or
    // a stream under the account's new role.
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      clearTimeout(expiry);
      unsubscribe();
      forget();
      res.end();
    };
    const unsubscribe = live.subscribe(
      articleId,
      (event) => res.write(`event: change\ndata: ${JSON.stringify(event)}\n\n`),
      () => end(),
    );
    // Comments keep proxies from closing an idle stream.
    const heartbeat = setInterval(() => res.write(`: ping\n\n`), HEARTBEAT_MS);
    const expiry = setTimeout(end, Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), 2 ** 31 - 1));
    req.on("close", end);
    endStream = end;
    if (revokedBeforeStart) end();
  });
  return router;
}

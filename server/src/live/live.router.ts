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
    if (!(await db.prisma.article.findUnique({ where: { id: articleId }, select: { id: true } })))
      throw notFound("article", articleId);
    res.writeHead(200, {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.write(`retry: 3000\n: connected\n\n`);
    const unsubscribe = live.subscribe(
      articleId,
      (event) => {
        res.write(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
      },
      () => res.end(),
    );
    // Comments keep proxies from closing an idle stream.
    const heartbeat = setInterval(() => res.write(`: ping\n\n`), HEARTBEAT_MS);
    req.on("close", () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
  return router;
}

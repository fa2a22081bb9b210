// Serves client/dist and answers the few /api routes the review screen needs with canned JSON.
// This measures the client's rendering, not the API.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { ARTICLE_ID, buildArticle, session, users } from "./canned-article.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

export async function startCannedServer(distDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { article, claims } = buildArticle(500);
  const api: Record<string, unknown> = {
    "/api/auth/session": session,
    "/api/users": users,
    [`/api/articles/${ARTICLE_ID}`]: article,
    [`/api/articles/${ARTICLE_ID}/claims`]: { items: claims },
  };
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path.endsWith("/events")) {
      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
      res.write(": open\n\n");
      return;
    }
    if (path.startsWith("/api/")) {
      const claim = claims.find((c) => path === `/api/claims/${c.id}`);
      const body =
        api[path] ??
        (claim ? { ...claim, sources: [], notes: [] } : path.endsWith("/history") ? { items: [] } : undefined);
      res.writeHead(body ? 200 : 404, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify(
          body ?? { type: "about:blank", title: "Not found", status: 404, code: "not_found", detail: path },
        ),
      );
      return;
    }
    const file =
      normalize(join(distDir, path)).startsWith(distDir) && extname(path)
        ? join(distDir, path)
        : join(distDir, "index.html");
    try {
      const data = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": CSP,
      });
      res.end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// GET /articles/:id/report?format=…&options: the fact-check report as a downloaded file.
// Editors and admins only (export:report); every export is audited (see export-report.ts).
import { Router } from "express";
import { idSchema } from "@claimdesk/shared";
import { reportQuerySchema } from "@claimdesk/shared/schemas/report";
import type { AppDeps } from "../app-deps.ts";
import { actorOf, requirePermission } from "../http/auth.ts";
import { parseInput } from "../http/validate.ts";
import { exportReport } from "./export-report.ts";
import { REPORT_HTML_CSP } from "./format-html.ts";
import { reportSite } from "./load-report-data.ts";

export function createReportsRouter(deps: AppDeps): Router {
  const router = Router();
  const site = reportSite(deps.config);

  // Express answers HEAD with the GET handler, which would build and audit a whole export for a
  // link checker's probe; nothing a HEAD tells is worth that.
  router.head("/articles/:id/report", (_req, res) => {
    res.set("Allow", "GET").status(405).end();
  });

  router.get("/articles/:id/report", requirePermission("export:report"), async (req, res) => {
    const articleId = parseInput(idSchema, req.params.id, "path");
    const { format, ...options } = parseInput(reportQuerySchema, req.query, "query");
    const report = await exportReport(deps.db.prisma, site, actorOf(req), {
      articleId,
      format,
      options,
      generatedAt: new Date(),
    });
    res.set({
      "Content-Type": report.contentType,
      "Content-Disposition": `attachment; filename="${report.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      // Reports may hold unpublished verdicts and internal notes: never keep them in a shared cache.
      "Cache-Control": "private, no-store",
      // The HTML report carries no scripts; if it is ever opened in place, nothing in it may run.
      ...(format === "html" ? { "Content-Security-Policy": REPORT_HTML_CSP } : {}),
    });
    res.send(typeof report.body === "string" ? Buffer.from(report.body, "utf8") : report.body);
  });

  return router;
}

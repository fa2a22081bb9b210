// The audit log over HTTP: browse and filter it (editors and admins), export it as CSV, verify
// its hash chain (admins), and show one claim's history to anyone who can see the claim.
import { Router } from "express";
import { auditQuerySchema, idSchema } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { notFound } from "../http/app-error.ts";
import { requirePermission } from "../http/auth.ts";
import { parseInput } from "../http/validate.ts";
import { verifyAuditChain } from "./audit-chain.ts";
import { auditCsvHeader, auditCsvRow } from "./audit-csv.ts";
import { loadAuditPage, parseSeqCursor, streamAuditRows } from "./audit-presenter.ts";
import { loadClaimHistory } from "./claim-history.ts";
import { writeChunk } from "./write-chunk.ts";

export function createAuditRouter({ db, logger }: AppDeps): Router {
  const router = Router();

  router.get("/audit", requirePermission("read:audit"), async (req, res) => {
    const { cursor, limit, ...filter } = parseInput(auditQuerySchema, req.query, "query");
    res.json(await loadAuditPage(db.pool, filter, { before: parseSeqCursor(cursor), limit }));
  });

  // Every matching event, oldest first; cursor and limit do not apply to an export.
  router.get("/audit.csv", requirePermission("read:audit"), async (req, res) => {
    const { cursor: _cursor, limit: _limit, ...filter } = parseInput(auditQuerySchema, req.query, "query");
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
    res.status(200);
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="claimdesk-audit-${stamp}Z.csv"`);
    res.setHeader("Cache-Control", "no-store");
    try {
      await writeChunk(res, auditCsvHeader());
      for await (const batch of streamAuditRows(db.pool, filter)) {
        if (res.destroyed) return;
        await writeChunk(res, batch.map(auditCsvRow).join(""));
      }
      res.end();
    } catch (error) {
      // The status line is already sent: cut the download short so it cannot pass for complete.
      (req.log ?? logger).error({ err: error }, "audit CSV export failed midway");
      res.destroy(error as Error);
    }
  });

  router.get("/audit/verify", requirePermission("verify:audit"), async (_req, res) => {
    res.json(await verifyAuditChain(db.pool));
  });

  router.get("/claims/:id/history", requirePermission("read:claim"), async (req, res) => {
    const id = String(req.params.id);
    if (!idSchema.safeParse(id).success) throw notFound("claim", id);
    const items = await loadClaimHistory(db.pool, id);
    // Nothing yet: a claim nobody has touched, or no such claim.
    if (items.length === 0 && !(await db.prisma.claim.findUnique({ where: { id }, select: { id: true } })))
      throw notFound("claim", id);
    res.json({ items });
  });

  return router;
}

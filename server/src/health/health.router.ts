// GET /api/health: is the database reachable and fully migrated? 503 otherwise, so load balancers
// and the smoke test can tell a live server from a usable one.
import { Router } from "express";
import type { AppDeps } from "../app-deps.ts";
import { pendingMigrations } from "../db/migrate.ts";

export function createHealthRouter({ db, version }: AppDeps): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const started = Date.now();
    try {
      await db.pool.query("SELECT 1");
      const pending = await pendingMigrations(db.pool);
      const ok = pending.length === 0;
      res.status(ok ? 200 : 503).json({
        status: ok ? "ok" : "unavailable",
        version,
        database: { kind: db.kind, reachable: true, latencyMs: Date.now() - started },
        migrations: { pending },
        ...(ok ? {} : { detail: `Migrations not applied: ${pending.join(", ")}. Run npm run db:migrate.` }),
      });
    } catch {
      res.status(503).json({
        status: "unavailable",
        version,
        database: { kind: db.kind, reachable: false },
        migrations: { pending: null },
        detail: "The database is not reachable. The server keeps retrying; check that PostgreSQL is running.",
      });
    }
  });
  return router;
}

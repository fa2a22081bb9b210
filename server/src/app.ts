// Builds the express app from its dependencies, without listening, so tests can run it on any port.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { AppDeps } from "./app-deps.ts";
import { createArticlesRouter } from "./articles/articles.router.ts";
import { createAuditRouter } from "./audit/audit.router.ts";
import { createAuthRouter } from "./auth/auth.router.ts";
import { createClaimsRouter } from "./claims/claims.router.ts";
import { createHealthRouter } from "./health/health.router.ts";
import { authenticate, csrfProtection } from "./http/auth.ts";
import { errorHandler, notFoundRoute } from "./http/error-handler.ts";
import { rejectUnstorableText } from "./http/reject-unstorable-text.ts";
import { requestTimeout } from "./http/request-timeout.ts";
import { markUnreadBody } from "./http/validate.ts";
import { replayAnsweredBefore } from "./idempotency/stored-answer.ts";
import { readIdempotencyKey } from "./idempotency/idempotency-key-header.ts";
import { createLiveRouter } from "./live/live.router.ts";
import { createNotesRouter } from "./notes/notes.router.ts";
import { createOpenApiRouter } from "./openapi/openapi.router.ts";
import { createReportsRouter } from "./reports/reports.router.ts";
import { createSourcesRouter } from "./sources/sources.router.ts";
import { createUsersRouter } from "./users/users.router.ts";

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", deps.config.TRUST_PROXY);
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && /^[\w.-]{1,100}$/.test(given) ? given : crypto.randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/api/health" },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );

  const api = express.Router();
  api.use(requestTimeout(deps.config.REQUEST_TIMEOUT_MS));
  api.use(express.json({ limit: deps.config.MAX_IMPORT_BYTES + 64 * 1024 }));
  api.use(markUnreadBody);
  api.use(rejectUnstorableText);
  api.use(createHealthRouter(deps));
  api.use(createOpenApiRouter());
  api.use(authenticate(deps));
  api.use(csrfProtection(deps));
  api.use(readIdempotencyKey(deps));
  api.use(createAuthRouter(deps));
  api.use(createUsersRouter(deps));
  api.use(createArticlesRouter(deps));
  api.use(createClaimsRouter(deps));
  api.use(createSourcesRouter(deps));
  api.use(createNotesRouter(deps));
  api.use(createAuditRouter(deps));
  api.use(createLiveRouter(deps));
  api.use(createReportsRouter(deps));
  api.use(notFoundRoute);
  api.use(replayAnsweredBefore);
  app.use("/api", api);

  serveClient(app, deps.config.CLIENT_DIST);
  app.use(errorHandler(deps.db));
  return app;
}

/** The built React app, with index.html for every non-API path so client-side routes work on reload. */
function serveClient(app: Express, dist: string): void {
  const index = path.join(dist, "index.html");
  if (!fs.existsSync(index)) return;
  app.use(express.static(dist, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(index));
}

// GET /api/openapi.json: the API described as OpenAPI 3.1, built once on first request (the
// schemas do not change while the server runs).
import { Router } from "express";
import { PRODUCT_VERSION } from "../version.ts";
import { buildOpenApiDocument } from "./openapi-document.ts";

let document: string | undefined;

export function openApiJson(): string {
  document ??= JSON.stringify(buildOpenApiDocument(PRODUCT_VERSION));
  return document;
}

export function createOpenApiRouter(): Router {
  const router = Router();
  router.get("/openapi.json", (_req, res) => {
    res.type("application/json").setHeader("Cache-Control", "public, max-age=300");
    res.send(openApiJson());
  });
  return router;
}

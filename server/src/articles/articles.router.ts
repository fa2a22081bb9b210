// Article routes: list with progress, import (JSON, or a raw text/Markdown/HTML file body), preview
// of the extraction without saving, read, and revise.
import express, { Router, type Request } from "express";
import {
  articleListQuerySchema,
  idSchema,
  importArticleInputSchema,
  updateArticleInputSchema,
} from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import type { Prisma } from "../db/generated/client.ts";
import { jsonAnswer, sendAnswer } from "../http/answer.ts";
import { AppError, notFound } from "../http/app-error.ts";
import { actorOf, requirePermission } from "../http/auth.ts";
import { likePattern } from "../http/like-pattern.ts";
import { rejectUnstorableText } from "../http/reject-unstorable-text.ts";
import { parseChange, parseInput } from "../http/validate.ts";
import { answerOnce } from "../idempotency/answer-once.ts";
import { lookUpKeyBeforeWork } from "../idempotency/look-up-key-before-work.ts";
import { loadProgress, presentArticle, presentArticleSummary } from "./article-presenter.ts";
import { findArticleRow } from "./article-rows.ts";
import { importArticle, prepareImport } from "./import-article.ts";
import { reviseArticle } from "./revise-article.ts";

const RAW_TYPES: Record<string, "text" | "markdown" | "html"> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
};

export function createArticlesRouter(deps: AppDeps): Router {
  const { db, config } = deps;
  const router = Router();
  const rawBody = express.text({ type: Object.keys(RAW_TYPES), limit: config.MAX_IMPORT_BYTES });
  const id = (raw: unknown) => parseInput(idSchema, raw, "path");

  router.get("/articles", requirePermission("read:article"), async (req, res) => {
    const query = parseInput(articleListQuerySchema, req.query, "query");
    const where: Prisma.ArticleWhereInput = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.q ? textSearch(likePattern(query.q)) : {}),
      ...(query.assignee === "me" ? { claims: { some: { assigneeId: req.auth!.user.id } } } : {}),
    };
    const rows = await db.prisma.article.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit,
      ...(query.cursor ? { cursor: { id: parseInput(idSchema, query.cursor, "query") }, skip: 1 } : {}),
    });
    const progress = await loadProgress(
      db.prisma,
      rows.map((r) => r.id),
    );
    res.json({
      items: rows.map((row) => presentArticleSummary(row, progress.get(row.id))),
      nextCursor: rows.length === query.limit ? rows[rows.length - 1]!.id : null,
    });
  });

  router.post(
    "/articles/preview",
    requirePermission("import:article"),
    rawBody,
    rejectUnstorableText,
    async (req, res) => {
      const input = parseImport(req);
      const prepared = await prepareImport(deps.extractor, input, config.MAX_IMPORT_BYTES);
      // The claims are already JSON (prepare-extraction.ts); the rest is wrapped around them.
      const head = JSON.stringify({ body: prepared.body, publishedOn: prepared.publishedOn });
      res.type("json").send(`${head.slice(0, -1)},"claims":${prepared.claimsJson}}`);
    },
  );

  router.post("/articles", requirePermission("import:article"), rawBody, rejectUnstorableText, async (req, res) => {
    const input = parseImport(req);
    // A retry whose answer is stored gets it here, without converting and extracting again.
    await lookUpKeyBeforeWork(db.pool, req);
    const prepared = await prepareImport(deps.extractor, input, config.MAX_IMPORT_BYTES);
    const answer = await db.prisma.$transaction(
      (tx) =>
        answerOnce(tx, req, async () => {
          const article = await importArticle(tx, actorOf(req), input, prepared);
          const progress = await loadProgress(tx, [article.id]);
          return jsonAnswer(201, presentArticle(article, progress.get(article.id)), {
            Location: `/api/articles/${article.id}`,
          });
        }),
      { timeout: 60_000 },
    );
    sendAnswer(res, answer);
  });

  router.get("/articles/:id", requirePermission("read:article"), async (req, res) => {
    const articleId = id(req.params.id);
    const article = await findArticleRow(db.pool, articleId);
    if (!article) throw notFound("article", articleId);
    res.json(presentArticle(article, (await loadProgress(db.pool, [articleId])).get(articleId)));
  });

  router.patch("/articles/:id", requirePermission("update:article"), async (req, res) => {
    const input = parseChange(updateArticleInputSchema, req.body);
    // The format says how a new body is written; alone, it would convert nothing and change nothing.
    if (input.format !== undefined && input.body === undefined) {
      throw new AppError("validation_failed", 'Send "format" together with the "body" it describes, or leave it out.', {
        fields: [{ path: "body.format", message: "only with a new body" }],
      });
    }
    sendAnswer(res, await reviseArticle(deps, req, id(req.params.id), input));
  });

  return router;
}

function textSearch(q: string): Prisma.ArticleWhereInput {
  return {
    OR: [
      { title: { contains: q, mode: "insensitive" } },
      { outlet: { contains: q, mode: "insensitive" } },
      { body: { contains: q, mode: "insensitive" } },
    ],
  };
}

/** JSON bodies are the import schema; a raw file body takes its metadata from the query string. */
function parseImport(req: Request) {
  const contentType = (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (RAW_TYPES[contentType]) {
    if (typeof req.body !== "string")
      throw new AppError("bad_request", "The file body could not be read as UTF-8 text.");
    // The text is the request body, so its problems are named as the body's, not the query string's.
    const text = importArticleInputSchema.shape.body.safeParse(req.body);
    if (!text.success) {
      throw new AppError("validation_failed", "The file is empty: send the article's text as the request body.", {
        fields: text.error.issues.slice(0, 1).map((issue) => ({ path: "body", message: issue.message })),
      });
    }
    return parseInput(
      importArticleInputSchema,
      { ...req.query, body: req.body, format: RAW_TYPES[contentType] },
      "query",
    );
  }
  if (!req.is("application/json")) {
    throw new AppError(
      "unsupported_media_type",
      "Send the article as JSON, or as a text/plain, text/markdown or text/html file body.",
    );
  }
  return parseInput(importArticleInputSchema, req.body);
}

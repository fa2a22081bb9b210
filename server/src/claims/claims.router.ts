// Claim routes: reading, marking by hand, editing, verdicts, approval, dismissal, assignment,
// splitting and merging. Every change goes through mutateClaim (version check + audit + live), or
// its own transaction for marking, splitting and merging; each answers an Idempotency-Key once.
import { Router } from "express";
import {
  assignInputSchema,
  claimListQuerySchema,
  createClaimInputSchema,
  idSchema,
  mergeClaimsInputSchema,
  setVerdictInputSchema,
  splitClaimInputSchema,
  updateClaimInputSchema,
  versionOnlyInputSchema,
} from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { sendAnswer } from "../http/answer.ts";
import { notFound } from "../http/app-error.ts";
import { requirePermission } from "../http/auth.ts";
import { parseChange, parseInput } from "../http/validate.ts";
import { presentNote, presentSource, userRefSelect } from "./claim-presenter.ts";
import { approve, assign, dismiss, editClaim, restore, setVerdict } from "./claim-rules.ts";
import { createManualClaim } from "./create-claim.ts";
import { listArticleClaims, presentLoadedClaim } from "./claim-rows.ts";
import { listClaims } from "./list-claims.ts";
import { mutateClaim } from "./mutate-claim.ts";
import { findSimilarClaims } from "./similar-claims.ts";
import { mergeClaims, splitClaim } from "./split-merge-claims.ts";

export function createClaimsRouter(deps: AppDeps): Router {
  const { db } = deps;
  const router = Router();
  const id = (raw: unknown) => parseInput(idSchema, raw, "path");

  router.get("/articles/:id/claims", requirePermission("read:claim"), async (req, res) => {
    const articleId = id(req.params.id);
    const items = await listArticleClaims(db.pool, articleId);
    // No claims: an article without any, or no article at all.
    if (items.length === 0 && !(await db.prisma.article.findUnique({ where: { id: articleId }, select: { id: true } })))
      throw notFound("article", articleId);
    res.json({ items });
  });

  router.post("/articles/:id/claims", requirePermission("create:claim"), async (req, res) => {
    const input = parseInput(createClaimInputSchema, req.body);
    sendAnswer(res, await createManualClaim(deps, req, id(req.params.id), input));
  });

  router.get("/claims", requirePermission("read:claim"), async (req, res) => {
    const query = parseInput(claimListQuerySchema, req.query, "query");
    res.json(await listClaims(db.prisma, query, req.auth!.user.id));
  });

  router.post("/claims/merge", requirePermission("update:claim"), async (req, res) => {
    const input = parseInput(mergeClaimsInputSchema, req.body);
    sendAnswer(res, await mergeClaims(deps, req, input.claims));
  });

  router.get("/claims/:id", requirePermission("read:claim"), async (req, res) => {
    const claimId = id(req.params.id);
    const claim = await presentLoadedClaim(db.pool, claimId);
    const [sources, notes] = await Promise.all([
      db.prisma.source.findMany({
        where: { claimId, deletedAt: null },
        include: { addedBy: userRefSelect },
        orderBy: { createdAt: "asc" },
      }),
      db.prisma.note.findMany({
        where: { claimId, deletedAt: null },
        include: { author: userRefSelect },
        orderBy: { createdAt: "asc" },
      }),
    ]);
    res.json({ ...claim, sources: sources.map(presentSource), notes: notes.map(presentNote) });
  });

  router.get("/claims/:id/similar", requirePermission("read:claim"), async (req, res) => {
    const claimId = id(req.params.id);
    const items = await findSimilarClaims(db.pool, claimId);
    // None found: a claim unlike any checked one, or no such claim.
    if (items.length === 0 && !(await db.prisma.claim.findUnique({ where: { id: claimId }, select: { id: true } })))
      throw notFound("claim", claimId);
    res.json({ items });
  });

  router.patch("/claims/:id", requirePermission("update:claim"), async (req, res) => {
    const { version, ...edit } = parseChange(updateClaimInputSchema, req.body);
    sendAnswer(res, await mutateClaim(deps, req, id(req.params.id), version, "claim.update", editClaim(edit)));
  });

  router.put("/claims/:id/verdict", requirePermission("set:verdict"), async (req, res) => {
    const input = parseInput(setVerdictInputSchema, req.body);
    const action = input.verdict ? "claim.verdict" : "claim.verdict_cleared";
    sendAnswer(
      res,
      await mutateClaim(
        deps,
        req,
        id(req.params.id),
        input.version,
        action,
        setVerdict(req.auth!.user.id, input.verdict, input.rationale),
      ),
    );
  });

  router.post("/claims/:id/approve", requirePermission("approve:verdict"), async (req, res) => {
    const { version } = parseInput(versionOnlyInputSchema, req.body);
    sendAnswer(
      res,
      await mutateClaim(deps, req, id(req.params.id), version, "claim.approve", approve(req.auth!.user.id)),
    );
  });

  router.post("/claims/:id/dismiss", requirePermission("update:claim"), async (req, res) => {
    const { version } = parseInput(versionOnlyInputSchema, req.body);
    sendAnswer(res, await mutateClaim(deps, req, id(req.params.id), version, "claim.dismiss", dismiss));
  });

  router.post("/claims/:id/restore", requirePermission("update:claim"), async (req, res) => {
    const { version } = parseInput(versionOnlyInputSchema, req.body);
    sendAnswer(res, await mutateClaim(deps, req, id(req.params.id), version, "claim.restore", restore));
  });

  router.put("/claims/:id/assignee", requirePermission("assign:claim"), async (req, res) => {
    const input = parseInput(assignInputSchema, req.body);
    sendAnswer(
      res,
      await mutateClaim(deps, req, id(req.params.id), input.version, "claim.assign", assign(input.assigneeId)),
    );
  });

  router.post("/claims/:id/split", requirePermission("update:claim"), async (req, res) => {
    const input = parseInput(splitClaimInputSchema, req.body);
    sendAnswer(res, await splitClaim(deps, req, id(req.params.id), input.version, input.at));
  });

  return router;
}

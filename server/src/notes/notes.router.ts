// Reviewer notes under a claim, threaded by parentId. Markdown is stored exactly as written and
// never rendered by the server. Authors edit their own notes; admins may edit any.
import { Router } from "express";
import { canEditNote, idSchema, noteInputSchema, updateNoteInputSchema } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import type { Tx } from "../audit/record-audit-event.ts";
import { presentNote, userRefSelect } from "../claims/claim-presenter.ts";
import { articleOfClaim, recordClaimChildChange } from "../claims/record-claim-change.ts";
import { sqlRows, withTransaction } from "../db/sql.ts";
import { jsonAnswer, noContentAnswer, sendAnswer } from "../http/answer.ts";
import { AppError, notFound, versionConflict } from "../http/app-error.ts";
import { actorOf, requirePermission } from "../http/auth.ts";
import { parseInput, parseVersionQuery } from "../http/validate.ts";
import { answerOnce } from "../idempotency/answer-once.ts";
import { insertNote } from "./insert-note.ts";
import { findRepeatedNote, notesLockKey } from "./repeated-note.ts";

async function loadNote(tx: Tx, id: string) {
  const row = await tx.note.findUnique({ where: { id }, include: { author: userRefSelect } });
  if (!row || row.deletedAt) throw notFound("note", id);
  return row;
}

export function createNotesRouter(deps: AppDeps): Router {
  const { db } = deps;
  const router = Router();
  const id = (raw: unknown) => parseInput(idSchema, raw, "path");
  const ensureMayEdit = (user: Express.Request["auth"], note: { authorId: string }) => {
    if (!canEditNote(user!.user, note))
      throw new AppError(
        "forbidden",
        "Only the note's author (or an admin) can change or delete it. Reply to it instead.",
      );
  };

  router.post("/claims/:id/notes", requirePermission("create:note"), async (req, res) => {
    const claimId = id(req.params.id);
    const input = parseInput(noteInputSchema, req.body);
    const authorId = req.auth!.user.id;
    const answer = await withTransaction(db.pool, (client) =>
      answerOnce(client, req, async () => {
        const articleId = await articleOfClaim(client, claimId, notesLockKey(claimId, authorId));
        const earlier = await findRepeatedNote(client, claimId, authorId, input.parentId ?? null, input.body);
        // A repeat gets the first request's answer, as a replayed idempotent request would.
        if (earlier) return jsonAnswer(201, earlier, { "Idempotent-Replayed": "true" });
        if (input.parentId) {
          const [parent] = await sqlRows<{ claimId: string; deleted: boolean }>(
            client,
            `SELECT claim_id::text AS "claimId", deleted_at IS NOT NULL AS deleted FROM notes WHERE id = $1::uuid`,
            [input.parentId],
          );
          if (parent?.claimId !== claimId)
            throw new AppError("validation_failed", "The note you reply to is not under this claim.", {
              fields: [{ path: "body.parentId", message: "not a note of this claim" }],
            });
          // A reply to a removed note would answer something no one can read any more.
          if (parent.deleted)
            throw new AppError(
              "validation_failed",
              "The note you reply to was deleted. Post yours as a new note instead.",
              { fields: [{ path: "body.parentId", message: "this note was deleted" }] },
            );
        }
        const after = await insertNote(client, claimId, input.parentId ?? null, authorId, input.body);
        await recordClaimChildChange(deps, client, actorOf(req), {
          entityType: "note",
          entityId: after.id,
          claimId,
          articleId,
          action: "note.add",
          after,
          version: 1,
        });
        return jsonAnswer(201, after);
      }),
    );
    sendAnswer(res, answer);
  });

  router.patch("/notes/:id", requirePermission("create:note"), async (req, res) => {
    const noteId = id(req.params.id);
    const input = parseInput(updateNoteInputSchema, req.body);
    const answer = await db.prisma.$transaction((tx) =>
      answerOnce(tx, req, async () => {
        const before = await loadNote(tx, noteId);
        ensureMayEdit(req.auth, before);
        const { count } = await tx.note.updateMany({
          where: { id: noteId, version: input.version, deletedAt: null },
          data: { body: input.body, version: { increment: 1 } },
        });
        if (count === 0) throw versionConflict("note", presentNote(before));
        const after = presentNote(await loadNote(tx, noteId));
        await recordClaimChildChange(deps, tx, actorOf(req), {
          entityType: "note",
          entityId: noteId,
          claimId: before.claimId,
          action: "note.update",
          before: presentNote(before),
          after,
          version: after.version,
        });
        return jsonAnswer(200, after);
      }),
    );
    sendAnswer(res, answer);
  });

  router.delete("/notes/:id", requirePermission("create:note"), async (req, res) => {
    const noteId = id(req.params.id);
    const version = parseVersionQuery(req.query.version);
    const answer = await db.prisma.$transaction((tx) =>
      answerOnce(tx, req, async () => {
        const before = await loadNote(tx, noteId);
        ensureMayEdit(req.auth, before);
        const { count } = await tx.note.updateMany({
          where: { id: noteId, version, deletedAt: null },
          data: { deletedAt: new Date(), version: { increment: 1 } },
        });
        if (count === 0) throw versionConflict("note", presentNote(before));
        await recordClaimChildChange(deps, tx, actorOf(req), {
          entityType: "note",
          entityId: noteId,
          claimId: before.claimId,
          action: "note.delete",
          before: presentNote(before),
          version: null,
        });
        return noContentAnswer;
      }),
    );
    sendAnswer(res, answer);
  });

  return router;
}

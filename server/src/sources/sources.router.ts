// Evidence attached to claims. Removing a source keeps its row (deleted_at) so history can show it.
import { Router } from "express";
import {
  idSchema,
  sourceInputSchema,
  updateSourceInputSchema,
  verdictLabel,
  verdictNeedsEvidence,
  type Verdict,
} from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import type { Tx } from "../audit/record-audit-event.ts";
import { presentSource, userRefSelect } from "../claims/claim-presenter.ts";
import { liveSourceCount } from "../claims/claim-rows.ts";
import { articleOfClaim, recordClaimChildChange } from "../claims/record-claim-change.ts";
import { sqlRows, withTransaction } from "../db/sql.ts";
import { jsonAnswer, noContentAnswer, sendAnswer } from "../http/answer.ts";
import { AppError, notFound, versionConflict } from "../http/app-error.ts";
import { actorOf, requirePermission } from "../http/auth.ts";
import { parseChange, parseInput, parseVersionQuery } from "../http/validate.ts";
import { answerOnce } from "../idempotency/answer-once.ts";
import { sourceAddressKey } from "@claimdesk/shared/source-address";
import { refuseDuplicateSource, sourcesLockKey } from "./duplicate-source.ts";
import { insertSource } from "./insert-source.ts";
import { removeSource } from "./remove-source.ts";
import { asDuplicateSource } from "./source-address-index.ts";

const asDate = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : d === null ? null : undefined);

async function loadSource(tx: Tx, id: string) {
  const row = await tx.source.findUnique({ where: { id }, include: { addedBy: userRefSelect } });
  if (!row || row.deletedAt) throw notFound("source", id);
  return row;
}

/**
 * A verdict other than "unverified" must cite a source (claim-rules.ts checks it when the verdict is
 * given), so the claim's last source cannot be removed from under it. The claim row is locked, as a
 * verdict change locks it, so two removals or a removal and a verdict cannot both pass the check.
 */
async function keepEvidenceOfVerdict(tx: Tx, claimId: string): Promise<void> {
  const [claim] = await sqlRows<{ verdict: Verdict | null }>(
    tx,
    `SELECT verdict::text AS verdict FROM claims WHERE id = $1::uuid FOR NO KEY UPDATE`,
    [claimId],
  );
  // Counted by its own statement once the lock is held, as a verdict counts them (claim-rules.ts).
  if (claim?.verdict && verdictNeedsEvidence(claim.verdict) && (await liveSourceCount(tx, claimId)) <= 1) {
    throw new AppError(
      "conflict",
      `This is the only source of the claim's "${verdictLabel(claim.verdict)}" verdict, which must cite evidence. ` +
        `Add another source first, or change the verdict (to "Unverified" if the evidence no longer settles it).`,
    );
  }
}

export function createSourcesRouter(deps: AppDeps): Router {
  const { db } = deps;
  const router = Router();
  const id = (raw: unknown) => parseInput(idSchema, raw, "path");

  router.post("/claims/:id/sources", requirePermission("create:source"), async (req, res) => {
    const claimId = id(req.params.id);
    const input = parseInput(sourceInputSchema, req.body);
    const answer = await withTransaction(db.pool, (client) =>
      answerOnce(client, req, async () => {
        const articleId = await articleOfClaim(client, claimId, sourcesLockKey(claimId));
        await refuseDuplicateSource(client, claimId, input.url);
        const after = await insertSource(client, claimId, input, req.auth!.user.id);
        await recordClaimChildChange(deps, client, actorOf(req), {
          entityType: "source",
          entityId: after.id,
          claimId,
          articleId,
          action: "source.add",
          after,
          version: 1,
        });
        return jsonAnswer(201, after);
      }),
    ).catch(async (error: unknown) => {
      // A writer the check above could not see got there first (source-address-index.ts).
      throw await asDuplicateSource(error, db.pool, claimId, input.url);
    });
    sendAnswer(res, answer);
  });

  router.patch("/sources/:id", requirePermission("update:source"), async (req, res) => {
    const sourceId = id(req.params.id);
    const { version, ...input } = parseChange(updateSourceInputSchema, req.body);
    let claimId: string | undefined;
    const update = db.prisma.$transaction((tx) =>
      answerOnce(tx, req, async () => {
        const before = await loadSource(tx, sourceId);
        claimId = before.claimId;
        const newAddressKey =
          input.url !== undefined && sourceAddressKey(input.url) !== sourceAddressKey(before.url)
            ? sourceAddressKey(input.url)
            : undefined;
        // The claim is key-share locked before the source is written, as an addition locks it: a
        // merge of the claim (which locks it for update, then moves and folds its sources) is waited
        // for here. Locked later, when the change is recorded, the edit held the source row the
        // merge must move while waiting for the claim the merge holds: a deadlock. A new address
        // also takes the claim's sources lock in the same statement (duplicate-source.ts).
        const articleId = await articleOfClaim(
          tx,
          before.claimId,
          newAddressKey !== undefined ? sourcesLockKey(before.claimId) : undefined,
        ).catch(async (error: unknown) => {
          // The claim was merged away while this edit waited for it: its source moved to the
          // surviving claim (a conflict, with the source as it is now) or was folded into one there
          // (not found, like any removed source), rather than "claim not found".
          const now = await loadSource(tx, sourceId);
          if (now.claimId !== before.claimId) throw versionConflict("source", presentSource(now));
          throw error;
        });
        // A new address must not be one another source of the claim has.
        if (newAddressKey !== undefined) await refuseDuplicateSource(tx, before.claimId, input.url!, sourceId);
        // The key is rewritten only with the address: a duplicate stored before the unique index
        // keeps the key of its own it was given (decision 190) when its title is edited.
        const data = {
          ...input,
          addressKey: newAddressKey,
          accessedOn: asDate(input.accessedOn),
          version: { increment: 1 },
        };
        const { count } = await tx.source.updateMany({ where: { id: sourceId, version, deletedAt: null }, data });
        if (count === 0) throw versionConflict("source", presentSource(await loadSource(tx, sourceId)));
        const after = presentSource(await loadSource(tx, sourceId));
        await recordClaimChildChange(deps, tx, actorOf(req), {
          entityType: "source",
          entityId: sourceId,
          claimId: before.claimId,
          articleId,
          action: "source.update",
          before: presentSource(before),
          after,
          version: after.version,
        });
        return jsonAnswer(200, after);
      }),
    );
    const answer = await update.catch(async (error: unknown) => {
      // A writer the check above could not see took the address first (source-address-index.ts).
      throw await asDuplicateSource(error, db.pool, claimId, input.url, sourceId);
    });
    sendAnswer(res, answer);
  });

  router.delete("/sources/:id", requirePermission("update:source"), async (req, res) => {
    const sourceId = id(req.params.id);
    const version = parseVersionQuery(req.query.version);
    const answer = await db.prisma.$transaction((tx) =>
      answerOnce(tx, req, async () => {
        const before = await loadSource(tx, sourceId);
        if (before.version !== version) throw versionConflict("source", presentSource(before));
        await keepEvidenceOfVerdict(tx, before.claimId);
        await removeSource(deps, tx, actorOf(req), before, { claimId: before.claimId });
        return noContentAnswer;
      }),
    );
    sendAnswer(res, answer);
  });

  return router;
}

// The one path every change to a claim takes: check the version the client saw, apply the change
// only if nobody changed the claim meanwhile, record the audit event and announce it, all in one
// transaction, with the answer to an Idempotency-Key (answer-once.ts). A stale change gets 409 with
// the claim as it is now; nothing is overwritten.
// It is the busiest write of a review desk, so it runs as plain SQL on one pooled connection
// (docs/decisions/060-plain-sql-hot-paths.md).
import type { Request } from "express";
import type { AppDeps } from "../app-deps.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { withTransaction, type SqlTransaction } from "../db/sql.ts";
import { jsonAnswer, type Answer } from "../http/answer.ts";
import { notFound, versionConflict } from "../http/app-error.ts";
import { actorOf } from "../http/auth.ts";
import { answerOnce } from "../idempotency/answer-once.ts";
import { claimSnapshot, presentClaim } from "./claim-presenter.ts";
import { findClaimState, presentLoadedClaim, updateClaimRow, type ClaimState } from "./claim-rows.ts";
import { claimUpdateStatement, type ClaimUpdate } from "./claim-update.ts";

/**
 * Checks a change against the claim as it is (locked) and says what to write; throws an
 * AppError to refuse.
 */
export type ClaimChange = (claim: ClaimState, client: SqlTransaction) => Promise<ClaimUpdate> | ClaimUpdate;

export async function mutateClaim(
  deps: Pick<AppDeps, "db" | "live">,
  req: Request,
  claimId: string,
  expectedVersion: number,
  action: string,
  change: ClaimChange,
): Promise<Answer> {
  const actor = actorOf(req);
  return withTransaction(deps.db.pool, (client) =>
    answerOnce(client, req, async () => {
      const before = await findClaimState(client, claimId);
      if (!before) throw notFound("claim", claimId);
      if (before.version !== expectedVersion) throw versionConflict("claim", await presentLoadedClaim(client, claimId));
      const update = claimUpdateStatement(claimId, expectedVersion, await change(before, client));
      // The version in the WHERE makes the check and the write one atomic step: a concurrent writer
      // that committed first leaves zero rows to update here.
      const updated = await updateClaimRow(client, update);
      if (!updated) throw versionConflict("claim", await presentLoadedClaim(client, claimId));
      const { row: after, number } = updated;
      await deps.live.publish(client, {
        articleId: after.articleId,
        entityType: "claim",
        entityId: claimId,
        claimId,
        action,
        actorId: actor.userId,
        version: after.version,
        at: new Date().toISOString(),
      });
      // The announcement and the audit record go out with COMMIT, in one message: the audit insert
      // takes the chain lock, held until the commit, so no round trip may come between them.
      await recordAuditEvent(client, actor, {
        action,
        entityType: "claim",
        entityId: claimId,
        articleId: after.articleId,
        claimId,
        before: claimSnapshot(before),
        after: claimSnapshot(after),
      });
      return jsonAnswer(200, presentClaim(after, number));
    }),
  );
}

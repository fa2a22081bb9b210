// The one path every change to a claim takes: check the version the client saw, apply the change
// only if nobody changed the claim meanwhile, record the audit event and announce it, all in one
// transaction. A stale change gets 409 with the claim as it is now; nothing is overwritten.
import type { Request } from "express";
import type { Claim } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { recordAuditEvent, type Tx } from "../audit/record-audit-event.ts";
import type { Claim as ClaimScalars, Prisma } from "../db/generated/client.ts";
import { notFound, versionConflict } from "../http/app-error.ts";
import { actorOf } from "../http/auth.ts";
import { claimNumber, loadClaim, presentLoadedClaim } from "./claim-context.ts";
import { claimSnapshot, presentClaim } from "./claim-presenter.ts";

export type ClaimChange = (
  claim: ClaimScalars,
  tx: Tx,
) => Promise<Prisma.ClaimUncheckedUpdateManyInput> | Prisma.ClaimUncheckedUpdateManyInput;

export async function mutateClaim(
  deps: Pick<AppDeps, "db" | "live">,
  req: Request,
  claimId: string,
  expectedVersion: number,
  action: string,
  change: ClaimChange,
): Promise<Claim> {
  const actor = actorOf(req);
  return deps.db.prisma.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: claimId } });
    if (!before) throw notFound("claim", claimId);
    if (before.version !== expectedVersion) throw versionConflict("claim", await presentLoadedClaim(tx, claimId));
    const data = await change(before, tx);
    // The version in the WHERE makes the check and the write one atomic step: a concurrent writer
    // that committed first leaves zero rows to update here.
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw versionConflict("claim", await presentLoadedClaim(tx, claimId));
    const after = await loadClaim(tx, claimId);
    const presented = presentClaim(after, await claimNumber(tx, after));
    await deps.live.publish(tx, {
      articleId: after.articleId,
      entityType: "claim",
      entityId: claimId,
      claimId,
      action,
      actorId: actor.userId,
      version: after.version,
      at: new Date().toISOString(),
    });
    // Last before commit: the audit insert takes the chain lock, which is held until the commit,
    // so nothing else should run while it is held.
    await recordAuditEvent(tx, actor, {
      action,
      entityType: "claim",
      entityId: claimId,
      articleId: after.articleId,
      claimId,
      before: claimSnapshot(before),
      after: claimSnapshot(after),
    });
    return presented;
  });
}

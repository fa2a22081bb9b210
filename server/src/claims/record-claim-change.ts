// Sources and notes hang under a claim: their changes are audited and announced under that claim.
import type { AppDeps } from "../app-deps.ts";
import { recordAuditEvent, type AuditActor, type Tx } from "../audit/record-audit-event.ts";

export interface ChildChange {
  entityType: "source" | "note";
  entityId: string;
  claimId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  version: number | null;
}

export async function recordClaimChildChange(
  deps: Pick<AppDeps, "live">,
  tx: Tx,
  actor: AuditActor,
  change: ChildChange,
): Promise<void> {
  const { articleId } = await tx.claim.findUniqueOrThrow({
    where: { id: change.claimId },
    select: { articleId: true },
  });
  await recordAuditEvent(tx, actor, { ...change, articleId });
  await deps.live.publish(tx, {
    articleId,
    entityType: change.entityType,
    entityId: change.entityId,
    claimId: change.claimId,
    action: change.action,
    actorId: actor.userId,
    version: change.version,
    at: new Date().toISOString(),
  });
}

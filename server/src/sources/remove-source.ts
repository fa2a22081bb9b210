// Removing a source from its claim. The row stays (deleted_at), so history and the audit log can
// show what it said; the removal is audited and announced in the caller's transaction, so the two
// commit together or not at all. Used by a reviewer's DELETE and by a merge that folds a source
// into the one its surviving claim already has at that address (claims/fold-merged-sources.ts).
import type { AppDeps } from "../app-deps.ts";
import type { AuditActor, Tx } from "../audit/record-audit-event.ts";
import { presentSource, type SourceRow } from "../claims/claim-presenter.ts";
import { recordClaimChildChange } from "../claims/record-claim-change.ts";
import { versionConflict } from "../http/app-error.ts";

export interface SourceRemoval {
  /** The claim whose history records the removal: the source's own, or the claim it is merged into. */
  claimId: string;
  articleId?: string;
  /** Why it went, when not a plain removal (a fold names the source it was folded into). */
  after?: Record<string, unknown>;
}

/** Removes `before` as it was read; 409 when it was changed or removed meanwhile. */
export async function removeSource(
  deps: Pick<AppDeps, "live">,
  tx: Tx,
  actor: AuditActor,
  before: SourceRow,
  removal: SourceRemoval,
): Promise<void> {
  const { count } = await tx.source.updateMany({
    where: { id: before.id, version: before.version, deletedAt: null },
    data: { deletedAt: new Date(), version: { increment: 1 } },
  });
  if (count === 0) throw versionConflict("source", presentSource(before));
  await recordClaimChildChange(deps, tx, actor, {
    entityType: "source",
    entityId: before.id,
    claimId: removal.claimId,
    ...(removal.articleId !== undefined ? { articleId: removal.articleId } : {}),
    action: "source.remove",
    before: presentSource(before),
    ...(removal.after !== undefined ? { after: removal.after } : {}),
    version: null,
  });
}

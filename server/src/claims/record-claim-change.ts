// Sources and notes hang under a claim: their changes are audited and announced under that claim.
import type { AppDeps } from "../app-deps.ts";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event.ts";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import { notFound } from "../http/app-error.ts";

export interface ChildChange {
  entityType: "source" | "note";
  entityId: string;
  claimId: string;
  /** The claim's article, when the caller has it already. */
  articleId?: string;
  action: string;
  before?: unknown;
  after?: unknown;
  version: number | null;
}

export async function recordClaimChildChange(
  deps: Pick<AppDeps, "live">,
  tx: SqlTarget,
  actor: AuditActor,
  { articleId: knownArticleId, ...change }: ChildChange,
): Promise<void> {
  const articleId = knownArticleId ?? (await articleOfClaim(tx, change.claimId));
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

/**
 * The article a claim belongs to; 404 when there is no such claim. The claim row is key-share
 * locked, as the insert of a source or note under it would lock it anyway: a merge that is
 * removing the claim is waited for here, and then the claim is found gone (404), where the
 * insert used to fail on its foreign key with a 500. Concurrent verdicts are not held up.
 *
 * With `lockKey`, the same statement also takes that transaction lock (an addition that must not
 * be made twice, decision 150), saving a round trip; the statements after it read after the wait.
 */
export async function articleOfClaim(db: SqlTarget, claimId: string, lockKey?: string): Promise<string> {
  const [claim] = await sqlRows<{ articleId: string }>(
    db,
    lockKey
      ? `SELECT article_id::text AS "articleId", pg_advisory_xact_lock(hashtextextended($2, 0))::text AS locked
         FROM claims WHERE id = $1::uuid FOR KEY SHARE`
      : `SELECT article_id::text AS "articleId" FROM claims WHERE id = $1::uuid FOR KEY SHARE`,
    lockKey ? [claimId, lockKey] : [claimId],
  );
  if (!claim) throw notFound("claim", claimId);
  return claim.articleId;
}

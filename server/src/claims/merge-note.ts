import { recordAuditEvent, type AuditActor, type Tx } from "../audit/record-audit-event.ts";
import { presentNote, userRefSelect } from "./claim-presenter.ts";

/**
 * A note a merge leaves under the surviving claim for what the merge could not keep (another
 * reviewer's verdict, a folded source's other reading), with its audit event in the same
 * transaction. `provenance` says where it came from ({ fromMergedClaim } or { fromFoldedSource }).
 */
export async function addMergeNote(
  tx: Tx,
  actor: AuditActor,
  keep: { id: string; articleId: string },
  body: string,
  provenance: Record<string, string>,
): Promise<void> {
  const note = await tx.note.create({
    data: { claimId: keep.id, authorId: actor.userId!, body },
    include: { author: userRefSelect },
  });
  await recordAuditEvent(tx, actor, {
    action: "note.add",
    entityType: "note",
    entityId: note.id,
    articleId: keep.articleId,
    claimId: keep.id,
    after: { ...presentNote(note), ...provenance },
  });
}

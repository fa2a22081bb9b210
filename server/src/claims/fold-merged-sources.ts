// A claim cites each address once among its live sources (decision 190), and a merge may bring
// two sources at one address together: the surviving claim's and a merged-away claim's, or two
// merged-away claims'. The merge folds them into one before it moves the merged claims' sources:
// the surviving claim's source at the address stays (else the oldest of the merged ones), and
// each other one is removed the way a reviewer removes a source, with its own audit event naming
// the source it was folded into. Its row stays (deleted_at), moved with the others, and the event
// holds it whole; what it said that the source kept does not (another stance, title, publisher or
// excerpt) becomes a note under the merged claim, as another verdict does, so no reviewer's
// reading of the page disappears from the claim.
import { sourceAddressKey } from "@claimdesk/shared/source-address";
import type { AppDeps } from "../app-deps.ts";
import type { AuditActor, Tx } from "../audit/record-audit-event.ts";
import { removeSource } from "../sources/remove-source.ts";
import { userRefSelect, type SourceRow } from "./claim-presenter.ts";
import { addMergeNote } from "./merge-note.ts";
import { foldedSourceNote } from "./folded-source-note.ts";

interface MergedClaim {
  id: string;
  articleId: string;
  text: string;
}

/** Call with the claims locked, before their sources move to `keep`. */
export async function foldMergedSources(
  deps: Pick<AppDeps, "live">,
  tx: Tx,
  actor: AuditActor,
  keep: MergedClaim,
  others: MergedClaim[],
): Promise<void> {
  const sources = await tx.source.findMany({
    where: { claimId: { in: [keep.id, ...others.map((c) => c.id)] }, deletedAt: null },
    include: { addedBy: userRefSelect },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  // Keyed from the url, as the route's check keys them: a duplicate stored before the unique
  // index has a marked key of its own, but cites its address all the same.
  const kept = new Map<string, SourceRow>();
  const own = sources.filter((s) => s.claimId === keep.id);
  for (const source of own) if (!kept.has(sourceAddressKey(source.url))) kept.set(sourceAddressKey(source.url), source);
  const textOf = new Map(others.map((c) => [c.id, c.text]));
  for (const source of sources.filter((s) => s.claimId !== keep.id)) {
    const key = sourceAddressKey(source.url);
    const into = kept.get(key);
    if (!into) {
      kept.set(key, source);
      continue;
    }
    await removeSource(deps, tx, actor, source, {
      claimId: keep.id,
      articleId: keep.articleId,
      after: { foldedInto: into.id, fromMergedClaim: source.claimId },
    });
    const body = foldedSourceNote(source, into, textOf.get(source.claimId) ?? "");
    if (body) await addMergeNote(tx, actor, keep, body, { fromFoldedSource: source.id });
  }
}

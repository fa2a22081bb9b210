// Splitting one claim in two, and merging several into one. Sources and notes of merged claims move
// to the surviving claim, so no reviewer's work disappears (a source at an address the surviving
// claim already cites is folded into that one); every step is in the audit log.
import type { Request } from "express";
import { verdictLabel } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { sqlExecute, type SqlTarget } from "../db/sql.ts";
import { jsonAnswer, type Answer } from "../http/answer.ts";
import { AppError, versionConflict } from "../http/app-error.ts";
import { actorOf } from "../http/auth.ts";
import { answerOnce } from "../idempotency/answer-once.ts";
import { anchorFor } from "./claim-context.ts";
import { cutsCharacter } from "./claim-rules.ts";
import { foldMergedSources } from "./fold-merged-sources.ts";
import { addMergeNote } from "./merge-note.ts";
import { loadClaimRow, presentLoadedClaim } from "./claim-rows.ts";
import { claimSnapshot, presentClaim } from "./claim-presenter.ts";

type Deps = Pick<AppDeps, "db" | "live">;

function liveEvent(articleId: string, claimId: string, action: string, actorId: string | null, version: number | null) {
  return {
    articleId,
    entityType: "claim" as const,
    entityId: claimId,
    claimId,
    action,
    actorId,
    version,
    at: new Date().toISOString(),
  };
}

export async function splitClaim(
  deps: Deps,
  req: Request,
  claimId: string,
  version: number,
  at: number,
): Promise<Answer> {
  const actor = actorOf(req);
  return deps.db.prisma.$transaction((tx) =>
    answerOnce(tx, req, async () => {
      await lockClaims(tx, [claimId]);
      const { row: claim, number } = await loadClaimRow(tx, claimId);
      if (claim.version !== version) throw versionConflict("claim", presentClaim(claim, number));
      if (claim.anchorStatus === "missing" || claim.endOffset - claim.startOffset < 2) {
        throw new AppError(
          "validation_failed",
          "This claim's text is no longer in the article (a revision removed it), so there is nothing to split. " +
            "Mark where it stands now (change its start and end) first, or dismiss it.",
          { fields: [{ path: "body.at", message: "the claim has no text in the article to split" }] },
        );
      }
      if (at <= claim.startOffset || at >= claim.endOffset) {
        throw new AppError(
          "validation_failed",
          `Split inside the claim: "at" must be between ${claim.startOffset + 1} and ${claim.endOffset - 1}.`,
          {
            fields: [{ path: "body.at", message: "must fall inside the claim's span" }],
          },
        );
      }
      const { body } = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { body: true } });
      if (cutsCharacter(body, at)) {
        throw new AppError(
          "validation_failed",
          `Split at ${at} falls inside a character (an emoji or similar takes two positions). Move it by one.`,
          { fields: [{ path: "body.at", message: "inside a character" }] },
        );
      }
      const first = trimSpan(body, claim.startOffset, at);
      const second = trimSpan(body, at, claim.endOffset);
      if (!first || !second) throw new AppError("validation_failed", "Both parts of a split need some text.");
      const firstAnchor = anchorFor(body, first.start, first.end);
      const secondAnchor = anchorFor(body, second.start, second.end);
      await tx.claim.update({
        where: { id: claim.id },
        // The verdict was given on the whole: the shorter claim keeps it, flagged for a second look.
        data: {
          ...firstAnchor,
          text: firstAnchor.quote,
          needsReReview: claim.verdict !== null,
          version: { increment: 1 },
        },
      });
      const created = await tx.claim.create({
        data: {
          articleId: claim.articleId,
          ...secondAnchor,
          text: secondAnchor.quote,
          kind: claim.kind,
          claimant: claim.claimant,
          factualScore: claim.factualScore,
          checkworthyScore: claim.checkworthyScore,
          origin: "manual",
          createdById: actor.userId,
          assigneeId: claim.assigneeId,
        },
      });
      const { row: updated } = await loadClaimRow(tx, claim.id);
      await recordAuditEvent(tx, actor, {
        action: "claim.split",
        entityType: "claim",
        entityId: claim.id,
        articleId: claim.articleId,
        claimId: claim.id,
        before: claimSnapshot(claim),
        after: { ...claimSnapshot(updated), splitInto: created.id },
      });
      await recordAuditEvent(tx, actor, {
        action: "claim.create",
        entityType: "claim",
        entityId: created.id,
        articleId: claim.articleId,
        claimId: created.id,
        after: { ...claimSnapshot(created), splitFrom: claim.id },
      });
      await deps.live.publish(tx, liveEvent(claim.articleId, claim.id, "claim.split", actor.userId, updated.version));
      return jsonAnswer(200, {
        items: [await presentLoadedClaim(tx, claim.id), await presentLoadedClaim(tx, created.id)],
      });
    }),
  );
}

export async function mergeClaims(
  deps: Deps,
  req: Request,
  refs: Array<{ id: string; version: number }>,
): Promise<Answer> {
  const actor = actorOf(req);
  return deps.db.prisma.$transaction((tx) =>
    answerOnce(tx, req, async () => {
      await lockClaims(
        tx,
        refs.map((r) => r.id),
      );
      const claims = [];
      for (const ref of refs) {
        const { row: claim, number } = await loadClaimRow(tx, ref.id);
        if (claim.version !== ref.version) throw versionConflict("claim", presentClaim(claim, number));
        claims.push(claim);
      }
      if (new Set(claims.map((c) => c.articleId)).size > 1)
        throw new AppError("validation_failed", "Only claims of the same article can be merged.");
      if (new Set(claims.map((c) => c.id)).size !== claims.length)
        throw new AppError("validation_failed", "A claim is listed twice.");
      claims.sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset);
      const [keep, ...others] = claims as [(typeof claims)[number], ...typeof claims];
      const { body } = await tx.article.findUniqueOrThrow({ where: { id: keep.articleId }, select: { body: true } });
      const start = Math.min(...claims.map((c) => c.startOffset));
      const end = Math.max(...claims.map((c) => c.endOffset));
      const anchor = anchorFor(body, start, end);
      const otherIds = others.map((c) => c.id);
      // One live source per address on the merged claim: sources at an address it already cites are
      // folded into that one first, so the move below never puts two at one address (decision 190).
      await foldMergedSources(deps, tx, actor, keep, others);
      await tx.source.updateMany({ where: { claimId: { in: otherIds } }, data: { claimId: keep.id } });
      await tx.note.updateMany({ where: { claimId: { in: otherIds } }, data: { claimId: keep.id } });
      // A reviewer's verdict must not disappear with the claim it was given on: the merged claim keeps
      // the first one in text order (its own, else a merged-away claim's, with its approval), flagged
      // for a second look at the new wording; any other verdict is kept as a note under it.
      const judged = claims.filter((c) => c.verdict !== null);
      const donor = judged[0];
      await tx.claim.update({
        where: { id: keep.id },
        data: {
          ...anchor,
          text: anchor.quote,
          ...(donor && donor !== keep
            ? {
                verdict: donor.verdict,
                rationale: donor.rationale,
                verdictById: donor.verdictById,
                verdictAt: donor.verdictAt,
                approvedById: donor.approvedById,
                approvedAt: donor.approvedAt,
              }
            : {}),
          needsReReview: donor !== undefined,
          version: { increment: 1 },
        },
      });
      for (const other of judged.slice(1)) {
        await addMergeNote(tx, actor, keep, mergedVerdictNote(other), { fromMergedClaim: other.id });
      }
      for (const other of others) {
        await recordAuditEvent(tx, actor, {
          action: "claim.merge_away",
          entityType: "claim",
          entityId: other.id,
          articleId: other.articleId,
          claimId: other.id,
          before: claimSnapshot(other),
          after: { mergedInto: keep.id },
        });
      }
      await tx.claim.deleteMany({ where: { id: { in: otherIds } } });
      const { row: merged } = await loadClaimRow(tx, keep.id);
      await recordAuditEvent(tx, actor, {
        action: "claim.merge",
        entityType: "claim",
        entityId: keep.id,
        articleId: keep.articleId,
        claimId: keep.id,
        before: claimSnapshot(keep),
        after: { ...claimSnapshot(merged), mergedFrom: otherIds },
      });
      await deps.live.publish(tx, liveEvent(keep.articleId, keep.id, "claim.merge", actor.userId, merged.version));
      return jsonAnswer(200, await presentLoadedClaim(tx, keep.id));
    }),
  );
}

/**
 * Locks the claims' rows before their versions are checked. Without it a reviewer's change that
 * committed between that check and the write was lost: a merge deleted the claim with its new
 * verdict, a split rewrote a claim it had not seen. Locked in the order a revision locks an
 * article's claims (reanchor-claims.ts), so a merge, another merge and a revision wait for each
 * other instead of deadlocking; the later one then sees the new versions and gets 409.
 */
async function lockClaims(tx: SqlTarget, ids: string[]): Promise<void> {
  await sqlExecute(tx, "SELECT id FROM claims WHERE id = ANY($1::uuid[]) ORDER BY start_offset, id FOR UPDATE", [ids]);
}

/** What a merged-away claim's verdict said, for the note that keeps it under the merged claim. */
function mergedVerdictNote(claim: {
  text: string;
  verdict: Parameters<typeof verdictLabel>[0];
  rationale: string | null;
}) {
  const rationale = claim.rationale?.trim() ? `\n\n${claim.rationale.trim()}` : "";
  return `Verdict before the merge on “${claim.text}”: ${verdictLabel(claim.verdict)}.${rationale}`;
}

/** Whitespace at the cut belongs to neither claim. */
function trimSpan(body: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

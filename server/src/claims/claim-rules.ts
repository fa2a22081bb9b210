// The review rules of a claim, as changes for mutateClaim. Each says what is wrong and how to fix it.
import { verdictLabel, verdictNeedsEvidence, type Verdict } from "@claimdesk/shared";
import { sqlRows } from "../db/sql.ts";
import { liveSourceCount } from "./claim-rows.ts";
import { AppError } from "../http/app-error.ts";
import type { ClaimChange } from "./mutate-claim.ts";
import type { ClaimUpdate } from "./claim-update.ts";
import { anchorFor } from "./claim-context.ts";
import { isHighSurrogate, isLowSurrogate } from "../extract/text/char-classes.ts";

export function setVerdict(userId: string, verdict: Verdict | null, rationale: string | null | undefined): ClaimChange {
  return async (claim, client) => {
    const finalRationale = rationale === undefined ? claim.rationale : rationale;
    if (verdict && verdictNeedsEvidence(verdict)) {
      const problems = [];
      const needs = [];
      // Counted now that the claim is locked, always: a source may have been added or removed while
      // this change waited for the lock (sources.router.ts keeps a verdict's evidence the same way).
      const sources = await liveSourceCount(client, claim.id);
      if (sources === 0) {
        problems.push({ path: "body.verdict", message: "add at least one source first" });
        needs.push("at least one source");
      }
      if (!finalRationale?.trim()) {
        problems.push({ path: "body.rationale", message: "write a rationale" });
        needs.push("a rationale");
      }
      if (problems.length) {
        throw new AppError(
          "validation_failed",
          `A "${verdictLabel(verdict)}" verdict needs ${needs.join(" and ")}. ` +
            `Use "Unverified" if the evidence does not settle the claim.`,
          { fields: problems },
        );
      }
    }
    return {
      verdict,
      rationale: finalRationale ?? null,
      verdictById: verdict ? userId : null,
      verdictAt: verdict ? new Date() : null,
      // A new verdict must be approved again, and it answers any pending re-review.
      approvedById: null,
      approvedAt: null,
      needsReReview: false,
    };
  };
}

export function approve(userId: string): ClaimChange {
  return (claim) => {
    if (claim.dismissedAt) throw new AppError("conflict", "This claim is dismissed. Restore it before approving.");
    if (!claim.verdict)
      throw new AppError(
        "conflict",
        "This claim has no verdict yet. A reviewer must give one before it can be approved.",
      );
    if (claim.needsReReview)
      throw new AppError(
        "conflict",
        "The claim's text changed after its verdict. A reviewer must confirm the verdict first.",
      );
    // A second approval (a double click, another editor) would replace the approver of the same verdict.
    if (claim.approvedAt)
      throw new AppError(
        "conflict",
        `This verdict is already approved (on ${claim.approvedAt.toISOString()}). Nothing to do; a new verdict would need approving again.`,
      );
    return { approvedById: userId, approvedAt: new Date() };
  };
}

export const dismiss: ClaimChange = (claim) => {
  if (claim.dismissedAt) throw new AppError("conflict", "This claim is already dismissed.");
  return { dismissedAt: new Date() };
};

export const restore: ClaimChange = (claim) => {
  if (!claim.dismissedAt) throw new AppError("conflict", "This claim is not dismissed.");
  return { dismissedAt: null };
};

export function assign(assigneeId: string | null): ClaimChange {
  return async (_claim, client) => {
    if (assigneeId) {
      const [user] = await sqlRows<{ active: boolean }>(
        client,
        "SELECT disabled_at IS NULL AS active FROM users WHERE id = $1::uuid",
        [assigneeId],
      );
      if (!user?.active) {
        throw new AppError("validation_failed", "There is no active user with that id to assign.", {
          fields: [{ path: "body.assigneeId", message: "no active user with this id" }],
        });
      }
    }
    return { assigneeId };
  };
}

export interface ClaimEdit {
  start?: number | undefined;
  end?: number | undefined;
  text?: string | undefined;
  kind?: ClaimUpdate["kind"] | undefined;
  claimant?: string | null | undefined;
}

export function editClaim(edit: ClaimEdit): ClaimChange {
  return async (claim, client) => {
    const data: ClaimUpdate = {};
    if (edit.start !== undefined || edit.end !== undefined) {
      const [article] = await sqlRows<{ body: string }>(client, "SELECT body FROM articles WHERE id = $1::uuid", [
        claim.articleId,
      ]);
      const body = article!.body;
      const span = checkSpan(body, edit.start ?? claim.startOffset, edit.end ?? claim.endOffset);
      Object.assign(data, anchorFor(body, span.start, span.end), { anchorStatus: "anchored" });
      if (claim.verdict && data.quote !== claim.quote) data.needsReReview = true;
    }
    if (edit.text !== undefined) data.text = edit.text;
    // The verdict was given on the old wording, which reports publish as the claim reviewed.
    if (claim.verdict && data.text !== undefined && data.text !== claim.text) data.needsReReview = true;
    if (edit.kind !== undefined) data.kind = edit.kind;
    if (edit.claimant !== undefined) data.claimant = edit.claimant;
    return data;
  };
}

export function checkSpan(body: string, start: number, end: number): { start: number; end: number } {
  if (end <= start || end > body.length) {
    throw new AppError(
      "validation_failed",
      `The span ${start}–${end} is not inside the article (0–${body.length}) or is empty.`,
      {
        fields: [{ path: "body.end", message: `must be after start and at most ${body.length}` }],
      },
    );
  }
  // Offsets count UTF-16 code units, so a careless client can land between the two halves of an
  // emoji or other astral character; the half-character cannot be stored (it was a 500 or a
  // silently mangled quote).
  if (cutsCharacter(body, start) || cutsCharacter(body, end)) {
    throw new AppError(
      "validation_failed",
      `The span ${start}–${end} starts or ends inside a character (an emoji or similar takes two positions). Move it by one.`,
      { fields: [{ path: cutsCharacter(body, start) ? "body.start" : "body.end", message: "inside a character" }] },
    );
  }
  if (body.slice(start, end).trim().length === 0) {
    throw new AppError("validation_failed", `The span ${start}–${end} holds only spaces. Select some words.`, {
      fields: [{ path: "body.end", message: "the span has no text" }],
    });
  }
  return { start, end };
}

/** True when `offset` falls between the high and low halves of a surrogate pair. */
export function cutsCharacter(body: string, offset: number): boolean {
  if (offset <= 0 || offset >= body.length) return false;
  return isHighSurrogate(body.charCodeAt(offset - 1)) && isLowSurrogate(body.charCodeAt(offset));
}

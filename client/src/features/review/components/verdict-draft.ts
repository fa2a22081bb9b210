// A verdict being edited, kept as a draft (sessionStorage) with what it started from. Saving sends
// the claim version it started from; the other base fields decide whether a refused save (409) may
// simply be repeated against the new version, and what the draft becomes once a save lands.
import type { Claim, Verdict } from "@claimdesk/shared";
import { clearDraft, readDraft, writeDraft } from "../../../lib/use-draft.ts";

export interface VerdictDraft {
  verdict: Verdict | null;
  rationale: string;
  /** The claim version the edit started from: saving against it is what detects conflicts. */
  baseVersion: number;
  /**
   * The verdict, its rationale and when it was given, and when it was approved, as they were when
   * the edit started. A conflict in which they are all the same on the server came from something
   * else (a note, a source, an assignment): nobody's verdict is at stake, so the save is repeated
   * against the new version. Older drafts lack some of them and then decide on what they have
   * (without the verdict and rationale, always show the conflict).
   */
  baseVerdict?: Verdict | null;
  baseRationale?: string | null;
  baseVerdictAt?: string | null;
  baseApprovedAt?: string | null;
}

export const verdictDraftKey = (claimId: string) => `verdict:${claimId}`;

/** What an edit starting now on `claim` starts from. */
export function baseOf(claim: Claim): Omit<VerdictDraft, "verdict" | "rationale"> {
  return {
    baseVersion: claim.version,
    baseVerdict: claim.verdict,
    baseRationale: claim.rationale,
    baseVerdictAt: claim.verdictAt,
    baseApprovedAt: claim.approvedAt,
  };
}

/**
 * True when the server's verdict is the one the draft started from: same verdict and words, not
 * given again since (a colleague confirming it in the same words is their verdict, not mine to
 * replace unseen), and not approved or unapproved since (saving a verdict withdraws its approval).
 */
export function untouchedByOthers(draft: VerdictDraft, current: Claim): boolean {
  if (draft.baseVerdict === undefined || draft.baseRationale === undefined) return false;
  if (draft.baseVerdictAt !== undefined && current.verdictAt !== draft.baseVerdictAt) return false;
  if (draft.baseApprovedAt !== undefined && current.approvedAt !== draft.baseApprovedAt) return false;
  return current.verdict === draft.baseVerdict && (current.rationale ?? "") === (draft.baseRationale ?? "");
}

export interface SentVerdict {
  verdict: Verdict | null;
  rationale: string | null;
}

/**
 * The draft once `saved` (the server's answer to `sent`) has landed: gone when it holds just what
 * was sent; when more was typed meanwhile, kept, and based on the version just saved (which is the
 * reviewer's own), so that saving it again is not taken for a colleague's conflict.
 */
export function draftAfterSave(draft: VerdictDraft | null, sent: SentVerdict, saved: Claim): VerdictDraft | null {
  if (!draft) return null;
  const same = draft.verdict === sent.verdict && (draft.rationale.trim() || null) === sent.rationale;
  return same ? null : { ...draft, ...baseOf(saved) };
}

/**
 * The same for the stored draft, run whether or not the form is still on screen: a reviewer who
 * clicks the next claim before the answer arrives must not come back to a stale draft that then
 * conflicts with their own save.
 */
export function settleStoredDraft(sent: SentVerdict, saved: Claim): void {
  const key = verdictDraftKey(saved.id);
  const next = draftAfterSave(readDraft<VerdictDraft | null>(key) ?? null, sent, saved);
  if (next) writeDraft(key, next);
  else clearDraft(key);
}

import type { Claim } from "@claimdesk/shared";

/** Words for where a claim stands after the article text was revised ("anchored" needs none). */
export const ANCHOR_LABELS: Record<Exclude<Claim["anchorStatus"], "anchored">, string> = {
  moved: "moved",
  changed: "text changed",
  missing: "text missing",
};

export const ANCHOR_EXPLANATIONS: Record<keyof typeof ANCHOR_LABELS, string> = {
  moved: "The article was revised; this claim's words are unchanged but now sit elsewhere.",
  changed: "The article was revised and this claim's words changed.",
  missing: "The article was revised and this claim's words are no longer in it; the last known quote is kept.",
};

/** Shown in the claim list and panel so nobody reviews a claim without knowing its text moved. */
export function AnchorBadges({ claim }: { claim: Pick<Claim, "anchorStatus" | "needsReReview"> }) {
  const status = claim.anchorStatus;
  return (
    <>
      {status !== "anchored" ? (
        <span className={`tag anchor-${status}`} title={ANCHOR_EXPLANATIONS[status]}>
          {ANCHOR_LABELS[status]}
        </span>
      ) : null}
      {claim.needsReReview ? <span className="tag re-review">needs re-review</span> : null}
    </>
  );
}

import { useId, useState, type KeyboardEvent } from "react";
import type { Claim } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { isVersionConflict } from "../../../lib/api-error.ts";
import { useSplitClaim } from "../api/split-merge.ts";
import { wordBoundaries } from "./split-points.ts";

interface Props {
  claim: Claim;
  onSplit: (first: Claim, second: Claim) => void;
  /** Closes the control without splitting: Cancel, Close or Escape. */
  onCancel: () => void;
}

/** Cut a claim in two between words, chosen with a slider that shows both parts as they will be. */
export function SplitClaim({ claim, onSplit, onCancel }: Props) {
  const id = useId();
  const split = useSplitClaim(claim.articleId);
  const cuts = wordBoundaries(claim.quote);
  const [index, setIndex] = useState(() => Math.floor((cuts.length - 1) / 2));
  // Escape closes it like the client's other popovers and dialogs; not while a split is on its way,
  // whose answer would then have nobody to say how the claim was split.
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || split.isPending) return;
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };
  if (cuts.length === 0)
    return (
      <div className="split-claim" onKeyDown={closeOnEscape}>
        <p>This claim is a single word; there is nowhere to split it.</p>
        {/* Opened from "Split claim", which this replaces: the focus would fall to the page. */}
        <button type="button" onClick={onCancel} autoFocus>
          Close
        </button>
      </div>
    );
  const cut = cuts[Math.min(index, cuts.length - 1)]!;
  const first = claim.quote.slice(0, cut).trim();
  const second = claim.quote.slice(cut).trim();

  return (
    <form
      className="split-claim"
      aria-labelledby={`${id}-heading`}
      onKeyDown={closeOnEscape}
      onSubmit={(e) => {
        e.preventDefault();
        if (split.isPending) return;
        split.mutate(
          { claimId: claim.id, version: claim.version, at: claim.start + cut },
          { onSuccess: ([a, b]) => a && b && onSplit(a, b) },
        );
      }}
    >
      <h3 id={`${id}-heading`}>Split claim #{claim.number}</h3>
      <label htmlFor={`${id}-at`}>Split after word {index + 1}</label>
      <input
        id={`${id}-at`}
        type="range"
        min={0}
        max={cuts.length - 1}
        value={index}
        onChange={(e) => setIndex(Number(e.target.value))}
        // Opened from "Split claim", which this form replaces: the focus would fall to the page.
        autoFocus
        aria-valuetext={`after “${first.split(/\s+/).pop()}”`}
      />
      <div className="split-preview">
        <p>
          <strong>First part</strong> <span className="plain-text">{first}</span>
        </p>
        <p>
          <strong>Second part</strong> <span className="plain-text">{second}</span>
        </p>
      </div>
      <p className="muted">
        The first part keeps this claim&apos;s verdict, sources and notes (flagged for re-review if it has a verdict);
        the second part becomes a new, unreviewed claim with the same kind and assignee.
      </p>
      {isVersionConflict(split.error) ? (
        <p className="error-message" role="alert">
          Someone changed this claim meanwhile; it has been reloaded. Check it and split again.
        </p>
      ) : (
        <ErrorMessage error={split.error} />
      )}
      <div className="actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <button type="submit" className="primary" aria-disabled={split.isPending}>
          {split.isPending ? "Splitting…" : "Split here"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

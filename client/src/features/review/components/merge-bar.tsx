import type { Claim } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { isVersionConflict } from "../../../lib/api-error.ts";
import { plural } from "../../../lib/format.ts";
import { useMergeClaims } from "../api/split-merge.ts";

interface Props {
  articleId: string;
  /** The claims ticked in the list, in text order. */
  chosen: Claim[];
  onMerged: (merged: Claim) => void;
  onClear: () => void;
}

const MAX_MERGE = 20;

const claimantOf = (claim: Claim): string => claim.claimant ?? "no one named";

/** Appears once claims are ticked in the list; says what merging does before anyone does it. */
export function MergeBar({ articleId, chosen, onMerged, onClear }: Props) {
  const merge = useMergeClaims(articleId);
  if (chosen.length === 0) return null;
  const numbers = chosen.map((c) => `#${c.number}`).join(", ");
  const tooFew = chosen.length < 2;
  const tooMany = chosen.length > MAX_MERGE;
  const claimants = [...new Set(chosen.map(claimantOf))];
  return (
    <div className="merge-bar" role="region" aria-label="Merge claims">
      <p>
        <strong>
          {chosen.length} chosen: {numbers}.
        </strong>{" "}
        {tooFew
          ? "Tick at least one more claim to merge."
          : tooMany
            ? `At most ${MAX_MERGE} claims can be merged at once.`
            : `Merging keeps claim #${chosen[0]!.number} and widens it to cover all of them. Sources and notes of the others move to the merged claim; the others are removed. The merged claim keeps the first verdict in text order, flagged for re-review; any other verdict is kept as a note.`}
      </p>
      {!tooFew && claimants.length > 1 ? (
        <p className="warning" role="note">
          These claims are made by different sources ({claimants.join("; ")}). The merged claim is credited to{" "}
          {claimantOf(chosen[0]!)} alone: merge only what one source says.
        </p>
      ) : null}
      {isVersionConflict(merge.error) ? (
        <p className="error-message" role="alert">
          One of these claims changed meanwhile; the list has been reloaded. Check them and merge again.
        </p>
      ) : (
        <ErrorMessage error={merge.error} />
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={tooFew || tooMany || merge.isPending}
          onClick={() =>
            merge.mutate({ claims: chosen.map((c) => ({ id: c.id, version: c.version })) }, { onSuccess: onMerged })
          }
        >
          {merge.isPending ? "Merging…" : `Merge ${plural(chosen.length, "claim")}`}
        </button>
        <button type="button" onClick={() => (merge.reset(), onClear())}>
          Clear choice
        </button>
      </div>
    </div>
  );
}

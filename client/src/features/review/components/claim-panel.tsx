import { forwardRef, useState } from "react";
import type { Claim, User, Verdict } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { VerdictBadge } from "../../../components/verdict-badge.tsx";
import { useCan } from "../../../lib/session.ts";
import { useFocusLater } from "../../../lib/use-focus-later.ts";
import { useClaim } from "../api/get-claim.ts";
import { AnchorBadges } from "./anchor-badges.tsx";
import { ClaimActionsBar } from "./claim-actions-bar.tsx";
import { ClaimDetails } from "./claim-details.tsx";
import { ClaimHistory } from "./claim-history.tsx";
import { NotesSection } from "./notes-section.tsx";
import { SimilarClaims } from "./similar-claims.tsx";
import { SourcesSection } from "./sources-section.tsx";
import { SplitClaim } from "./split-claim.tsx";
import { VerdictForm } from "./verdict-form.tsx";

interface Props {
  claim: Claim;
  users: User[];
  verdictRequest: { verdict: Verdict; n: number } | null;
  sourceRequest: number;
}

/** Everything about the selected claim. The note box is exposed by ref for the "n" shortcut. */
export const ClaimPanel = forwardRef<HTMLTextAreaElement, Props>(function ClaimPanel(
  { claim: listed, users, verdictRequest, sourceRequest },
  noteRef,
) {
  const thread = useClaim(listed.id);
  // The list copy shows at once; the thread (sources, notes) follows.
  const claim = thread.data ?? listed;
  const canVerdict = useCan("set:verdict");
  const canAddSource = useCan("create:source");
  const canEditSource = useCan("update:source");
  const canNote = useCan("create:note");
  const canSplit = useCan("update:claim") && claim.anchorStatus !== "missing";
  const [splitting, setSplitting] = useState(false);
  const [splitDone, setSplitDone] = useState<string | null>(null);
  // The split control replaces its button; closing it, however, brings the button back with the
  // focus, rather than leaving the focus on the page where the next key is taken for a shortcut.
  const [splitButtonRef, focusSplitButton] = useFocusLater<HTMLButtonElement>();
  const closeSplit = (done: string | null) => {
    setSplitting(false);
    setSplitDone(done);
    focusSplitButton();
  };

  return (
    <section className="claim-panel" aria-labelledby="claim-panel-heading">
      <h2 id="claim-panel-heading">
        Claim #{claim.number} <VerdictBadge verdict={claim.verdict} />
        {claim.dismissed ? <span className="tag">Dismissed</span> : null}
        <AnchorBadges claim={claim} />
      </h2>
      <ClaimDetails claim={claim} />
      <SimilarClaims claimId={claim.id} />
      {canSplit && splitting ? (
        <SplitClaim
          claim={claim}
          onCancel={() => closeSplit(null)}
          onSplit={(first, second) => closeSplit(`Split into claims #${first.number} and #${second.number}.`)}
        />
      ) : canSplit ? (
        <div className="actions">
          <button type="button" ref={splitButtonRef} onClick={() => (setSplitting(true), setSplitDone(null))}>
            Split claim
          </button>
          <span role="status">{splitDone ?? ""}</span>
        </div>
      ) : null}
      <ClaimActionsBar claim={claim} users={users} />
      {canVerdict ? (
        <VerdictForm
          claim={claim}
          request={verdictRequest}
          sourceCount={thread.data?.sources.length ?? claim.sourceCount}
        />
      ) : claim.rationale ? (
        <p className="plain-text">{claim.rationale}</p>
      ) : null}
      <ErrorMessage error={thread.error} />
      {thread.data ? (
        <>
          <SourcesSection
            claimId={claim.id}
            sources={thread.data.sources}
            canAdd={canAddSource}
            canEdit={canEditSource}
            openRequest={sourceRequest}
          />
          <NotesSection ref={noteRef} claimId={claim.id} notes={thread.data.notes} canAdd={canNote} />
        </>
      ) : thread.isPending ? (
        <p role="status">Loading sources and notes…</p>
      ) : null}
      <ClaimHistory key={claim.id} claimId={claim.id} />
    </section>
  );
});

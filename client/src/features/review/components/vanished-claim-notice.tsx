// The claim on screen disappeared from the article (someone merged it into another) while the
// reviewer had it open. Say so, show what they had not saved, and let them carry it over.
import { verdictLabel, type Claim } from "@claimdesk/shared";
import { clearDraft, readDraft, writeDraft } from "../../../lib/use-draft.ts";
import { noteDraftKey } from "./notes-section.tsx";
import { baseOf, verdictDraftKey, type VerdictDraft } from "./verdict-draft.ts";

interface Props {
  /** The claim as it was last seen. */
  gone: Claim;
  /** The claims of the article now. */
  claims: readonly Claim[];
  /** Opens a claim. */
  onOpen: (id: string) => void;
  onDiscard: () => void;
}

/** The narrowest claim that now covers the whole of the gone one: where a merge put it. */
function successorOf(gone: Claim, claims: readonly Claim[]): Claim | null {
  const covering = claims.filter((c) => c.start <= gone.start && c.end >= gone.end);
  covering.sort((a, b) => a.end - a.start - (b.end - b.start));
  return covering[0] ?? null;
}

export function VanishedClaimNotice({ gone, claims, onOpen, onDiscard }: Props) {
  const successor = successorOf(gone, claims);
  const verdict = readDraft<VerdictDraft | null>(verdictDraftKey(gone.id)) ?? null;
  const note = readDraft<string>(noteDraftKey(gone.id))?.trim() || null;
  const unsaved = [verdict ? "verdict" : null, note ? "note" : null].filter((w): w is string => w !== null);

  function discard() {
    clearDraft(verdictDraftKey(gone.id));
    clearDraft(noteDraftKey(gone.id));
    onDiscard();
  }

  function carryOver(to: Claim) {
    // Not over a draft already begun on the other claim: that one is someone's work too.
    if (verdict && readDraft(verdictDraftKey(to.id)) === undefined) {
      const carried: VerdictDraft = { verdict: verdict.verdict, rationale: verdict.rationale, ...baseOf(to) };
      writeDraft(verdictDraftKey(to.id), carried);
      clearDraft(verdictDraftKey(gone.id));
    }
    if (note) {
      const there = readDraft<string>(noteDraftKey(to.id))?.trim();
      writeDraft(noteDraftKey(to.id), there ? `${there}\n\n${note}` : note);
      clearDraft(noteDraftKey(gone.id));
    }
    onOpen(to.id);
  }

  return (
    <div className="conflict" role="alert" aria-labelledby="vanished-claim-heading">
      <h2 id="vanished-claim-heading">Claim #{gone.number} is no longer in this article</h2>
      {/* Numbers follow text order and shift after a merge: the wording says which claim this was. */}
      <blockquote className="claim-wording plain-text">{gone.text}</blockquote>
      <p>
        {successor
          ? `Someone merged claim #${gone.number} into claim #${successor.number} while you had it open.`
          : `Someone merged or removed claim #${gone.number} while you had it open.`}
      </p>
      {unsaved.length ? (
        <>
          <p>You had not saved this yet; it is kept here:</p>
          <dl className="plain-text">
            {verdict ? (
              <>
                <dt>Verdict</dt>
                <dd>{verdictLabel(verdict.verdict)}</dd>
                <dt>Rationale</dt>
                <dd>{verdict.rationale || "—"}</dd>
              </>
            ) : null}
            {note ? (
              <>
                <dt>Note</dt>
                <dd>{note}</dd>
              </>
            ) : null}
          </dl>
          {successor && verdict && successor.verdict !== null ? (
            <p>
              Claim #{successor.number} has the verdict {verdictLabel(successor.verdict)}
              {successor.verdictBy ? ` (${successor.verdictBy.name})` : ""}; saving yours there replaces it.
            </p>
          ) : null}
        </>
      ) : null}
      <div className="actions">
        {successor ? (
          <button type="button" className="primary" onClick={() => carryOver(successor)}>
            {unsaved.length
              ? `Open claim #${successor.number} with my unsaved ${unsaved.join(" and ")}`
              : `Open claim #${successor.number}`}
          </button>
        ) : null}
        <button type="button" onClick={discard}>
          {unsaved.length ? "Discard what I had not saved" : "Close"}
        </button>
      </div>
    </div>
  );
}

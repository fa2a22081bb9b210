import { useEffect, useRef, useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { claimSchema, verdictLabel, verdictNeedsEvidence, verdicts, type Claim, type Verdict } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { VERDICT_ICONS } from "../../../components/verdict-badge.tsx";
import { conflictingRecord, isApiError, isVersionConflict } from "../../../lib/api-error.ts";
import { changeAuthor } from "../../../lib/conflict-author.ts";
import { useSession } from "../../../lib/session.ts";
import { useDraft } from "../../../lib/use-draft.ts";
import { useSetVerdict } from "../api/set-verdict.ts";
import { applyClaimUpdate } from "../api/update-claim-cache.ts";
import { ConflictNotice } from "./conflict-notice.tsx";
import {
  baseOf,
  draftAfterSave,
  settleStoredDraft,
  untouchedByOthers,
  verdictDraftKey,
  type VerdictDraft,
} from "./verdict-draft.ts";

/** "Approved by Ed" or "Not approved": saving a verdict always leaves it not approved. */
function approvalOf(claim: Pick<Claim, "approvedBy" | "approvedAt">): string {
  return claim.approvedAt ? `Approved by ${claim.approvedBy?.name ?? "an editor"}` : "Not approved";
}

interface Props {
  claim: Claim;
  /** Set by the 1-4 shortcuts; `n` changes on every key press. */
  request?: { verdict: Verdict; n: number } | null;
  sourceCount: number;
}

export const VERDICT_KEYS: Record<Verdict, string> = { true: "1", false: "2", misleading: "3", unverified: "4" };

export function VerdictForm({ claim, request, sourceCount }: Props) {
  const queryClient = useQueryClient();
  // Not useCurrentUser: this re-renders with its save's 401 as the session ends, before the
  // workspace gives way to the sign-in page.
  const me = useSession().data?.user;
  const myId = me?.id;
  const [draft, setDraft, clearDraft] = useDraft<VerdictDraft | null>(verdictDraftKey(claim.id), null);
  // The draft as last rendered, for a save's answer: what was typed while it was on its way stays.
  const draftRef = useRef(draft);
  draftRef.current = draft;
  // The stored draft is settled even if the reviewer has moved to another claim by the answer.
  const save = useSetVerdict(settleStoredDraft);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  // After a save: "over" is the refused first attempt when the save was repeated over a colleague's
  // change to something else, so the reviewer is told whose change their verdict now sits on.
  const [saved, setSaved] = useState<{ over: unknown } | null>(null);
  // "Take theirs" chosen: said in the status line, where a screen reader hears what became of the draft.
  const [tookTheirs, setTookTheirs] = useState(false);
  // Where the focus goes when the conflict notice closes with it: the form's own action, which
  // reads "Saving…" while "Keep mine" is on its way, next to the status that tells the outcome.
  const saveButtonRef = useRef<HTMLButtonElement>(null);
  // Untouched, the form mirrors the claim (including live changes); once edited it holds the draft.
  const untouched: VerdictDraft = { verdict: claim.verdict, rationale: claim.rationale ?? "", ...baseOf(claim) };
  const shown: VerdictDraft = draft ?? untouched;
  const edit = (patch: Partial<VerdictDraft>) => {
    setSaved(null);
    setTookTheirs(false);
    // From the latest draft, not the one last rendered: a verdict chosen by its key (an effect,
    // rendered on a later task) and a rationale typed at once would otherwise lose the verdict.
    setDraft((latest) => ({ ...(latest ?? untouched), ...patch }));
  };

  useEffect(() => {
    if (!request) return;
    edit({ verdict: request.verdict });
    rationaleRef.current?.focus();
    // Only a new key press should act, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request?.n]);

  function send(version: number, from: VerdictDraft = shown, over: unknown = null) {
    const sent = { verdict: from.verdict, rationale: from.rationale.trim() || null };
    // Ignored while a save is on its way (a double click, Ctrl+Enter twice).
    save.mutate(
      { claimId: claim.id, version, ...sent },
      {
        onSuccess: (result) => {
          const next = draftAfterSave(draftRef.current, sent, result);
          if (next) setDraft(next);
          else clearDraft();
          setSaved({ over });
        },
        onError: (e) => {
          const current = conflictingRecord(e, claimSchema);
          if (!current || current.version === version || !untouchedByOthers(from, current)) return;
          // Someone changed something else (a note, a source, an assignment): the verdict they left
          // is the one this edit started from, so saving over the new version loses nothing of theirs.
          // The repeat sends what was there at the click; the draft only moves its base, keeping
          // what was typed since (the answer to the repeat then keeps it too, as it differs).
          setDraft((d) => ({ ...(d ?? from), baseVersion: current.version }));
          send(current.version, from, e);
        },
      },
    );
  }

  /** The form's submit and Ctrl+Enter alike: nothing to save until something was changed. */
  function trySave() {
    if (save.isPending || draft === null) return;
    send(shown.baseVersion);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    trySave();
  }

  function savedMessage(over: unknown): string {
    if (!over) return "Saved.";
    const { name, when, isMe, known } = changeAuthor(over, myId);
    if (isMe)
      return `Saved. You had changed another part of this claim in another tab or window${when}; both changes are kept.`;
    return `Saved. ${known ? name : "Someone"} had changed another part of this claim${when} (not the verdict); both changes are kept.`;
  }

  const conflict = isVersionConflict(save.error) ? claimSchema.safeParse(save.error.current) : null;
  const theirs = conflict?.success ? conflict.data : null;
  const fieldErrors = isApiError(save.error) ? save.error.fieldMessages() : {};
  const needsEvidence = shown.verdict !== null && verdictNeedsEvidence(shown.verdict);
  const dirty = draft !== null;

  return (
    <form className="verdict-form" onSubmit={submit} aria-labelledby={`verdict-heading-${claim.id}`}>
      <h3 id={`verdict-heading-${claim.id}`}>Verdict</h3>
      <fieldset>
        <legend className="visually-hidden">Verdict</legend>
        <div className="verdict-choices">
          {verdicts.map((v) => (
            <label key={v} className={`verdict-choice verdict-${v}`}>
              <input
                type="radio"
                name={`verdict-${claim.id}`}
                value={v}
                checked={shown.verdict === v}
                onChange={() => edit({ verdict: v })}
              />
              <span aria-hidden="true">{VERDICT_ICONS[v]}</span> {verdictLabel(v)}{" "}
              <kbd aria-hidden="true">{VERDICT_KEYS[v]}</kbd>
            </label>
          ))}
          <label className="verdict-choice verdict-none">
            <input
              type="radio"
              name={`verdict-${claim.id}`}
              value=""
              checked={shown.verdict === null}
              onChange={() => edit({ verdict: null })}
            />
            <span aria-hidden="true">{VERDICT_ICONS.none}</span> {verdictLabel(null)}
          </label>
        </div>
      </fieldset>
      <div className={`field${fieldErrors.rationale ? " field-invalid" : ""}`}>
        <label htmlFor={`rationale-${claim.id}`}>Rationale</label>
        <textarea
          id={`rationale-${claim.id}`}
          ref={rationaleRef}
          rows={4}
          value={shown.rationale}
          onChange={(e) => edit({ rationale: e.target.value })}
          aria-describedby={`rationale-hint-${claim.id}`}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              trySave();
            }
          }}
        />
        <small id={`rationale-hint-${claim.id}`} className="field-hint">
          {needsEvidence
            ? `This verdict needs a rationale and at least one source (${sourceCount} so far).`
            : "Ctrl+Enter saves."}
          {fieldErrors.rationale ? <span className="field-error"> {fieldErrors.rationale}</span> : null}
        </small>
      </div>
      {theirs ? (
        <ConflictNotice
          error={save.error}
          // An older server does not say who: the verdict's author is then the best guess.
          fallbackBy={theirs.verdictBy}
          rows={[
            { label: "Verdict", mine: verdictLabel(shown.verdict), theirs: verdictLabel(theirs.verdict) },
            { label: "Rationale", mine: shown.rationale, theirs: theirs.rationale ?? "" },
            // Who gave it, and its approval: a colleague may have given the same verdict again, or
            // approved it; keeping mine makes it mine and withdraws the approval.
            { label: "Given by", mine: shown.verdict ? (me?.name ?? "") : "", theirs: theirs.verdictBy?.name ?? "" },
            { label: "Approval", mine: approvalOf({ approvedAt: null, approvedBy: null }), theirs: approvalOf(theirs) },
          ]}
          busy={save.isPending}
          returnFocus={() => saveButtonRef.current?.focus()}
          onKeepMine={() => {
            // Chosen over theirs knowingly: theirs is now what this edit started from.
            const next = { ...shown, ...baseOf(theirs) };
            setDraft(next);
            send(theirs.version, next);
          }}
          onTakeTheirs={() => {
            clearDraft();
            save.reset();
            applyClaimUpdate(queryClient, theirs);
            setTookTheirs(true);
          }}
        />
      ) : (
        <ErrorMessage error={save.error} />
      )}
      <div className="actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <button type="submit" className="primary" ref={saveButtonRef} aria-disabled={save.isPending || !dirty}>
          {save.isPending ? "Saving…" : "Save verdict"}
        </button>
        {dirty ? (
          <button type="button" onClick={() => (clearDraft(), save.reset(), setSaved(null), setTookTheirs(false))}>
            Discard changes
          </button>
        ) : null}
        <span role="status" className="muted">
          {dirty
            ? "Unsaved changes"
            : saved
              ? savedMessage(saved.over)
              : tookTheirs
                ? "Their verdict is kept; your changes were discarded."
                : ""}
        </span>
      </div>
    </form>
  );
}

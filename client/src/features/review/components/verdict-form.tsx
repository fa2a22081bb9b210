import { useEffect, useRef, useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { claimSchema, verdictLabel, verdictNeedsEvidence, verdicts, type Claim, type Verdict } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { VERDICT_ICONS } from "../../../components/verdict-badge.tsx";
import { conflictingRecord, isApiError, isVersionConflict } from "../../../lib/api-error.ts";
import { useDraft } from "../../../lib/use-draft.ts";
import { useSetVerdict } from "../api/set-verdict.ts";
import { applyClaimUpdate } from "../api/update-claim-cache.ts";
import { ConflictNotice } from "./conflict-notice.tsx";

export interface VerdictDraft {
  verdict: Verdict | null;
  rationale: string;
  /** The claim version the edit started from: saving against it is what detects conflicts. */
  baseVersion: number;
  /**
   * The verdict and rationale as they were when the edit started. A conflict in which they are
   * still the same on the server came from something else (an assignment, an approval): nobody's
   * verdict is at stake, so the save is simply repeated against the new version. Older drafts
   * lack them and always show the conflict.
   */
  baseVerdict?: Verdict | null;
  baseRationale?: string | null;
}

export const verdictDraftKey = (claimId: string) => `verdict:${claimId}`;

/** True when the server's verdict and rationale are the ones the draft started from. */
function untouchedByOthers(draft: VerdictDraft, current: Claim): boolean {
  if (draft.baseVerdict === undefined || draft.baseRationale === undefined) return false;
  return current.verdict === draft.baseVerdict && (current.rationale ?? "") === (draft.baseRationale ?? "");
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
  const [draft, setDraft, clearDraft] = useDraft<VerdictDraft | null>(verdictDraftKey(claim.id), null);
  const save = useSetVerdict();
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const [saved, setSaved] = useState(false);
  // Untouched, the form mirrors the claim (including live changes); once edited it holds the draft.
  const shown: VerdictDraft = draft ?? {
    verdict: claim.verdict,
    rationale: claim.rationale ?? "",
    baseVersion: claim.version,
    baseVerdict: claim.verdict,
    baseRationale: claim.rationale,
  };
  const edit = (patch: Partial<VerdictDraft>) => {
    setSaved(false);
    setDraft({ ...shown, ...patch });
  };

  useEffect(() => {
    if (!request) return;
    edit({ verdict: request.verdict });
    rationaleRef.current?.focus();
    // Only a new key press should act, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request?.n]);

  function send(version: number, from: VerdictDraft = shown) {
    save.mutate(
      { claimId: claim.id, version, verdict: from.verdict, rationale: from.rationale.trim() || null },
      {
        onSuccess: () => {
          clearDraft();
          setSaved(true);
        },
        onError: (e) => {
          const current = conflictingRecord(e, claimSchema);
          if (!current || current.version === version || !untouchedByOthers(from, current)) return;
          const next = { ...from, baseVersion: current.version };
          setDraft(next);
          send(current.version, next);
        },
      },
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending || draft === null) return;
    send(shown.baseVersion);
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
              send(shown.baseVersion);
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
          ]}
          busy={save.isPending}
          onKeepMine={() => {
            // Chosen over theirs knowingly: theirs is now what this edit started from.
            const next = {
              ...shown,
              baseVersion: theirs.version,
              baseVerdict: theirs.verdict,
              baseRationale: theirs.rationale,
            };
            setDraft(next);
            send(theirs.version, next);
          }}
          onTakeTheirs={() => {
            clearDraft();
            save.reset();
            applyClaimUpdate(queryClient, theirs);
          }}
        />
      ) : (
        <ErrorMessage error={save.error} />
      )}
      <div className="actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <button type="submit" className="primary" aria-disabled={save.isPending || !dirty}>
          {save.isPending ? "Saving…" : "Save verdict"}
        </button>
        {dirty ? (
          <button type="button" onClick={() => (clearDraft(), save.reset())}>
            Discard changes
          </button>
        ) : null}
        <span role="status" className="muted">
          {saved && !dirty ? "Saved." : dirty ? "Unsaved changes" : ""}
        </span>
      </div>
    </form>
  );
}

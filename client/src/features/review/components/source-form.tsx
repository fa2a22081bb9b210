import { forwardRef, useRef, useState, type FormEvent } from "react";
import { sourceInputSchema, sourceSchema, stances, type Source, type Stance } from "@claimdesk/shared";
import { Field } from "../../../components/field.tsx";
import { ErrorMessage } from "../../../components/status.tsx";
import { conflictingRecord, isApiError } from "../../../lib/api-error.ts";
import { focusFirstInvalid } from "../../../lib/focus-first-invalid.ts";
import { keepMyChanges } from "../../../lib/keep-my-changes.ts";
import { useDraft } from "../../../lib/use-draft.ts";
import type { SourceFields } from "../api/sources.ts";
import { ConflictNotice } from "./conflict-notice.tsx";

const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports the claim",
  refutes: "Refutes the claim",
  context: "Gives context",
};

interface FormState {
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  stance: Stance;
  accessedOn: string;
}

function fromSource(s: Source | null): FormState {
  return {
    url: s?.url ?? "",
    title: s?.title ?? "",
    publisher: s?.publisher ?? "",
    excerpt: s?.excerpt ?? "",
    stance: s?.stance ?? "supports",
    accessedOn: s?.accessedOn ?? "",
  };
}

function toFields(f: FormState): SourceFields {
  return {
    url: f.url.trim(),
    title: f.title.trim() || null,
    publisher: f.publisher.trim() || null,
    excerpt: f.excerpt.trim() || null,
    stance: f.stance,
    accessedOn: f.accessedOn || null,
  };
}

interface Props {
  draftKey: string;
  source?: Source | null;
  /** The source as it was when editing began: after a conflict, fields not changed since keep theirs. */
  base?: Source | null;
  /** `version` is set by "Keep mine" after a conflict: resend against the server's current version. */
  onSubmit: (fields: SourceFields, done: () => void, version?: number) => void;
  onCancel: () => void;
  /** After a conflict, "Take theirs": the draft is already dropped; the parent refreshes and closes. */
  onTakeTheirs?: () => void;
  pending: boolean;
  error: unknown;
  /** Said instead of the error's own words, when the parent knows better (a duplicate address). */
  errorText?: string | null;
  /** The submit button's words, when neither "Add source" nor "Save source" fits. */
  submitLabel?: string;
  /** The cancel button's words ("Discard" when there is nothing left to go back to). */
  cancelLabel?: string;
}

function conflictRows(mine: SourceFields, theirs: Source) {
  const show = (v: string | null) => v ?? "";
  return [
    { label: "Web address", mine: mine.url, theirs: theirs.url },
    { label: "Stance", mine: STANCE_LABELS[mine.stance], theirs: STANCE_LABELS[theirs.stance] },
    { label: "Title", mine: show(mine.title), theirs: show(theirs.title) },
    { label: "Publisher", mine: show(mine.publisher), theirs: show(theirs.publisher) },
    { label: "Excerpt", mine: show(mine.excerpt), theirs: show(theirs.excerpt) },
    { label: "Accessed on", mine: show(mine.accessedOn), theirs: show(theirs.accessedOn) },
  ];
}

/** Validates with the shared schema first, so a bad address is explained before any request. */
export const SourceForm = forwardRef<HTMLInputElement, Props>(function SourceForm(
  {
    draftKey,
    source = null,
    base = null,
    onSubmit,
    onCancel,
    onTakeTheirs,
    pending,
    error,
    errorText = null,
    submitLabel,
    cancelLabel = "Cancel",
  },
  urlRef,
) {
  const [form, setForm, clearForm] = useDraft<FormState>(draftKey, fromSource(source));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = isApiError(error) ? error.fieldMessages() : {};
  const theirs = onTakeTheirs ? conflictingRecord(error, sourceSchema) : null;
  const errors = { ...serverErrors, ...clientErrors };
  // From the latest state, not the one last rendered, as the verdict form does (verdict-form.tsx).
  const set = (patch: Partial<FormState>) => setForm((latest) => ({ ...latest, ...patch }));
  // What "keep mine" saves: my changes over their version (everything typed, without a base).
  const mineOver = (theirs: Source) =>
    toFields(base ? keepMyChanges(fromSource(base), form, fromSource(theirs)) : form);

  // Where the focus goes when "Keep mine" closes the conflict notice: the button reading "Saving…".
  const submitRef = useRef<HTMLButtonElement>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    // The parent's mutation ignores a second submit anyway; this spares re-validating for nothing.
    if (pending) return;
    const fields = toFields(form);
    const parsed = sourceInputSchema.safeParse(fields);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      setClientErrors(next);
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    setClientErrors({});
    onSubmit(fields, clearForm);
  }

  return (
    <form className="source-form" onSubmit={submit} noValidate aria-label={source ? "Edit source" : "Add a source"}>
      <Field label="Web address" error={errors.url}>
        <input
          ref={urlRef}
          type="url"
          value={form.url}
          onChange={(e) => set({ url: e.target.value })}
          placeholder="https://"
          required
        />
      </Field>
      <Field label="Stance" error={errors.stance}>
        <select value={form.stance} onChange={(e) => set({ stance: e.target.value as Stance })}>
          {stances.map((s) => (
            <option key={s} value={s}>
              {STANCE_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Title" error={errors.title}>
        <input value={form.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <Field label="Publisher" error={errors.publisher}>
        <input value={form.publisher} onChange={(e) => set({ publisher: e.target.value })} />
      </Field>
      <Field label="Excerpt" error={errors.excerpt}>
        <textarea rows={3} value={form.excerpt} onChange={(e) => set({ excerpt: e.target.value })} />
      </Field>
      <Field label="Accessed on" error={errors.accessedOn}>
        <input type="date" value={form.accessedOn} onChange={(e) => set({ accessedOn: e.target.value })} />
      </Field>
      {theirs ? (
        <ConflictNotice
          // The server names who changed it (from the audit log). Not theirs.addedBy: that is who
          // first added the source, often the very person looking.
          error={error}
          rows={conflictRows(mineOver(theirs), theirs)}
          busy={pending}
          returnFocus={() => submitRef.current?.focus()}
          onKeepMine={() => onSubmit(mineOver(theirs), clearForm, theirs.version)}
          onTakeTheirs={() => {
            clearForm();
            onTakeTheirs?.();
          }}
        />
      ) : errorText ? (
        <p className="error-message" role="alert">
          {errorText}
        </p>
      ) : (
        <ErrorMessage error={Object.keys(serverErrors).length ? null : error} />
      )}
      <div className="actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <button type="submit" className="primary" ref={submitRef} aria-disabled={pending}>
          {pending ? "Saving…" : (submitLabel ?? (source ? "Save source" : "Add source"))}
        </button>
        <button type="button" onClick={() => (clearForm(), onCancel())}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
});

export { STANCE_LABELS };

import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { Source } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { queryKeys } from "../../../lib/query-keys.ts";
import { useSession } from "../../../lib/session.ts";
import { useAddSource, useDeleteSource, useUpdateSource } from "../api/sources.ts";
import { duplicateSourceMessage } from "./duplicate-source.ts";
import { SourceForm, STANCE_LABELS } from "./source-form.tsx";

interface Props {
  claimId: string;
  sources: Source[];
  canAdd: boolean;
  canEdit: boolean;
  /** Incremented by the "s" shortcut: open the form and focus the address. */
  openRequest: number;
}

export function SourcesSection({ claimId, sources, canAdd, canEdit, openRequest }: Props) {
  const [adding, setAdding] = useState(false);
  const queryClient = useQueryClient();
  // The source being edited, as it was when the edit started, and the version the edit started
  // from (a live refresh must not move it).
  const [editing, setEditing] = useState<{ id: string; version: number; source: Source } | null>(null);
  // Someone removed the source while it was being edited: the edit stays, to be added back as new.
  const removedWhileEditing = editing && !sources.some((s) => s.id === editing.id) ? editing : null;
  // The source whose removal is being confirmed: a misclick must not take a citation away.
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const add = useAddSource(claimId);
  const update = useUpdateSource(claimId);
  const remove = useDeleteSource(claimId);
  // Not useCurrentUser: a 401 re-renders this as the session ends, before the sign-in page shows.
  const myId = useSession().data?.user.id;
  const duplicate = duplicateSourceMessage(add.error, add.variables?.source.url, sources, myId);
  const stopEditing = () => {
    update.reset();
    setEditing(null);
  };
  const urlRef = useRef<HTMLInputElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // After a source is added the form (and the focused button in it) goes: focus comes back to
  // "Add source" instead of falling to the page.
  const [focusAddButton, setFocusAddButton] = useState(false);
  useEffect(() => {
    if (!focusAddButton) return;
    addButtonRef.current?.focus();
    setFocusAddButton(false);
  }, [focusAddButton]);

  useEffect(() => {
    if (openRequest > 0 && canAdd) setAdding(true);
  }, [openRequest, canAdd]);
  useEffect(() => {
    if (adding) urlRef.current?.focus();
  }, [adding, openRequest]);

  return (
    <section className="sources" aria-labelledby={`sources-${claimId}`}>
      <h3 id={`sources-${claimId}`}>Sources ({sources.length})</h3>
      {sources.length === 0 ? <p className="state-empty">No sources yet.</p> : null}
      <ul>
        {sources.map((s) =>
          editing?.id === s.id ? (
            <li key={s.id}>
              <SourceForm
                draftKey={`source:${s.id}`}
                source={s}
                base={editing.source}
                pending={update.isPending}
                error={update.error}
                onCancel={stopEditing}
                onTakeTheirs={() => {
                  stopEditing();
                  void queryClient.invalidateQueries({ queryKey: queryKeys.claim(claimId) });
                }}
                onSubmit={(fields, done, version = editing.version) => {
                  setEditing({ id: s.id, version, source: editing.source });
                  update.mutate(
                    { sourceId: s.id, version, source: fields },
                    {
                      onSuccess: () => {
                        done();
                        setEditing(null);
                      },
                    },
                  );
                }}
              />
            </li>
          ) : (
            <li key={s.id} className={`source stance-${s.stance}`}>
              <span className="tag">{STANCE_LABELS[s.stance]}</span>{" "}
              <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">
                {s.title || s.url}
              </a>
              {s.publisher ? <span className="muted"> · {s.publisher}</span> : null}
              {s.excerpt ? <blockquote className="plain-text">{s.excerpt}</blockquote> : null}
              {canEdit ? (
                <span className="inline-actions">
                  <button type="button" onClick={() => setEditing({ id: s.id, version: s.version, source: s })}>
                    Edit<span className="visually-hidden"> source {s.title || s.url}</span>
                  </button>
                  <button type="button" onClick={() => (remove.reset(), setConfirmRemove(s.id))}>
                    Remove<span className="visually-hidden"> source {s.title || s.url}</span>
                  </button>
                </span>
              ) : null}
              {confirmRemove === s.id ? (
                <div
                  role="group"
                  className="confirm-remove"
                  aria-label={`Remove “${s.title || s.url}”?`}
                  onKeyDown={(e) => e.key === "Escape" && setConfirmRemove(null)}
                >
                  <p>
                    Remove “{s.title || s.url}”? It leaves this claim and its reports; the audit log keeps a record.
                  </p>
                  <button
                    type="button"
                    className="danger"
                    aria-disabled={remove.isPending}
                    onClick={() =>
                      !remove.isPending &&
                      remove.mutate({ sourceId: s.id, version: s.version }, { onSuccess: () => setConfirmRemove(null) })
                    }
                  >
                    Yes, remove it
                  </button>
                  {/* The safe choice has the focus: Enter or Space by mistake keeps the source. */}
                  <button type="button" autoFocus onClick={() => (remove.reset(), setConfirmRemove(null))}>
                    Keep it
                  </button>
                </div>
              ) : null}
            </li>
          ),
        )}
        {removedWhileEditing ? (
          <li key={removedWhileEditing.id}>
            <p className="error-message" role="alert">
              Someone removed this source while you were editing it. Your changes are still here: add them as a new
              source, or discard them.
            </p>
            <SourceForm
              draftKey={`source:${removedWhileEditing.id}`}
              source={removedWhileEditing.source}
              pending={add.isPending}
              error={add.error}
              errorText={duplicate}
              submitLabel="Add as a new source"
              cancelLabel="Discard"
              onCancel={() => (add.reset(), setEditing(null))}
              onSubmit={(fields, done) =>
                add.mutate(
                  { claimId, source: fields },
                  {
                    onSuccess: () => {
                      done();
                      setEditing(null);
                    },
                  },
                )
              }
            />
          </li>
        ) : null}
      </ul>
      <ErrorMessage error={remove.error} />
      {canAdd && adding ? (
        <SourceForm
          ref={urlRef}
          draftKey={`new-source:${claimId}`}
          pending={add.isPending}
          error={add.error}
          errorText={duplicate}
          onCancel={() => {
            add.reset();
            setAdding(false);
          }}
          onSubmit={(fields, done) =>
            add.mutate(
              { claimId, source: fields },
              {
                onSuccess: () => {
                  done();
                  setAdding(false);
                  setFocusAddButton(true);
                },
              },
            )
          }
        />
      ) : canAdd ? (
        <button type="button" ref={addButtonRef} onClick={() => setAdding(true)}>
          Add source <kbd aria-hidden="true">s</kbd>
        </button>
      ) : null}
    </section>
  );
}

import { useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { noteSchema, type Note } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { conflictingRecord } from "../../../lib/api-error.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { useDraft } from "../../../lib/use-draft.ts";
import { useFocusLater } from "../../../lib/use-focus-later.ts";
import { useUpdateNote } from "../api/notes.ts";
import { ConflictNotice } from "./conflict-notice.tsx";

/** One note; its author (or an admin) can edit it. Edits save against the version they started from. */
export function NoteItem({ note, claimId, editable }: { note: Note; claimId: string; editable: boolean }) {
  const queryClient = useQueryClient();
  // null when not editing. Remembered at "Edit" so a live refresh cannot hide someone else's change.
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [text, setText, clearText] = useDraft(`note-edit:${note.id}`, note.body);
  const update = useUpdateNote(claimId);
  const theirs = conflictingRecord(update.error, noteSchema);
  // The edit form goes once the note is saved or theirs is taken: the focus returns to its "Edit"
  // button rather than falling to the page. While "Keep mine" saves, it waits on "Save note".
  const [editButtonRef, focusEditButton] = useFocusLater<HTMLButtonElement>();
  const saveButtonRef = useRef<HTMLButtonElement>(null);

  function send(version: number) {
    update.mutate(
      { noteId: note.id, version, body: text },
      {
        onSuccess: () => {
          clearText();
          setBaseVersion(null);
          focusEditButton();
        },
      },
    );
  }

  return (
    <li className="note">
      <div className="muted">
        {note.author.name} · <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
        {note.updatedAt !== note.createdAt ? " (edited)" : ""}
      </div>
      {baseVersion !== null ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            send(baseVersion);
          }}
        >
          <label htmlFor={`note-edit-${note.id}`} className="visually-hidden">
            Edit note
          </label>
          <textarea id={`note-edit-${note.id}`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          {theirs ? (
            <ConflictNotice
              error={update.error}
              rows={[{ label: "Note", mine: text, theirs: theirs.body }]}
              busy={update.isPending}
              returnFocus={() => saveButtonRef.current?.focus()}
              onKeepMine={() => {
                setBaseVersion(theirs.version);
                send(theirs.version);
              }}
              onTakeTheirs={() => {
                clearText();
                update.reset();
                setBaseVersion(null);
                focusEditButton();
                void queryClient.invalidateQueries({ queryKey: queryKeys.claim(claimId) });
              }}
            />
          ) : (
            <ErrorMessage error={update.error} />
          )}
          <button type="submit" ref={saveButtonRef} aria-disabled={update.isPending}>
            Save note
          </button>
          <button type="button" onClick={() => (update.reset(), setBaseVersion(null))}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <p className="plain-text">{note.body}</p>
          {editable ? (
            <button type="button" ref={editButtonRef} onClick={() => setBaseVersion(note.version)}>
              Edit<span className="visually-hidden"> note</span>
            </button>
          ) : null}
        </>
      )}
    </li>
  );
}

import { forwardRef, useState, type FormEvent } from "react";
import { canEditNote, type Note } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { formatDateTime } from "../../../lib/format.ts";
import { useCurrentUser } from "../../../lib/session.ts";
import { useDraft } from "../../../lib/use-draft.ts";
import { useAddNote, useUpdateNote } from "../api/notes.ts";

interface Props {
  claimId: string;
  notes: Note[];
  canAdd: boolean;
}

/** Notes are shown as plain text (whitespace kept): nothing a colleague writes becomes markup. */
export const NotesSection = forwardRef<HTMLTextAreaElement, Props>(function NotesSection(
  { claimId, notes, canAdd },
  noteRef,
) {
  const me = useCurrentUser();
  const [body, setBody, clearBody] = useDraft(`note:${claimId}`, "");
  const add = useAddNote(claimId);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!body.trim()) return;
    add.mutate({ claimId, body }, { onSuccess: clearBody });
  }

  return (
    <section className="notes" aria-labelledby={`notes-${claimId}`}>
      <h3 id={`notes-${claimId}`}>Notes ({notes.length})</h3>
      <ol>
        {notes.map((n) => (
          <NoteItem key={n.id} note={n} claimId={claimId} editable={canEditNote(me, { authorId: n.author.id })} />
        ))}
      </ol>
      {canAdd ? (
        <form onSubmit={submit}>
          <label htmlFor={`new-note-${claimId}`}>
            Add a note <kbd aria-hidden="true">n</kbd>
          </label>
          <textarea
            id={`new-note-${claimId}`}
            ref={noteRef}
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <ErrorMessage error={add.error} />
          <button type="submit" disabled={add.isPending || !body.trim()}>
            {add.isPending ? "Adding…" : "Add note"}
          </button>
        </form>
      ) : null}
    </section>
  );
});

function NoteItem({ note, claimId, editable }: { note: Note; claimId: string; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [text, setText, clearText] = useDraft(`note-edit:${note.id}`, note.body);
  const update = useUpdateNote(claimId);
  return (
    <li className="note">
      <div className="muted">
        {note.author.name} · <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
        {note.updatedAt !== note.createdAt ? " (edited)" : ""}
      </div>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate(
              { noteId: note.id, version: note.version, body: text },
              {
                onSuccess: () => {
                  clearText();
                  setEditing(false);
                },
              },
            );
          }}
        >
          <label htmlFor={`note-edit-${note.id}`} className="visually-hidden">
            Edit note
          </label>
          <textarea id={`note-edit-${note.id}`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <ErrorMessage error={update.error} />
          <button type="submit" disabled={update.isPending}>
            Save note
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <p className="plain-text">{note.body}</p>
          {editable ? (
            <button type="button" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> note</span>
            </button>
          ) : null}
        </>
      )}
    </li>
  );
}

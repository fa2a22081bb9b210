import { forwardRef, type FormEvent } from "react";
import { canEditNote, type Note } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { useCurrentUser } from "../../../lib/session.ts";
import { useDraft } from "../../../lib/use-draft.ts";
import { useAddNote } from "../api/notes.ts";
import { NoteItem } from "./note-item.tsx";

/** Where a claim's unsent note is kept (also read when the claim is merged away while typed). */
export const noteDraftKey = (claimId: string): string => `note:${claimId}`;

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
  const [body, setBody, clearBody] = useDraft(noteDraftKey(claimId), "");
  const add = useAddNote(claimId);

  function submit(e: FormEvent) {
    e.preventDefault();
    // The mutation ignores a submit while one is on its way; this covers the re-rendered case.
    if (add.isPending || !body.trim()) return;
    add.mutate(
      { claimId, body },
      {
        onSuccess: () => {
          clearBody();
          // The button is disabled now the box is empty; the box is where a next note starts.
          document.getElementById(`new-note-${claimId}`)?.focus();
        },
      },
    );
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
            // What is typed while the note is on its way would be cleared with it on success.
            readOnly={add.isPending}
            onChange={(e) => setBody(e.target.value)}
          />
          <ErrorMessage error={add.error} />
          {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
          <button type="submit" aria-disabled={add.isPending || !body.trim()}>
            {add.isPending ? "Adding…" : "Add note"}
          </button>
        </form>
      ) : null}
    </section>
  );
});

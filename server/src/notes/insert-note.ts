// Writing a note under a claim, in plain SQL inside the caller's transaction: one statement
// inserts the row and returns it with its author, shaped as the API's Note.
import type { Note } from "@claimdesk/shared";
import { presentNote, type NoteRow } from "../claims/claim-presenter.ts";
import { sqlRows, type SqlTransaction } from "../db/sql.ts";

/** A note `n` with its author `u`, shaped as SqlNote. */
export const NOTE_COLUMNS = `n.id::text AS id, n.claim_id::text AS "claimId", n.parent_id::text AS "parentId",
    n.author_id::text AS "authorId", n.body, n.version, n.deleted_at AS "deletedAt",
    n.created_at AS "createdAt", n.updated_at AS "updatedAt", u.name AS "authorName", u.email AS "authorEmail"`;

export type SqlNote = Omit<NoteRow, "author"> & { authorName: string; authorEmail: string };

/** The API's Note from a row read with NOTE_COLUMNS. */
export function presentSqlNote({ authorName, authorEmail, ...note }: SqlNote): Note {
  return presentNote({ ...note, author: { id: note.authorId, name: authorName, email: authorEmail } });
}

const INSERT_NOTE = `
  WITH n AS (
    INSERT INTO notes (id, claim_id, parent_id, author_id, body, updated_at)
    VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, now())
    RETURNING *
  )
  SELECT ${NOTE_COLUMNS}
  FROM n JOIN users u ON u.id = n.author_id`;

export async function insertNote(
  client: SqlTransaction,
  claimId: string,
  parentId: string | null,
  authorId: string,
  body: string,
): Promise<Note> {
  const [row] = await sqlRows<SqlNote>(client, INSERT_NOTE, [crypto.randomUUID(), claimId, parentId, authorId, body]);
  return presentSqlNote(row!);
}

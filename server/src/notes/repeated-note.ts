// The same note sent twice: a double click, Ctrl+Enter twice, or a retry after an answer that
// never arrived. The same words from the same author under the same claim (and the same note
// replied to) within REPEAT_WINDOW_SECONDS are taken as one submission: the second request is
// answered with the note the first stored, and nothing is written again. Later, or from someone
// else, the same words are a note of their own ("Agreed." twice in a thread is normal).
import type { Note } from "@claimdesk/shared";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import { NOTE_COLUMNS, presentSqlNote, type SqlNote } from "./insert-note.ts";

export const REPEAT_WINDOW_SECONDS = 10;

/** The transaction lock under which one author's notes on one claim are checked and written. */
export const notesLockKey = (claimId: string, authorId: string) => `claimdesk:notes:${claimId}:${authorId}`;

const REPEATED_NOTE = `
  SELECT ${NOTE_COLUMNS}
  FROM notes n JOIN users u ON u.id = n.author_id
  WHERE n.claim_id = $1::uuid AND n.author_id = $2::uuid AND n.parent_id IS NOT DISTINCT FROM $3::uuid
    AND n.body = $4 AND n.deleted_at IS NULL AND n.version = 1
    AND n.created_at > clock_timestamp() - make_interval(secs => ${REPEAT_WINDOW_SECONDS})
  ORDER BY n.created_at DESC
  LIMIT 1`;

/** The note this one repeats, if any. Call under notesLockKey, taken by an earlier statement. */
export async function findRepeatedNote(
  tx: SqlTarget,
  claimId: string,
  authorId: string,
  parentId: string | null,
  body: string,
): Promise<Note | null> {
  const [row] = await sqlRows<SqlNote>(tx, REPEATED_NOTE, [claimId, authorId, parentId, body]);
  return row ? presentSqlNote(row) : null;
}

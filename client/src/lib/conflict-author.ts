// Who a version conflict ran into, in words: the person and time the server names (from the audit
// event that made the current version), "Someone else" when it does not know, and never the
// signed-in user as "someone else": their own change from another tab is said to be theirs.
import { isVersionConflict } from "./api-error.ts";

export interface ChangeAuthor {
  id: string;
  name: string;
}

const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** "at 14:05" today, "on 28 Nov 2026 at 14:05" another day; "" when unknown or unreadable. */
function whenChanged(iso: string | null | undefined, now = new Date()): string {
  if (!iso) return "";
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return "";
  const sameDay = at.toDateString() === now.toDateString();
  return sameDay ? ` at ${time.format(at)}` : ` on ${day.format(at)} at ${time.format(at)}`;
}

/**
 * The conflict notice's heading. `fallback` is who to name when the server did not say (an older
 * server without `changedBy`); a server that says null means nobody is known.
 */
export function conflictHeadline(
  error: unknown,
  currentUserId: string | undefined,
  fallback?: ChangeAuthor | null,
  now = new Date(),
): string {
  const { name, when, isMe } = changeAuthor(error, currentUserId, fallback, now);
  if (isMe) return `You changed this in another tab or window${when}`;
  return `${name} changed this${when} while you were editing`;
}

/** Who made the version a conflict ran into ("Someone else" when unknown), " at 14:05", and whether it was the user. */
export function changeAuthor(
  error: unknown,
  currentUserId: string | undefined,
  fallback?: ChangeAuthor | null,
  now = new Date(),
): { name: string; when: string; isMe: boolean; known: boolean } {
  const said = isVersionConflict(error) && error.changedBy !== undefined;
  const by = said ? error.changedBy : (fallback ?? null);
  const when = said ? whenChanged(error.changedAt, now) : "";
  const isMe = !!(by && currentUserId && by.id === currentUserId);
  const name = by?.name.trim() ?? "";
  return { name: name || "Someone else", when, isMe, known: name !== "" };
}

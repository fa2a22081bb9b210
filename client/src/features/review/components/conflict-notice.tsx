// Shown on 409 version_conflict: both versions side by side, and the choice of which to keep.
// The user's text stays in the form until they choose "take theirs".
import { useId, useLayoutEffect, useRef } from "react";
import { conflictHeadline, type ChangeAuthor } from "../../../lib/conflict-author.ts";
import { useSession } from "../../../lib/session.ts";

export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
}

interface Props {
  rows: ConflictRow[];
  /** The 409 answer: it says who made the version in conflict and when. */
  error: unknown;
  /** Whom to name when the server does not say (an older server); never used when it says null. */
  fallbackBy?: ChangeAuthor | null | undefined;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy?: boolean;
  /**
   * Where the focus goes when the notice closes while it has it (the choice was made from the
   * keyboard): without it the focus falls to the page, and the next key is taken for a shortcut.
   */
  returnFocus?: () => void;
}

export function ConflictNotice({ rows, error, fallbackBy, onKeepMine, onTakeTheirs, busy, returnFocus }: Props) {
  // Several forms can be in conflict at once (a note and the verdict); each needs its own heading id.
  const headingId = useId();
  const me = useSession().data?.user.id;
  const rootRef = useRef<HTMLDivElement>(null);
  const returnFocusRef = useRef(returnFocus);
  returnFocusRef.current = returnFocus;
  // A layout effect's cleanup runs while the notice is still in the document, so it can tell
  // whether the focus is in it before the focus is lost with it.
  useLayoutEffect(() => {
    const root = rootRef.current;
    return () => {
      if (root?.contains(document.activeElement)) returnFocusRef.current?.();
    };
  }, []);
  return (
    <div className="conflict" role="alert" aria-labelledby={headingId} ref={rootRef}>
      <h4 id={headingId}>{conflictHeadline(error, me, fallbackBy)}</h4>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version</th>
            <th scope="col">Their version (saved)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={r.mine === r.theirs ? "" : "differs"}>
              <th scope="row">{r.label}</th>
              <td className="plain-text">{r.mine || "—"}</td>
              <td className="plain-text">{r.theirs || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <button type="button" className="primary" onClick={() => !busy && onKeepMine()} aria-disabled={busy}>
          Keep mine
        </button>
        <button type="button" onClick={() => !busy && onTakeTheirs()} aria-disabled={busy}>
          Take theirs
        </button>
      </div>
    </div>
  );
}

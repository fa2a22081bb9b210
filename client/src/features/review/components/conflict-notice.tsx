// Shown on 409 version_conflict: both versions side by side, and the choice of which to keep.
// The user's text stays in the form until they choose "take theirs".
import { useId } from "react";
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
}

export function ConflictNotice({ rows, error, fallbackBy, onKeepMine, onTakeTheirs, busy }: Props) {
  // Several forms can be in conflict at once (a note and the verdict); each needs its own heading id.
  const headingId = useId();
  const me = useSession().data?.user.id;
  return (
    <div className="conflict" role="alert" aria-labelledby={headingId}>
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
        <button type="button" className="primary" onClick={onKeepMine} disabled={busy}>
          Keep mine
        </button>
        <button type="button" onClick={onTakeTheirs} disabled={busy}>
          Take theirs
        </button>
      </div>
    </div>
  );
}

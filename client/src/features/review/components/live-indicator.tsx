import type { LiveEvent } from "@claimdesk/shared";
import { plural } from "../../../lib/format.ts";

/** Discreet: a polite status line, not a modal; the data has already been refreshed. */
export function LiveIndicator({
  changes,
  connected,
  onDismiss,
}: {
  changes: LiveEvent[];
  connected: boolean;
  onDismiss: () => void;
}) {
  return (
    <div className="live-indicator" role="status" aria-live="polite">
      <span className={`live-dot${connected ? " on" : ""}`} aria-hidden="true" />
      <span className="visually-hidden">{connected ? "Live updates on." : "Live updates reconnecting."}</span>
      {changes.length > 0 ? (
        <>
          <span>Updated by others ({plural(changes.length, "change")})</span>
          <button type="button" className="link" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}

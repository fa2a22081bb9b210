import type { LiveEvent } from "@claimdesk/shared";
import { plural } from "../../../lib/format.ts";

/** Discreet: a polite status line, not a modal; the data has already been refreshed. */
export function LiveIndicator({
  changes,
  connected,
  lost = false,
  onDismiss,
}: {
  changes: LiveEvent[];
  connected: boolean;
  /** An open connection dropped and is being retried: others' changes are not arriving. */
  lost?: false | "retrying" | "closed";
  onDismiss: () => void;
}) {
  return (
    <div className="live-indicator" role="status" aria-live="polite">
      <span className={`live-dot${connected ? " on" : ""}`} aria-hidden="true" />
      {lost === "retrying" ? (
        <span className="warning">Live updates lost, reconnecting… Others&apos; changes appear once back.</span>
      ) : lost === "closed" ? (
        <span className="warning">Live updates stopped: reload the page to see others&apos; changes.</span>
      ) : (
        <span className="visually-hidden">{connected ? "Live updates on." : "Live updates reconnecting."}</span>
      )}
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

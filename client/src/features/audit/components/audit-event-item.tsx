// One event of the audit feed: who did what, when (in the reader's zone), to which claim and
// article (by their words, linked), and every field it changed, from what to what.
import { auditActionLabel, type AuditFeedEvent } from "@claimdesk/shared";
import { describeChange } from "../../../lib/describe-change.ts";
import { EventSubject } from "./event-subject.tsx";
import { accountConcerned } from "./event-target.ts";
import { formatEventTime } from "./event-time.ts";

export interface AuditEventItemProps {
  event: AuditFeedEvent;
  /** A person's name for an id, when the id is someone's. */
  nameOf: (id: string) => string | undefined;
  /** Narrows the feed to this claim's events. */
  onlyClaim: (claimId: string) => void;
}

export function AuditEventItem({ event: e, nameOf, onlyClaim }: AuditEventItemProps) {
  const account = accountConcerned(e, nameOf);
  const named = (value: string) => nameOf(value) ?? value;
  // Every changed field: a merge changes up to ten, and the ones cut off (mergedFrom, the
  // rationale) were often the ones the reader came for.
  const changes = describeChange(e.before, e.after);
  return (
    <li>
      <div>
        <strong>{e.actor?.name ?? "System"}</strong> {auditActionLabel(e.action)}
        {account ? <>: {account}</> : null} <code>{e.action}</code>
        {" · "}
        <time dateTime={e.occurredAt} title={e.occurredAt}>
          {formatEventTime(e.occurredAt)}
        </time>
      </div>
      {e.articleId || e.claimId ? (
        <div>
          <EventSubject event={e} />
          {e.claimId ? (
            <>
              {e.articleId ? " · " : null}
              {/* The event's own claim, a merged-away one included: its events tell who judged it before. */}
              <button type="button" className="link" onClick={() => onlyClaim(e.claimId!)}>
                Only this claim's events
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {changes.length ? (
        <ul className="changes">
          {changes.map((c) => (
            <li key={c.field}>
              {c.field}: {named(c.from)} → {named(c.to)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

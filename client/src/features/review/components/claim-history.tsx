import { useState } from "react";
import type { AuditEvent } from "@claimdesk/shared";
import { ErrorMessage, Loading } from "../../../components/status.tsx";
import { formatDateTime } from "../../../lib/format.ts";
import { describeChange } from "../../../lib/describe-change.ts";
import { useClaimHistory } from "../api/get-claim-history.ts";

export function ClaimHistory({ claimId }: { claimId: string }) {
  const [open, setOpen] = useState(false);
  const history = useClaimHistory(claimId, open);
  return (
    <details className="history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History</summary>
      {history.isPending && open ? <Loading what="history" /> : null}
      <ErrorMessage error={history.error} />
      {history.data?.length === 0 ? <p className="state-empty">No changes recorded yet.</p> : null}
      <ol>
        {history.data?.map((e: AuditEvent) => (
          <li key={e.seq}>
            <strong>{e.actor?.name ?? "System"}</strong> {e.action} ·{" "}
            <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
            <ul>
              {describeChange(e.before, e.after).map((c) => (
                <li key={c.field}>
                  {c.field}: <span className="before">{c.from}</span> → <span className="after">{c.to}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}

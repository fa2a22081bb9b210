import { useState } from "react";
import { Link } from "react-router";
import type { AuditEvent } from "@claimdesk/shared";
import { ErrorMessage, Loading } from "../../../components/status.tsx";
import { formatDateTime } from "../../../lib/format.ts";
import { describeChange } from "../../../lib/describe-change.ts";
import { useCan } from "../../../lib/session.ts";
import { useClaimHistory } from "../api/get-claim-history.ts";

export function ClaimHistory({ claimId }: { claimId: string }) {
  const [open, setOpen] = useState(false);
  const history = useClaimHistory(claimId, open);
  // Editors and admins who ask "who changed this verdict" get the audit log filtered to this claim,
  // with its ids, hashes and export, one step from the claim.
  const canAudit = useCan("read:audit");
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
      {canAudit ? (
        <p>
          <Link to={`/audit?claimId=${encodeURIComponent(claimId)}`}>This claim in the audit log</Link>
        </p>
      ) : null}
    </details>
  );
}

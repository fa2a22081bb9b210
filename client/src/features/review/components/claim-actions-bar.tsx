import type { Claim, User } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { useCan } from "../../../lib/session.ts";
import { useAssignClaim, useClaimAction } from "../api/claim-actions.ts";

/** Assign, dismiss/restore and approve; each hidden when the role cannot use it. */
export function ClaimActionsBar({ claim, users }: { claim: Claim; users: User[] }) {
  const canAssign = useCan("assign:claim");
  const canUpdate = useCan("update:claim");
  const canApprove = useCan("approve:verdict");
  const action = useClaimAction();
  const assign = useAssignClaim();

  return (
    <div className="claim-actions">
      {canAssign ? (
        <label>
          Assigned to
          <select
            value={claim.assignee?.id ?? ""}
            disabled={assign.isPending}
            onChange={(e) =>
              assign.mutate({ claimId: claim.id, version: claim.version, assigneeId: e.target.value || null })
            }
          >
            <option value="">Nobody</option>
            {users
              .filter((u) => !u.disabled || u.id === claim.assignee?.id)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </label>
      ) : (
        <span>Assigned to {claim.assignee?.name ?? "nobody"}</span>
      )}
      {canUpdate ? (
        <button
          type="button"
          disabled={action.isPending}
          onClick={() =>
            action.mutate({
              claimId: claim.id,
              version: claim.version,
              action: claim.dismissed ? "restore" : "dismiss",
            })
          }
        >
          {claim.dismissed ? "Restore claim" : "Dismiss claim"}
        </button>
      ) : null}
      {canApprove && claim.reviewState === "verdict_given" ? (
        <button
          type="button"
          className="primary"
          disabled={action.isPending}
          onClick={() => action.mutate({ claimId: claim.id, version: claim.version, action: "approve" })}
        >
          Approve verdict
        </button>
      ) : null}
      {claim.reviewState === "approved" ? (
        <span className="tag">Approved by {claim.approvedBy?.name ?? "an editor"}</span>
      ) : null}
      <ErrorMessage error={action.error ?? assign.error} />
    </div>
  );
}

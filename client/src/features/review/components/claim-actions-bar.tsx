import { useRef, type RefObject } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { claimSchema, type Claim, type User } from "@claimdesk/shared";
import { ErrorMessage } from "../../../components/status.tsx";
import { conflictingRecord } from "../../../lib/api-error.ts";
import { useCan } from "../../../lib/session.ts";
import { useFocusLater } from "../../../lib/use-focus-later.ts";
import { useAssignClaim, useClaimAction } from "../api/claim-actions.ts";
import { applyClaimUpdate } from "../api/update-claim-cache.ts";
import { ConflictNotice, type ConflictRow } from "./conflict-notice.tsx";

const ACTION_WORDS = { approve: "Approved", dismiss: "Dismissed", restore: "Restored" } as const;

const stateOf = (c: Claim) =>
  c.dismissed ? "Dismissed" : c.reviewState === "approved" ? "Approved" : "Open (not dismissed)";

/** Assign, dismiss/restore and approve; each hidden when the role cannot use it. */
export function ClaimActionsBar({ claim, users }: { claim: Claim; users: User[] }) {
  const queryClient = useQueryClient();
  const canAssign = useCan("assign:claim");
  const canUpdate = useCan("update:claim");
  const canApprove = useCan("approve:verdict");
  const action = useClaimAction();
  const assign = useAssignClaim();
  // "Approve verdict" goes once the verdict is approved: the focus moves to the approval it gave
  // rather than falling to the page, where the next key would be taken for a shortcut.
  const [approvedRef, focusApproved] = useFocusLater<HTMLSpanElement>();
  // Where the focus goes when a conflict notice closes with it: the control whose change was refused.
  const assigneeRef = useRef<HTMLSelectElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);
  const approveRef = useRef<HTMLButtonElement>(null);

  // On a 409 the user's choice is still in the mutation's variables: show it beside the server's.
  const assignTheirs = conflictingRecord(assign.error, claimSchema);
  const actionTheirs = conflictingRecord(action.error, claimSchema);
  const nameOf = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? "someone") : "Nobody");
  const takeTheirs = (theirs: Claim) => {
    assign.reset();
    action.reset();
    applyClaimUpdate(queryClient, theirs);
  };
  let conflict: {
    rows: ConflictRow[];
    theirs: Claim;
    keepMine: () => void;
    control: RefObject<HTMLElement | null>;
  } | null = null;
  if (assignTheirs && assign.variables) {
    const mine = assign.variables;
    conflict = {
      theirs: assignTheirs,
      rows: [{ label: "Assigned to", mine: nameOf(mine.assigneeId), theirs: assignTheirs.assignee?.name ?? "Nobody" }],
      keepMine: () => assign.mutate({ ...mine, version: assignTheirs.version }),
      control: assigneeRef,
    };
  } else if (actionTheirs && action.variables) {
    const mine = action.variables;
    conflict = {
      theirs: actionTheirs,
      rows: [{ label: "State", mine: ACTION_WORDS[mine.action], theirs: stateOf(actionTheirs) }],
      keepMine: () =>
        action.mutate(
          { ...mine, version: actionTheirs.version },
          { onSuccess: mine.action === "approve" ? focusApproved : undefined },
        ),
      control: mine.action === "approve" ? approveRef : dismissRef,
    };
  }

  return (
    <div className="claim-actions">
      {canAssign ? (
        <label>
          Assigned to
          <select
            ref={assigneeRef}
            value={claim.assignee?.id ?? ""}
            // Not disabled: that would drop the keyboard focus while the assignment is on its way. A
            // choice made meanwhile is not sent (one at a time), and the list shows the assignee again.
            aria-disabled={assign.isPending}
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
          ref={dismissRef}
          // Not disabled: the button stays (as Restore / Dismiss) and must keep the keyboard focus.
          aria-disabled={action.isPending}
          onClick={() =>
            !action.isPending &&
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
          ref={approveRef}
          // Not disabled: that would drop the keyboard focus while the approval is on its way.
          aria-disabled={action.isPending}
          onClick={() =>
            action.mutate(
              { claimId: claim.id, version: claim.version, action: "approve" },
              { onSuccess: focusApproved },
            )
          }
        >
          Approve verdict
        </button>
      ) : null}
      {claim.reviewState === "approved" ? (
        <span className="tag" ref={approvedRef} tabIndex={-1}>
          Approved by {claim.approvedBy?.name ?? "an editor"}
        </span>
      ) : null}
      {conflict ? (
        <ConflictNotice
          error={assignTheirs && assign.variables ? assign.error : action.error}
          rows={conflict.rows}
          busy={assign.isPending || action.isPending}
          onKeepMine={conflict.keepMine}
          // "Approve verdict" is gone when theirs approved the claim or dismissed it: then Dismiss/Restore.
          returnFocus={() => (conflict.control.current?.isConnected ? conflict.control : dismissRef).current?.focus()}
          onTakeTheirs={() => takeTheirs(conflict.theirs)}
        />
      ) : (
        <ErrorMessage error={action.error ?? assign.error} />
      )}
    </div>
  );
}

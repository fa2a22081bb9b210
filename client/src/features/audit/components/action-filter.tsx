// The Action filter: a choice among the actions the server records (shared/src/audit-actions.ts),
// by their readable names. It was a text box, where a typo ("claim.verdcit") matched nothing and
// read as "nobody did anything".
import { auditActionLabels, auditActions, isAuditAction } from "@claimdesk/shared";

// Grouped by what they act on, the most used first. An entity missing here still gets its group.
const GROUP_LABELS: Record<string, string> = {
  claim: "Claims",
  source: "Sources",
  note: "Notes",
  article: "Articles",
  report: "Reports",
  user: "Accounts",
  session: "Sign-ins",
};
const entityOf = (action: string) => action.split(".")[0]!;
const order = Object.keys(GROUP_LABELS);
const rank = (entity: string) => (order.includes(entity) ? order.indexOf(entity) : order.length);

const grouped = [...new Set(auditActions.map(entityOf))]
  .sort((a, b) => rank(a) - rank(b))
  .map((entity) => ({
    label: GROUP_LABELS[entity] ?? entity,
    actions: auditActions.filter((a) => entityOf(a) === entity),
  }));

export interface ActionFilterProps {
  /** "" for any action. */
  value: string;
  onChange: (action: string) => void;
}

export function ActionFilter({ value, onChange }: ActionFilterProps) {
  return (
    <label>
      Action
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any action</option>
        {/* A link may name an action this list lacks (a family such as claim.*, or an older
            action): it stays visible and chosen rather than silently filtering. */}
        {value && !isAuditAction(value) ? <option value={value}>{value}</option> : null}
        {grouped.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.actions.map((action) => (
              <option key={action} value={action}>
                {auditActionLabels[action]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

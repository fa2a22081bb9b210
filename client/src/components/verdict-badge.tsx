import { verdictLabel, type Verdict } from "@claimdesk/shared";

/** A symbol per verdict so the verdict never depends on colour alone. */
export const VERDICT_ICONS: Record<Verdict | "none", string> = {
  true: "✓",
  false: "✗",
  misleading: "!",
  unverified: "?",
  none: "○",
};

export function verdictClass(verdict: Verdict | null | undefined): string {
  return `verdict-${verdict ?? "none"}`;
}

export function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  return (
    <span className={`verdict-badge ${verdictClass(verdict)}`}>
      <span aria-hidden="true">{VERDICT_ICONS[verdict ?? "none"]} </span>
      {verdictLabel(verdict)}
    </span>
  );
}

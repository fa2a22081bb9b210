/**
 * How the review pane and the reports write the figures and dates the extractor read in a claim:
 * "more than 1,700 deportations", "40 % (of adults in Wales)", "in June → 2025-06 (resolved)".
 * One wording, so a report says what the reviewer saw.
 */
import { nounOfShareUnit, type Quantity, type ResolvedDate } from "./schemas/extracted-claim.ts";

type QuantityParts = Pick<Quantity, "value" | "unit" | "qualifier"> & { group?: string | null | undefined };
type DateParts = Pick<ResolvedDate, "text" | "value" | "relative"> & {
  firstDay?: string | null | undefined;
  lastDay?: string | null | undefined;
  ofStatement?: boolean | undefined;
};

/**
 * The group a share is of, "(of adults in Wales)"; null where the unit already names it ("share
 * of children") or no group was read.
 */
export function shareGroupLabel(q: QuantityParts): string | null {
  return !q.group || nounOfShareUnit(q.unit) === q.group ? null : `(of ${q.group})`;
}

/**
 * "more than 1,700 deportations". `locale` groups the digits; the review pane leaves it to the
 * reader's browser, a report fixes it so the same data gives the same file anywhere.
 */
export function quantityLabel(q: QuantityParts, locale?: string): string {
  return [q.qualifier?.replace(/_/g, " "), q.value.toLocaleString(locale), q.unit, shareGroupLabel(q)]
    .filter(Boolean)
    .join(" ");
}

/**
 * "in June → 2025-06 (resolved)". A week, quarter or half shows its days: its value is only the
 * month or year that holds it. The day a claimant spoke is marked "said", apart from the claim's dates.
 */
export function dateLabel(d: DateParts): string {
  const value = d.firstDay ? `${d.firstDay} to ${d.lastDay}` : d.value;
  return `${d.ofStatement ? "said " : ""}${d.text} → ${value}${d.relative ? " (resolved)" : ""}`;
}

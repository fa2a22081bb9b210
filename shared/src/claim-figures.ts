/**
 * How the review pane and the reports write the figures and dates the extractor read in a claim:
 * "more than 1,700 deportations", "40% of adults in Wales", "in June → 2025-06 (resolved)".
 * One wording, so a report says what the reviewer saw.
 */
import { figureWithUnit } from "./figure-with-unit.ts";
import { nounOfShareUnit, SHARE_OF, type Quantity, type ResolvedDate } from "./schemas/extracted-claim.ts";

type QuantityParts = Pick<Quantity, "value" | "unit" | "qualifier"> & {
  group?: string | null | undefined;
  text?: string | undefined;
};
/**
 * Marks the article's own words in a label (a unit, a share's group, a date as written), so a
 * format can keep their direction apart from ours: the HTML report wraps them in <bdi>.
 */
export type Isolate = (articleWords: string) => string;
const asIs: Isolate = (words) => words;

type DateParts = Pick<ResolvedDate, "text" | "value" | "relative"> & {
  firstDay?: string | null | undefined;
  lastDay?: string | null | undefined;
  ofStatement?: boolean | undefined;
};

/**
 * The group a share is of, "20% of children (of childrens' homes)"; null where the unit already
 * names it ("share of children") or no group was read, and where the figure is written of the
 * group (`groupAfterOf`).
 */
export function shareGroupLabel(q: QuantityParts, isolate: Isolate = asIs): string | null {
  return !q.group || nounOfShareUnit(q.unit) === q.group || groupAfterOf(q) !== null
    ? null
    : `(of ${isolate(q.group)})`;
}

/**
 * The group a figure is written of, after its own "of" and with no brackets: a per cent's or a
 * bare share's ("approximately 20% of children", "50% of nurses in Leeds"), and that of a share of
 * a counted noun where the group opens with that noun ("nurses in Leeds" of "one in four nurses in
 * Leeds", unit "share of nurses": "25% of nurses in Leeds", not "25% of nurses (of nurses in
 * Leeds)"). Null for any other group: a rate's per cent ("3% per year (of pensioners)") and a group
 * apart from the noun keep their brackets.
 */
function groupAfterOf(q: QuantityParts): string | null {
  const group = q.group;
  if (!group) return null;
  if (q.unit === "%" || q.unit === "share") return group;
  const noun = nounOfShareUnit(q.unit);
  return noun && group.length > noun.length && group.charCodeAt(noun.length) === 32 && group.startsWith(noun)
    ? group
    : null;
}

/**
 * "more than 1,700 deportations". `locale` groups the digits; the review pane leaves it to the
 * reader's browser, a report fixes it so the same data gives the same file anywhere. `space` goes
 * between a figure and its unit or scale: the PDF passes a no-break space, so a line does not end
 * between "40" and "hours" or "$1.2" and "billion".
 */
export function quantityLabel(q: QuantityParts, locale?: string, isolate: Isolate = asIs, space = " "): string {
  const group = groupAfterOf(q);
  const percent = q.unit === "%";
  const unit = group === null || percent ? q.unit : SHARE_OF + group;
  const figure = figureWithUnit(q.value, unit, (value) => figureValue(value, locale), isolate, space, q.text);
  return [
    q.qualifier?.replace(/_/g, " "),
    group !== null && percent ? `${figure} of ${isolate(group)}` : figure,
    shareGroupLabel(q, isolate),
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * The value with all the decimals it has: toLocaleString alone stops at three, so 0.0004% read
 * "0%" and 0.12345 read "0.123".
 */
function figureValue(value: number, locale?: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 20 });
}

/**
 * "in June → 2025-06 (resolved)". A week, quarter or half shows its days: its value is only the
 * month or year that holds it. The day a claimant spoke is marked "said", apart from the claim's dates.
 * A date written as its value ("2025-03-28") is shown once, not "2025-03-28 → 2025-03-28".
 */
export function dateLabel(d: DateParts): string {
  return isolatedDateLabel(d, asIs);
}

/** dateLabel with the date as written passed through `isolate` (see Isolate). */
export function isolatedDateLabel(d: DateParts, isolate: Isolate): string {
  const value = d.firstDay ? `${d.firstDay} to ${d.lastDay}` : d.value;
  const shown = d.text === value ? value : `${isolate(d.text)} → ${value}`;
  return `${d.ofStatement ? "said " : ""}${shown}${d.relative ? " (resolved)" : ""}`;
}

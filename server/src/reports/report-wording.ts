// Wording shared by the human-readable formats (Markdown, HTML, PDF), so they read the same.
import {
  claimantLabel as describeClaimant,
  isolatedDateLabel,
  NOT_REVIEWED_LABEL,
  type Isolate,
  quantityLabel,
  VERDICT_LABELS,
  type Stance,
  type Verdict,
} from "@claimdesk/shared";
import type { ReportDocument, ReportDocumentClaim } from "@claimdesk/shared/schemas/report";

export const STANCE_LABELS: Record<Stance, string> = { supports: "Supports", refutes: "Refutes", context: "Context" };

/** Verdict rows of the summary table, in scale order, then the unreviewed. */
export function verdictRows(summary: ReportDocument["summary"]): Array<{ label: string; count: number }> {
  const order: Verdict[] = ["true", "misleading", "false", "unverified"];
  return [
    ...order.map((v) => ({ label: VERDICT_LABELS[v], count: summary.byVerdict[v] })),
    { label: NOT_REVIEWED_LABEL, count: summary.byVerdict.none },
  ];
}

/** "2025-03-28 14:05 UTC": fixed, time-zone independent, readable. */
export function formatDateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function reviewedLine(summary: ReportDocument["summary"]): string {
  return `${plural(summary.totalClaims, "claim")}, ${summary.reviewedClaims} reviewed (${percent(summary.shareReviewed)}).`;
}

/** "This report lists 3 of the 4 claims[, and 1 dismissed claim apart]." */
export function listedLine(doc: ReportDocument): string {
  const s = doc.summary;
  const apart =
    doc.options.dismissed === "separate" ? `, and ${plural(s.listedDismissed, "dismissed claim")} apart` : "";
  return `This report lists ${s.listedClaims} of the ${plural(s.totalClaims, "claim")}${apart}.`;
}

export function reviewersLine(summary: ReportDocument["summary"]): string {
  if (summary.reviewers.length === 0) return "None yet.";
  return summary.reviewers
    .map((r) => `${r.name} (${plural(r.verdicts, "verdict")}, ${plural(r.approvals, "approval")})`)
    .join("; ");
}

/** The options in words, so a reader knows what the report leaves out. */
export function optionsLine(options: ReportDocument["options"]): string {
  const parts = [
    options.approvedOnly ? "approved verdicts only" : "all verdicts, approved or not",
    options.includeUnreviewed ? "unreviewed claims included" : "unreviewed claims left out",
    options.verdicts.length
      ? `verdicts: ${options.verdicts.map((v) => VERDICT_LABELS[v]).join(", ")}`
      : "every verdict",
    options.dismissed === "separate" ? "dismissed claims listed apart" : "dismissed claims left out",
    options.includeNotes ? "internal notes included" : "internal notes left out",
  ];
  return parts.join("; ");
}

/** "Defense Secretary Pete Hegseth", "unnamed sources (via El Espectador)", or "Unknown". */
export function claimantLabel(claim: {
  claimant: string | null;
  claimantVia?: string | null;
  claimantTitle?: string | null;
}): string {
  if (!claim.claimant) return "Unknown";
  return describeClaimant({ name: claim.claimant, title: claim.claimantTitle, via: claim.claimantVia });
}

/**
 * Digits grouped the one way ("1,700") whatever the machine's locale, so the same data gives the
 * same file (report-determinism.test.ts); the reports are written in English.
 */
const NUMBER_LOCALE = "en-GB";

/** A claim's figures line and dates line; either is null when it has none, so the line is left out. */
type FiguresAndDates = [figures: string | null, dates: string | null];

/**
 * The figures and dates lines, "more than 1,700 deportations; 40% of adults in Wales" and "in
 * January → 2025-01 (resolved); said on Tuesday → 2025-03-25 (resolved)", as the review pane
 * writes them: the Markdown and the CSV print them.
 */
export function figuresAndDates(claim: Pick<ReportDocumentClaim, "quantities" | "dates">): FiguresAndDates {
  return labelLines(claim.quantities, claim.dates, (words) => words, " ");
}

/** Each figure's and each date's label, joined by "; " (see figuresAndDates and figuresAndDatesIsolated). */
function labelLines(
  quantities: ReadonlyArray<Parameters<typeof quantityLabel>[0]>,
  dates: ReadonlyArray<Parameters<typeof isolatedDateLabel>[0]>,
  isolate: Isolate,
  space: string,
): FiguresAndDates {
  const line = (labels: string[]) => (labels.length ? labels.join("; ") : null);
  return [
    line(quantities.map((q) => quantityLabel(q, NUMBER_LOCALE, isolate, space))),
    line(dates.map((d) => isolatedDateLabel(d, isolate))),
  ];
}

/**
 * Joins a figure to its unit or scale where a line may not break ("40 hours", "$1.2 billion"): UAX
 * #14 gives U+00A0 no break opportunity, and the PDF's fonts draw it as a space.
 */
export const NO_BREAK_SPACE = "\u00a0";

// First-strong isolate and its pop (U+2068, U+2069): stand-ins for <bdi> and </bdi> while a line is
// plain text, so the HTML can escape it whole and then turn them into tags.
const ISOLATE_MARKS = /[\u2068\u2069]/g;
const unmarked = (text: string) => text.replace(ISOLATE_MARKS, "");
const unmarkedOrNull = (text: string | null) => text && unmarked(text);
const isolateMarked = (words: string) => `\u2068${words}\u2069`;

/**
 * The figures and dates lines with the article's own words (a unit, a share's group, a date as
 * written) between isolate marks, so that right-to-left words do not carry the resolved date or the
 * parentheses over to their side. Marks already in the data are dropped first, so the marks always
 * pair. The HTML turns them into <bdi>; the PDF lays them out as isolates (pdf-paragraph.ts).
 * `space` goes between a figure and its unit or scale: the PDF passes NO_BREAK_SPACE.
 */
export function figuresAndDatesIsolated(
  claim: Pick<ReportDocumentClaim, "quantities" | "dates">,
  space = " ",
): FiguresAndDates {
  const quantities = claim.quantities.map((q) => ({
    text: unmarked(q.text),
    value: q.value,
    unit: unmarkedOrNull(q.unit),
    qualifier: unmarkedOrNull(q.qualifier),
    group: unmarkedOrNull(q.group),
  }));
  const dates = claim.dates.map((d) => ({
    ...d,
    text: unmarked(d.text),
    value: unmarked(d.value),
    firstDay: unmarkedOrNull(d.firstDay),
    lastDay: unmarkedOrNull(d.lastDay),
  }));
  return labelLines(quantities, dates, isolateMarked, space);
}

/** The figures and dates lines as HTML: escaped by `escape`, the isolated words in <bdi>. */
export function figuresAndDatesHtml(
  claim: Pick<ReportDocumentClaim, "quantities" | "dates">,
  escape: (text: string) => string,
): FiguresAndDates {
  const html = (line: string | null) =>
    line === null
      ? null
      : escape(line)
          .replace(/\u2068/g, "<bdi>")
          .replace(/\u2069/g, "</bdi>");
  const [figures, dates] = figuresAndDatesIsolated(claim);
  return [html(figures), html(dates)];
}

export function reportTitle(doc: ReportDocument): string {
  return `Fact-check report: ${doc.article.title}`;
}

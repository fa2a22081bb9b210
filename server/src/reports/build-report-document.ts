// Applies the export options to the report data once, producing the versioned report document.
// Every format renders this same document, so they cannot disagree about what a report contains.
import { verdictLabel, type Verdict } from "@claimdesk/shared";
import {
  REPORT_SCHEMA_VERSION,
  type ReportDocument,
  type ReportDocumentClaim,
  type ReportOptions,
} from "@claimdesk/shared/schemas/report";
import type { ReportData, ReportDataClaim } from "./report-data.ts";

export function buildReportDocument(data: ReportData, options: ReportOptions, generatedAt: Date): ReportDocument {
  const reportUrl = `${data.siteUrl}/articles/${encodeURIComponent(data.article.id)}/report`;
  const ordered = [...data.claims].sort(inTextOrder);
  // Numbers are positions among all claims, whatever the options, so #claim-N links stay valid
  // from one export to the next.
  const numbered = ordered.map((claim, i) => ({ claim, number: i + 1 }));
  const visible = numbered.map(({ claim, number }) => toDocumentClaim(claim, number, reportUrl, options));

  const active = visible.filter((_, i) => !ordered[i]!.dismissed);
  const listed = active.filter((c) => isListed(c, options));
  const dismissed =
    options.dismissed === "separate" ? visible.filter((c, i) => ordered[i]!.dismissed && isListed(c, options)) : [];

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: generatedAt.toISOString(),
    publisher: { ...data.publisher },
    options: { ...options, verdicts: [...options.verdicts] },
    article: { ...data.article, reportUrl },
    summary: summarise(active, listed.length, dismissed.length),
    claims: listed,
    dismissedClaims: dismissed,
  };
}

function inTextOrder(a: ReportDataClaim, b: ReportDataClaim): number {
  return a.startOffset - b.startOffset || a.endOffset - b.endOffset || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function toDocumentClaim(
  claim: ReportDataClaim,
  number: number,
  reportUrl: string,
  options: ReportOptions,
): ReportDocumentClaim {
  // With approvedOnly, an unapproved verdict is withheld entirely, rationale and reviewer included.
  const shown = claim.verdict !== null && (!options.approvedOnly || claim.approvedAt !== null);
  const out: ReportDocumentClaim = {
    id: claim.id,
    number,
    anchor: `${reportUrl}#claim-${number}`,
    text: claim.text,
    quote: claim.quote,
    kind: claim.kind,
    claimant: claim.claimant?.name ?? null,
    claimantType: claim.claimant?.type ?? null,
    claimantVia: claim.claimant?.via ?? null,
    claimantTitle: claim.claimant?.title ?? null,
    verdict: shown ? claim.verdict : null,
    verdictLabel: verdictLabel(shown ? claim.verdict : null),
    rationale: shown ? claim.rationale : null,
    reviewedBy: shown && claim.verdictBy && claim.verdictAt ? { name: claim.verdictBy, at: claim.verdictAt } : null,
    approvedBy: shown && claim.approvedBy && claim.approvedAt ? { name: claim.approvedBy, at: claim.approvedAt } : null,
    needsReReview: claim.needsReReview,
    sources: claim.sources.map((s) => ({ ...s })),
    // Offsets into the article body are left out; absent optional fields become null or false,
    // as the document's other fields do.
    quantities: claim.quantities.map((q) => ({
      text: q.text,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
      group: q.group ?? null,
    })),
    dates: claim.dates.map((d) => ({
      text: d.text,
      value: d.value,
      granularity: d.granularity,
      relative: d.relative,
      firstDay: d.firstDay ?? null,
      lastDay: d.lastDay ?? null,
      ofStatement: d.ofStatement === true,
    })),
  };
  if (options.includeNotes) out.notes = claim.notes.map((n) => ({ ...n }));
  return out;
}

function isListed(claim: ReportDocumentClaim, options: ReportOptions): boolean {
  if (claim.verdict === null) return options.includeUnreviewed;
  return options.verdicts.length === 0 || options.verdicts.includes(claim.verdict);
}

function summarise(
  active: ReportDocumentClaim[],
  listedClaims: number,
  listedDismissed: number,
): ReportDocument["summary"] {
  const byVerdict = { true: 0, false: 0, misleading: 0, unverified: 0, none: 0 } satisfies Record<
    Verdict | "none",
    number
  >;
  const people = new Map<string, { name: string; verdicts: number; approvals: number }>();
  const person = (name: string) => people.get(name) ?? people.set(name, { name, verdicts: 0, approvals: 0 }).get(name)!;
  for (const claim of active) {
    byVerdict[claim.verdict ?? "none"]++;
    if (claim.reviewedBy) person(claim.reviewedBy.name).verdicts++;
    if (claim.approvedBy) person(claim.approvedBy.name).approvals++;
  }
  const reviewedClaims = active.length - byVerdict.none;
  return {
    totalClaims: active.length,
    reviewedClaims,
    shareReviewed: active.length === 0 ? 0 : reviewedClaims / active.length,
    byVerdict,
    reviewers: [...people.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    listedClaims,
    listedDismissed,
  };
}

// The report as CSV, one row per listed claim (dismissed ones too when listed apart), for
// spreadsheets: UTF-8 with a byte-order mark so Excel reads accents right, CRLF line ends, and
// formula-like cells neutralised (see csv-cell.ts).
import type { ReportDocumentClaim, ReportOptions } from "@claimdesk/shared/schemas/report";
import { buildReportDocument } from "./build-report-document.ts";
import { csvRow } from "./csv-cell.ts";
import type { ReportData } from "./report-data.ts";
import { claimantLabel, figuresAndDates } from "./report-wording.ts";

const BOM = "\uFEFF";

const COLUMNS = [
  "number",
  "claim_id",
  "dismissed",
  "claim",
  "quote",
  "kind",
  "claimant",
  "verdict",
  "verdict_label",
  "rationale",
  "reviewed_by",
  "reviewed_at",
  "approved_by",
  "approved_at",
  "needs_re_review",
  "source_count",
  "sources",
  "link",
  // Decision 875: added at the end, so a sheet reading the columns above by position still works.
  "figures",
  "dates",
];

export function formatCsv(data: ReportData, options: ReportOptions, generatedAt: Date): string {
  const doc = buildReportDocument(data, options, generatedAt);
  const header = options.includeNotes ? [...COLUMNS, "notes"] : COLUMNS;
  const rows = [
    ...doc.claims.map((c) => row(c, false, options.includeNotes)),
    ...doc.dismissedClaims.map((c) => row(c, true, options.includeNotes)),
  ];
  return BOM + csvRow(header) + rows.join("");
}

function row(claim: ReportDocumentClaim, dismissed: boolean, includeNotes: boolean): string {
  const cells = [
    claim.number,
    claim.id,
    dismissed ? "yes" : "no",
    claim.text,
    claim.quote,
    claim.kind,
    // As the other formats name them: "unnamed sources (via El Espectador)", not a bare "unnamed sources".
    claim.claimant && claimantLabel(claim),
    claim.verdict ?? "",
    claim.verdictLabel,
    claim.rationale,
    claim.reviewedBy?.name,
    claim.reviewedBy?.at,
    claim.approvedBy?.name,
    claim.approvedBy?.at,
    claim.needsReReview ? "yes" : "no",
    claim.sources.length,
    // One cell for all sources, one per line, so the row count stays one per claim.
    claim.sources.map((s) => `${s.stance}: ${s.title ? `${s.title} ` : ""}<${s.url}>`).join("\n"),
    claim.anchor,
    // As the other formats write them, one cell each: "more than 1,700 deportations; 40% of adults".
    ...figuresAndDates(claim),
  ];
  if (includeNotes) cells.push((claim.notes ?? []).map((n) => `${n.author} (${n.createdAt}): ${n.body}`).join("\n\n"));
  return csvRow(cells);
}

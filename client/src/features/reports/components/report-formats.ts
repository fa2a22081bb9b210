// How the export control names each format GET /api/articles/:id/report accepts. The list is the
// shared one the server validates with, so a new format cannot be offered without its wording here.
import type { ReportFormat } from "@claimdesk/shared/schemas/report";

export { reportFormats, type ReportFormat } from "@claimdesk/shared/schemas/report";

interface FormatWording {
  /** In the format picker. */
  label: string;
  /** In "Preparing PDF…" while the file is on its way. */
  short: string;
  /** The server names every file; this is only for an answer that names none. */
  fallbackFileName: string;
}

export const FORMAT_WORDING: Record<ReportFormat, FormatWording> = {
  markdown: { label: "Markdown (.md)", short: "Markdown", fallbackFileName: "report.md" },
  html: { label: "Web page (.html)", short: "web page", fallbackFileName: "report.html" },
  pdf: { label: "PDF", short: "PDF", fallbackFileName: "report.pdf" },
  json: { label: "JSON", short: "JSON", fallbackFileName: "report.json" },
  csv: { label: "Spreadsheet (.csv)", short: "spreadsheet", fallbackFileName: "report.csv" },
  claimreview: {
    label: "ClaimReview (schema.org JSON-LD)",
    short: "ClaimReview",
    fallbackFileName: "report.claimreview.jsonld",
  },
};

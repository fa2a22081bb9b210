// One entry point for every format: the route, the CLI and the bench all go through here.
import type { ReportFormat, ReportOptions } from "@claimdesk/shared/schemas/report";
import { formatClaimReview } from "./format-claimreview.ts";
import { formatCsv } from "./format-csv.ts";
import { formatHtml } from "./format-html.ts";
import { formatJson } from "./format-json.ts";
import { formatMarkdown } from "./format-markdown.ts";
import { formatPdfOffThread } from "./format-pdf-off-thread.ts";
import type { ReportData } from "./report-data.ts";

export interface RenderedReport {
  body: Buffer | string;
  contentType: string;
  extension: string;
}

export async function renderReport(
  format: ReportFormat,
  data: ReportData,
  options: ReportOptions,
  generatedAt: Date,
): Promise<RenderedReport> {
  switch (format) {
    case "markdown":
      return {
        body: formatMarkdown(data, options, generatedAt),
        contentType: "text/markdown; charset=utf-8",
        extension: "md",
      };
    case "html":
      return {
        body: formatHtml(data, options, generatedAt),
        contentType: "text/html; charset=utf-8",
        extension: "html",
      };
    case "pdf":
      return {
        body: await formatPdfOffThread(data, options, generatedAt),
        contentType: "application/pdf",
        extension: "pdf",
      };
    case "json":
      return {
        body: formatJson(data, options, generatedAt),
        contentType: "application/json; charset=utf-8",
        extension: "json",
      };
    case "csv":
      return {
        body: formatCsv(data, options, generatedAt),
        contentType: "text/csv; charset=utf-8; header=present",
        extension: "csv",
      };
    case "claimreview":
      return {
        body: formatClaimReview(data, options, generatedAt),
        contentType: "application/ld+json; charset=utf-8",
        extension: "claimreview.jsonld",
      };
  }
}

/** "fact-check-<title-slug>-<YYYY-MM-DD>.<ext>": ASCII only, so every browser and shell takes it as is. */
export function reportFileName(title: string, generatedAt: Date, extension: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "article"}-${generatedAt.toISOString().slice(0, 10)}.${extension}`;
}

// The report as the versioned JSON document of shared/src/schemas/report.ts (schemaVersion "1.2").
import type { ReportOptions } from "@claimdesk/shared/schemas/report";
import { buildReportDocument } from "./build-report-document.ts";
import type { ReportData } from "./report-data.ts";

export function formatJson(data: ReportData, options: ReportOptions, generatedAt: Date): string {
  return JSON.stringify(buildReportDocument(data, options, generatedAt), null, 2) + "\n";
}

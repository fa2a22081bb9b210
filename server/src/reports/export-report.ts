// Exports one article's report and records who exported what in the audit log. Used by the HTTP
// route and the CLI, so every export, whatever the channel, leaves a trace.
import { createHash } from "node:crypto";
import type { ReportFormat, ReportOptions } from "@claimdesk/shared/schemas/report";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { notFound } from "../http/app-error.ts";
import { loadReportData, type ReportSite } from "./load-report-data.ts";
import { renderReport, reportFileName, type RenderedReport } from "./render-report.ts";

export interface ExportedReport extends RenderedReport {
  fileName: string;
}

export async function exportReport(
  prisma: PrismaClient,
  site: ReportSite,
  actor: AuditActor,
  request: { articleId: string; format: ReportFormat; options: ReportOptions; generatedAt: Date },
): Promise<ExportedReport> {
  const { articleId, format, options, generatedAt } = request;
  const data = await loadReportData(prisma, articleId, site, { includeNotes: options.includeNotes });
  if (!data) throw notFound("article", articleId);
  const report = await renderReport(format, data, options, generatedAt);
  const fileName = reportFileName(data.article.title, generatedAt, report.extension);
  // Recorded after rendering, so a failed export leaves no record, and before the file is handed
  // over, so no file leaves without one. The hash identifies exactly which bytes went out.
  await prisma.$transaction((tx) =>
    recordAuditEvent(tx, actor, {
      action: "report.export",
      entityType: "report",
      entityId: articleId,
      articleId,
      after: {
        format,
        options,
        generatedAt: generatedAt.toISOString(),
        fileName,
        bytes: Buffer.byteLength(report.body),
        sha256: createHash("sha256").update(report.body).digest("hex"),
      },
    }),
  );
  return { ...report, fileName };
}

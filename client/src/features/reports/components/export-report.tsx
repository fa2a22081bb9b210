import { useId, useState } from "react";
import { buildUrl } from "../../../lib/api-client.ts";
import { useCan } from "../../../lib/session.ts";

// The formats GET /api/articles/:id/report accepts (docs/API.md).
const reportFormats = ["markdown", "html", "pdf", "json", "csv", "claimreview"] as const;
type ReportFormat = (typeof reportFormats)[number];

const FORMAT_LABELS: Record<ReportFormat, string> = {
  markdown: "Markdown (.md)",
  html: "Web page (.html)",
  pdf: "PDF",
  json: "JSON",
  csv: "Spreadsheet (.csv)",
  claimreview: "ClaimReview (schema.org JSON-LD)",
};

/** A plain link: the browser downloads the file with the session cookie, no script involved. */
export function ExportReport({ articleId }: { articleId: string }) {
  const allowed = useCan("export:report");
  const id = useId();
  const [format, setFormat] = useState<ReportFormat>("markdown");
  const [approvedOnly, setApprovedOnly] = useState(true);
  const [includeUnreviewed, setIncludeUnreviewed] = useState(false);
  const [includeNotes, setIncludeNotes] = useState(false);
  if (!allowed) return null;
  const href = buildUrl(`/api/articles/${encodeURIComponent(articleId)}/report`, {
    format,
    // Defaults are left out so the link stays short and readable.
    approvedOnly: approvedOnly ? undefined : "false",
    includeUnreviewed: includeUnreviewed ? "true" : undefined,
    includeNotes: includeNotes ? "true" : undefined,
  });
  return (
    <details className="export-report">
      <summary>Export report</summary>
      <div className="export-options">
        <label htmlFor={id}>Report format</label>
        <select id={id} value={format} onChange={(e) => setFormat(e.target.value as ReportFormat)}>
          {reportFormats.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={approvedOnly} onChange={(e) => setApprovedOnly(e.target.checked)} />
          Approved verdicts only
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={includeUnreviewed} onChange={(e) => setIncludeUnreviewed(e.target.checked)} />
          Include claims not yet reviewed
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
          Include internal notes
        </label>
        <a className="button primary" href={href} download>
          Download report
        </a>
      </div>
    </details>
  );
}

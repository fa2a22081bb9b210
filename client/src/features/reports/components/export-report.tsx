import { useId, useState } from "react";
import { useCan } from "../../../lib/session.ts";

const FORMATS = [
  { value: "markdown", label: "Markdown (.md)" },
  { value: "html", label: "Web page (.html)" },
  { value: "pdf", label: "PDF" },
  { value: "json", label: "JSON" },
  { value: "csv", label: "Spreadsheet (.csv)" },
  { value: "claimreview", label: "ClaimReview (schema.org JSON-LD)" },
] as const;

/** A plain link: the browser downloads the file with the session cookie, no script involved. */
export function ExportReport({ articleId }: { articleId: string }) {
  const allowed = useCan("export:report");
  const id = useId();
  const [format, setFormat] = useState<(typeof FORMATS)[number]["value"]>("markdown");
  if (!allowed) return null;
  const href = `/api/articles/${encodeURIComponent(articleId)}/report?format=${format}`;
  return (
    <div className="export-report">
      <label htmlFor={id}>Report format</label>
      <select id={id} value={format} onChange={(e) => setFormat(e.target.value as typeof format)}>
        {FORMATS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      <a className="button" href={href} download>
        Export report
      </a>
    </div>
  );
}

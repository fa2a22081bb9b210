import { useId, useState } from "react";
import type { Claim } from "@claimdesk/shared";
import { buildUrl } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { useCachedData } from "../../../lib/use-cached-data.ts";
import { useCan } from "../../../lib/session.ts";
import { ReportDownload } from "./report-download.tsx";
import { FORMAT_WORDING, reportFormats, type ReportFormat } from "./report-formats.ts";

interface Options {
  approvedOnly: boolean;
  includeUnreviewed: boolean;
}

/** What the report will list, as the server chooses (dismissed claims left out). */
function listedCount(claims: readonly Claim[], { approvedOnly, includeUnreviewed }: Options) {
  const active = claims.filter((c) => !c.dismissed);
  const shown = (c: Claim) => c.verdict !== null && (!approvedOnly || c.approvedAt !== null);
  return { listed: active.filter((c) => shown(c) || includeUnreviewed).length, of: active.length };
}

/** One sentence before the download, so nobody publishes an empty report by surprise. */
function ReportContents({ articleId, options }: { articleId: string; options: Options }) {
  // The review screen has the claims loaded already; this only reads them (and their live updates).
  const claims = useCachedData<Claim[]>(queryKeys.articleClaims(articleId));
  if (!claims) return null;
  const { listed, of } = listedCount(claims, options);
  if (listed > 0)
    return (
      <p className="muted" role="status">
        This report lists {listed} of {of} claims.
      </p>
    );
  return (
    <p className="warning" role="status">
      This report lists no claims. {whyEmpty(claims, of, options)}
    </p>
  );
}

/** What the editor can do about an empty report, or why nothing would help. */
function whyEmpty(claims: readonly Claim[], active: number, options: Options): string {
  // No tick lists a dismissed claim: reports leave them out (the server's dismissed=omit default).
  if (claims.length === 0) return "This article has no claims yet.";
  if (active === 0) return "Every claim of this article is dismissed, and reports leave dismissed claims out.";
  const unapproved = claims.some((c) => !c.dismissed && c.verdict !== null && c.approvedAt === null);
  return options.approvedOnly && unapproved
    ? "No verdict is approved yet: approve verdicts first, or untick “Approved verdicts only”."
    : "No claim has a verdict yet: tick “Include claims not yet reviewed” to list them anyway.";
}

/** Format and options of the report, what it will list, and the download. */
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
              {FORMAT_WORDING[f].label}
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
        <ReportContents articleId={articleId} options={{ approvedOnly, includeUnreviewed }} />
        <ReportDownload href={href} format={format} />
      </div>
    </details>
  );
}

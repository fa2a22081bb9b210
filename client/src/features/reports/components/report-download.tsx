// The download itself: still a real link (keyboard, "open in new tab", copy address), but a plain
// click fetches the file so that a failure is explained next to the control, with a retry, instead
// of the browser saving a JSON error as the report or showing its own error page.
import { useId, type MouseEvent } from "react";
import { Link, useLocation } from "react-router";
import { describeError, isApiError } from "../../../lib/api-error.ts";
import { useOneAtATimeMutation } from "../../../lib/use-one-at-a-time.ts";
import { fetchReportFile } from "../api/fetch-report-file.ts";
import { FORMAT_WORDING, type ReportFormat } from "./report-formats.ts";
import { saveFile } from "./save-file.ts";

interface DownloadRequest {
  href: string;
  format: ReportFormat;
}

/** A click the browser should handle itself: a new tab or window, or its own "save link as". */
function wantsBrowserDefault(e: MouseEvent): boolean {
  return e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;
}

export function ReportDownload({ href, format }: DownloadRequest) {
  const download = useOneAtATimeMutation({
    mutationFn: async ({ href, format }: DownloadRequest) => {
      const file = await fetchReportFile(href);
      const fileName = file.fileName ?? FORMAT_WORDING[format].fallbackFileName;
      saveFile(file.blob, fileName);
      return fileName;
    },
  });
  const running = download.isPending ? download.variables : undefined;
  const errorId = useId();

  function onClick(e: MouseEvent<HTMLAnchorElement>) {
    if (wantsBrowserDefault(e)) return;
    e.preventDefault();
    // The guard, not the label, stops a second export: a double click arrives before a re-render.
    download.mutate({ href, format });
  }

  return (
    <>
      <a
        className="button primary"
        href={href}
        download
        onClick={onClick}
        aria-disabled={running ? true : undefined}
        aria-describedby={download.isError ? errorId : undefined}
      >
        {running ? `Preparing ${FORMAT_WORDING[running.format].short}…` : "Download report"}
      </a>
      {/* Always there, so a screen reader hears it fill; a div, so it takes no room while empty. */}
      <div className="muted" role="status">
        {running ? `Preparing ${FORMAT_WORDING[running.format].short}… Large reports can take a while.` : null}
        {download.isSuccess ? `Downloaded ${download.data}.` : null}
      </div>
      {download.isError ? (
        <DownloadFailed id={errorId} error={download.error} onRetry={() => download.mutate(download.variables!)} />
      ) : null}
    </>
  );
}

function DownloadFailed({ id, error, onRetry }: { id: string; error: Error; onRetry: () => void }) {
  const location = useLocation();
  // The rest of the client sends an expired session to sign in at once; here that would discard the
  // options just chosen, so the editor is told and chooses when to go.
  if (isApiError(error) && error.status === 401) {
    const from = encodeURIComponent(location.pathname + location.search);
    return (
      <div className="error-message" role="alert" id={id}>
        Your session has expired, so the report was not downloaded.{" "}
        <Link to={`/sign-in?from=${from}&reason=expired`}>Sign in again</Link>, then download it.
      </div>
    );
  }
  const requestId = isApiError(error) && error.requestId ? ` (request ${error.requestId})` : "";
  return (
    <div className="error-message" role="alert" id={id}>
      The report could not be downloaded: {describeError(error)}
      {requestId}{" "}
      <button type="button" className="link" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

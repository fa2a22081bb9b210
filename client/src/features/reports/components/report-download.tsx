// The download itself: still a real link (keyboard, "open in new tab", copy address), but a plain
// click fetches the file so that a failure is explained next to the control, with a retry, instead
// of the browser saving a JSON error as the report or showing its own error page.
import { useId, type MouseEvent } from "react";
import { describeError, isApiError } from "../../../lib/api-error.ts";
import { fetchFile } from "../../../lib/fetch-file.ts";
import { useOneAtATimeMutation } from "../../../lib/use-one-at-a-time.ts";
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
      const file = await fetchFile(href);
      const fileName = file.fileName ?? FORMAT_WORDING[format].fallbackFileName;
      saveFile(file.blob, fileName);
      return fileName;
    },
  });
  const running = download.isPending ? download.variables : undefined;
  // An expired session is the app's to handle, as for every other call: the API client has already
  // sent the user to sign in, and back here afterwards.
  const failure =
    download.error && !(isApiError(download.error) && download.error.status === 401) ? download.error : null;
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
        aria-describedby={failure ? errorId : undefined}
      >
        {running ? `Preparing ${FORMAT_WORDING[running.format].short}…` : "Download report"}
      </a>
      {/* Always there, so a screen reader hears it fill; a div, so it takes no room while empty. */}
      <div className="muted" role="status">
        {running ? `Preparing ${FORMAT_WORDING[running.format].short}… Large reports can take a while.` : null}
        {download.isSuccess ? `Downloaded ${download.data}.` : null}
      </div>
      {failure ? (
        // The report as the options read now: after a PDF failed, a switch to CSV retries as CSV.
        <DownloadFailed id={errorId} error={failure} onRetry={() => download.mutate({ href, format })} />
      ) : null}
    </>
  );
}

function DownloadFailed({ id, error, onRetry }: { id: string; error: Error; onRetry: () => void }) {
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

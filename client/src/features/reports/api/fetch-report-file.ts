// GET /api/articles/:id/report through fetch rather than a plain link, so that a refused or failed
// export (a 4xx/5xx problem+json, an expired session, a PDF that could not be rendered) can be told
// to the editor instead of being saved as the report or shown as a bare browser error page.
import { problemSchema } from "@claimdesk/shared";
import { ApiError } from "../../../lib/api-error.ts";
import { fileNameFromDisposition } from "./file-name-from-disposition.ts";

export interface ReportFile {
  blob: Blob;
  /** From Content-Disposition; null when the answer named none. */
  fileName: string | null;
}

/**
 * The same request the link's href makes: a GET with the session cookie. A GET needs no CSRF
 * token (the server checks it on POST/PUT/PATCH/DELETE only), as for every read in lib/api-client.
 */
export async function fetchReportFile(href: string, signal?: AbortSignal): Promise<ReportFile> {
  let response: Response;
  try {
    response = await fetch(href, { credentials: "same-origin", signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError({ status: 0, code: "network", title: "Network error", detail: "Could not reach the server." });
  }
  if (!response.ok) throw await reportError(response);
  return {
    blob: await response.blob(),
    fileName: fileNameFromDisposition(response.headers.get("Content-Disposition")),
  };
}

/** The answer's problem+json as an ApiError, worded the way lib/api-client words other failures. */
async function reportError(response: Response): Promise<ApiError> {
  const parsed = problemSchema.safeParse(await response.json().catch(() => null));
  if (parsed.success) {
    const p = parsed.data;
    return new ApiError({ status: p.status, code: p.code, title: p.title, detail: p.detail, requestId: p.requestId });
  }
  // Not problem+json: a proxy's error page, or a gateway timeout while a large PDF was rendered.
  return new ApiError({
    status: response.status,
    code: response.status === 401 ? "unauthenticated" : response.status >= 500 ? "internal" : "bad_request",
    title: response.statusText || "Request failed",
    detail: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
  });
}

// A download through the API client rather than a plain link, so that a refused or failed one is
// an ApiError the screen can explain (and an expired session sends the user to sign in, as every
// other call does), instead of the browser saving the error as the file or showing its own page.
import { apiResponse } from "./api-client.ts";
import { fileNameFromDisposition } from "./file-name-from-disposition.ts";

export interface FetchedFile {
  blob: Blob;
  /** From Content-Disposition; null when the answer named none. */
  fileName: string | null;
}

/**
 * GET `href` (a same-origin /api address, query included) as a file. A GET needs no CSRF token,
 * so this is the very request a link to `href` makes, with the answer checked first.
 */
export async function fetchFile(href: string, signal?: AbortSignal): Promise<FetchedFile> {
  const response = await apiResponse(href, { accept: "*/*", signal });
  return {
    blob: await response.blob(),
    fileName: fileNameFromDisposition(response.headers.get("Content-Disposition")),
  };
}

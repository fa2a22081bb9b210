// The checks every new article text goes through, on import and on revision alike: the size limit
// before any work, then conversion and extraction (off the request thread when it is large), then
// a text that is empty once converted. One function, so both say the same thing and what to do.
import { AppError } from "../http/app-error.ts";
import type { ClaimExtractor } from "./claim-extractor.ts";
import type { ExtractionJob, PreparedArticle } from "./prepare-extraction.ts";

/** Done before any transaction opens, so no database connection waits on the CPU work. */
export async function prepareArticleText(
  extractor: Pick<ClaimExtractor, "prepare">,
  job: ExtractionJob,
  maxBytes: number,
): Promise<PreparedArticle> {
  const bytes = Buffer.byteLength(job.raw, "utf8");
  if (bytes > maxBytes) {
    throw new AppError(
      "payload_too_large",
      // Exact bytes: rounded to tenths of a megabyte, an article just over the limit read "2.0 MB; the limit is 2.0 MB".
      `The article is ${bytes.toLocaleString("en")} bytes; the limit is ${maxBytes.toLocaleString("en")} bytes ` +
        `(${(maxBytes / 1024 / 1024).toFixed(1)} MB, MAX_IMPORT_BYTES). Split it into parts.`,
    );
  }
  const prepared = await extractor.prepare(job);
  // An article with no text has no claims to check, and a revised one would leave every claim "missing".
  if (prepared.body.trim().length === 0) {
    throw new AppError(
      "validation_failed",
      "The article has no text once converted. Check the text or file you sent, and its format.",
      {
        fields: [{ path: "body.body", message: "no text after conversion" }],
      },
    );
  }
  return prepared;
}

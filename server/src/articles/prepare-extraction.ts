// The CPU-bound half of an import: convert the upload to its stored body and extract the claims.
// Pure and synchronous, so it runs the same on the request thread or in a worker. The claims leave
// as JSON text: a preview sends that text as it is and an import hands it to PostgreSQL as one
// parameter, so the request thread never rebuilds or re-serialises thousands of claim objects.
import type { ArticleFormat } from "../extract/index.ts";
import { extractClaims, parseArticleInput } from "../extract/index.ts";

export interface ExtractionJob {
  /** The upload as received. */
  raw: string;
  format: ArticleFormat;
  /** A date given with the upload wins over a `date` line in the text. */
  publishedOn?: string | null;
}

export interface PreparedArticle {
  body: string;
  publishedOn: string | null;
  claimCount: number;
  /** The claims (ExtractedClaim[], as the API shows them) as JSON text. */
  claimsJson: string;
  /**
   * Four numbers a claim, in order: its start and end in the body, and where its JSON starts and
   * ends in claimsJson. A revision picks the claims it adds by their spans and passes their JSON
   * on as it is, without parsing megabytes of it on the request thread (add-claims-for-new-text.ts).
   */
  claimIndex: number[];
}

export type ExtractionReply = { ok: true; result: PreparedArticle } | { ok: false; message: string };

export function prepareExtraction(job: ExtractionJob): PreparedArticle {
  const parsed = parseArticleInput(job.raw, job.format);
  const publishedOn = job.publishedOn ?? parsed.publishedOn ?? null;
  // An empty body has no claims; skipping the call keeps the worker's reply small.
  const claims = parsed.body.trim().length === 0 ? [] : extractClaims(parsed.body, { publishedOn });
  return { body: parsed.body, publishedOn, claimCount: claims.length, ...claimsAsJson(claims) };
}

/** The same text as JSON.stringify(claims), with each claim's place in it. */
function claimsAsJson(claims: ReadonlyArray<{ start: number; end: number }>): {
  claimsJson: string;
  claimIndex: number[];
} {
  const parts: string[] = [];
  const claimIndex: number[] = [];
  let at = 1; // after "["
  for (const claim of claims) {
    const json = JSON.stringify(claim);
    claimIndex.push(claim.start, claim.end, at, at + json.length);
    parts.push(json);
    at += json.length + 1; // and its ","
  }
  return { claimsJson: `[${parts.join(",")}]`, claimIndex };
}

import { readFileSync } from "node:fs";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";

/** The first claim whose quote holds `fragment`; fails the test with every quote when none does. */
export function claimQuoting(all: ExtractedClaim[], fragment: string): ExtractedClaim {
  const c = all.find((x) => x.quote.includes(fragment));
  if (!c) throw new Error(`no claim quotes "${fragment}"; got ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

/** Extraction as of one publication date, and the claim of a body that quotes a fragment. */
export function claimsOn(publishedOn: string) {
  const claims = (body: string): ExtractedClaim[] => extractClaims(body, { publishedOn });
  return { claims, quoting: (body: string, fragment: string) => claimQuoting(claims(body), fragment) };
}

/** The claims' texts of an HTML page, read as the page's input is, as of one publication date. */
export function htmlClaimTexts(html: string, publishedOn: string): string[] {
  const { body } = parseArticleInput(html, "html");
  return extractClaims(body, { publishedOn }).map((c) => c.text);
}

/**
 * The claims of a newsroom read's article, `tests/fixtures/<path>`: its first line is the
 * `date YYYY-MM-DD` the command line takes off as the publication date.
 */
export function fixtureClaims(path: string): ExtractedClaim[] {
  const text = readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url), "utf8");
  const firstLine = text.indexOf("\n");
  return claimsOn(text.slice("date ".length, firstLine)).claims(text.slice(firstLine + 1));
}

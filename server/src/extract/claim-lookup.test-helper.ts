import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

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

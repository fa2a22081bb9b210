import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";

/** The first claim whose quote holds `fragment`; fails the test with every quote when none does. */
export function claimQuoting(all: ExtractedClaim[], fragment: string): ExtractedClaim {
  const c = all.find((x) => x.quote.includes(fragment));
  if (!c) throw new Error(`no claim quotes "${fragment}"; got ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { claimantFromPhrase } from "./claimant.ts";

/**
 * A letters page's letter is its writer's text, not the newspaper's (decision 570): the claims the
 * page would give the article, from the letter's opening ("Sir, …") to its signature, are the
 * signer's. Those the letter gives someone else ("Councillor Bill Revans is quoted as saying …",
 * "…, according to the Department for Transport") keep their speaker. The signature is read below
 * its letter, so the letter's claims are already made when it is found.
 */
export function giveLetterToWriter(claims: ExtractedClaim[], letterStart: number, signature: string): void {
  if (letterStart < 0) return;
  const writer = claimantFromPhrase(signature);
  for (let i = claims.length - 1; i >= 0 && claims[i]!.start >= letterStart; i--)
    if (claims[i]!.claimant.type === "article") claims[i]!.claimant = writer;
}

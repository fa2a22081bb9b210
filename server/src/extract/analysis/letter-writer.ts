import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { claimantFromPhrase } from "./claimant.ts";
import { nameFromCapitals } from "../text/signature-in-capitals.ts";

/**
 * The writer speaking of themself ("I said in 2019 that …", "She told me herself that it was
 * 1962") or saying what someone did not say ("The Treasury has not said how it will pay for it"):
 * the writer's claim.
 */
const WRITERS_OWN = /\b(?:I|[Ww]e|me|us)\b|(?:\bnot|\bnever|n['’]t) (?:say|says|said|tell|told)\b/;

/**
 * A report of what someone the extractor could not name said ("She said the ward would close",
 * "Your correspondent Anne Holloway says …", "…, the Bank's governor, Andrew Bailey, said last
 * week"): not the writer's claim, so it stays where it was.
 */
function reportsSomeoneElse(c: ExtractedClaim): boolean {
  return c.kind === "attributed_statement" && !WRITERS_OWN.test(c.quote);
}

/**
 * A letters page's letter is its writer's text, not the newspaper's (decision 570): the claims the
 * page would give the article, from the letter's opening ("Sir, …") to its signature, are the
 * signer's. Those the letter gives someone else ("Councillor Bill Revans is quoted as saying …",
 * "…, according to the Department for Transport") keep their speaker. The signature is read below
 * its letter, so the letter's claims are already made when it is found.
 */
export function giveLetterToWriter(claims: ExtractedClaim[], letterStart: number, signature: string): void {
  if (letterStart < 0) return;
  // "J. R. Hartley, Sheffield": the town after the comma is where the writer lives, not their name.
  const comma = signature.indexOf(",");
  // "ANNE HOLLOWAY" is Anne Holloway (decision 690).
  const writer = claimantFromPhrase(nameFromCapitals(comma > 0 ? signature.slice(0, comma) : signature));
  for (let i = claims.length - 1; i >= 0 && claims[i]!.start >= letterStart; i--) {
    const c = claims[i]!;
    if (c.claimant.type !== "article" || reportsSomeoneElse(c)) continue;
    c.claimant = writer;
  }
}

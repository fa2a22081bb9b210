// Turns the extraction engine's output into rows for the claims table.
import type { ExtractedClaim } from "@claimdesk/shared";
import type { Prisma } from "../db/generated/client.ts";

export function claimRowFromExtraction(articleId: string, claim: ExtractedClaim): Prisma.ClaimCreateManyInput {
  return {
    articleId,
    startOffset: claim.start,
    endOffset: claim.end,
    quote: claim.quote,
    prefix: claim.prefix,
    suffix: claim.suffix,
    text: claim.text,
    kind: claim.kind,
    factualScore: claim.scores.factual,
    checkworthyScore: claim.scores.checkworthy,
    claimant: claim.claimant.name,
    origin: "auto",
    details: {
      claimant: claim.claimant,
      alsoKinds: claim.alsoKinds,
      reasons: claim.reasons,
      quantities: claim.quantities,
      dates: claim.dates,
      flags: claim.flags,
      loadedTerms: claim.loadedTerms,
    } as Prisma.InputJsonValue,
  };
}

// Reading claims inside a transaction: by id with what the API shows, and with their position.
import type { Claim } from "@claimdesk/shared";
import type { Tx } from "../audit/record-audit-event.ts";
import { notFound } from "../http/app-error.ts";
import { claimInclude, presentClaim, type ClaimRow } from "./claim-presenter.ts";

export async function loadClaim(tx: Tx, id: string): Promise<ClaimRow> {
  const row = await tx.claim.findUnique({ where: { id }, include: claimInclude });
  if (!row) throw notFound("claim", id);
  return row;
}

/** 1-based position in text order: by start, then end, then id, so ties are stable. */
export async function claimNumber(
  tx: Tx,
  claim: { id: string; articleId: string; startOffset: number; endOffset: number },
): Promise<number> {
  const before = await tx.claim.count({
    where: {
      articleId: claim.articleId,
      OR: [
        { startOffset: { lt: claim.startOffset } },
        { startOffset: claim.startOffset, endOffset: { lt: claim.endOffset } },
        { startOffset: claim.startOffset, endOffset: claim.endOffset, id: { lt: claim.id } },
      ],
    },
  });
  return before + 1;
}

export async function presentLoadedClaim(tx: Tx, id: string): Promise<Claim> {
  const row = await loadClaim(tx, id);
  return presentClaim(row, await claimNumber(tx, row));
}

/** Prefix and suffix context kept with a span, to find it again after the body is revised. */
export const ANCHOR_CONTEXT = 32;
export function anchorFor(body: string, start: number, end: number) {
  return {
    startOffset: start,
    endOffset: end,
    quote: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: body.slice(end, end + ANCHOR_CONTEXT),
  };
}

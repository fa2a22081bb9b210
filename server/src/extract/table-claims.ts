import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { ARTICLE_CLAIMANT } from "./analysis/claimant.ts";
import type { SentenceOpeners } from "./analysis/sentence-openers.ts";
import { gateBitsWithin, tokenize } from "./analysis/tokens.ts";
import { buildClaim } from "./build-claim.ts";
import type { TableCell, TableRow, TableRun } from "./text/table-rows.ts";

/**
 * A data row read as a statement, its cells named by the header: "| Newham | £1,650 | +8.9% |"
 * under "| Borough | Average rent | Change |" is "Newham: Average rent £1,650; Change +8.9%". The
 * first cell names what the row is about, so its header ("Borough") is left out. Without a
 * header the cells are listed. Null when the row says nothing beside its label.
 */
export function rowWording(body: string, row: TableRow, header: TableRow | null): string | null {
  const text = (c: TableCell | undefined): string => (c ? body.slice(c.start, c.end).replace(/\\\|/g, "|") : "");
  const label = text(row.cells[0]);
  const parts: string[] = [];
  for (let k = 1; k < row.cells.length; k++) {
    const value = text(row.cells[k]);
    if (value === "" || value === "-" || value === "–" || value === "—") continue;
    const name = text(header?.cells[k]);
    parts.push(name === "" ? value : `${name} ${value}`);
  }
  if (parts.length === 0) return null;
  return label === "" ? parts.join("; ") : `${label}: ${parts.join("; ")}`;
}

/** One claim per data row of a table, anchored to the row, the article's own. */
export function tableRowClaims(
  body: string,
  verbatim: string,
  table: TableRun,
  publishedOn: string | null,
  openers: SentenceOpeners,
): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (const row of table.rows) {
    const restored = rowWording(body, row, table.header);
    if (restored === null) continue;
    const tokens = tokenize(body, row.start, row.end);
    const gates = gateBitsWithin(body, tokens, row.start, row.end);
    const claim = buildClaim(
      body,
      verbatim,
      {
        start: row.start,
        end: row.end,
        sentenceStart: row.start,
        sentenceEnd: row.end,
        restored,
        claimant: ARTICLE_CLAIMANT,
        directQuote: false,
        namesSpeaker: false,
        // A cell that opens with "It" or "He" is a label, not a pronoun to resolve.
        keepsPronoun: true,
        quotedShare: 0,
        spanGates: gates,
        sentenceGates: gates,
        tokens,
      },
      publishedOn,
      openers,
    );
    claims.push(table.header ? withCountedNouns(body, claim, row, table.header) : claim);
  }
  return claims;
}

/** A header that names what its column counts: "Seats", "Vote share" (words only, at most three). */
const COUNTED_HEADER = /^\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}$/u;

/**
 * A bare figure in a cell counts what its column's header names: "412" under "Seats" is 412
 * seats. Written as the header has it, its first letter lowered when the rest of that word is
 * lowercase ("Seats": "seats"; "GDP" stays).
 */
function withCountedNouns(body: string, claim: ExtractedClaim, row: TableRow, header: TableRow): ExtractedClaim {
  if (!claim.quantities.some((q) => q.unit === null)) return claim;
  const quantities = claim.quantities.map((q) => {
    if (q.unit !== null) return q;
    const k = row.cells.findIndex((c) => c.start <= q.start && q.end <= c.end);
    const name = k > 0 && header.cells[k] ? body.slice(header.cells[k].start, header.cells[k].end) : "";
    if (!COUNTED_HEADER.test(name)) return q;
    const firstWord = /^\p{L}\p{Ll}*(?=[\s'’-]|$)/u.test(name);
    return { ...q, unit: firstWord ? name[0]!.toLowerCase() + name.slice(1) : name };
  });
  return { ...claim, quantities };
}

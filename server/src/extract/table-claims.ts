import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { ARTICLE_CLAIMANT, claimantFromPhrase } from "./analysis/claimant.ts";
import type { SentenceOpeners } from "./analysis/sentence-openers.ts";
import { gateBitsWithin, tokenize } from "./analysis/tokens.ts";
import { buildClaim } from "./build-claim.ts";
import { headerUnit, scaled } from "./table-header-unit.ts";
import type { Span, TableCell, TableRow, TableRun } from "./text/table-rows.ts";
import { findTableRuns } from "./text/table-rows.ts";
import { headedCell } from "./text/text-cell-wording.ts";
import { namesParliamentSource } from "./text/parliament-libraries.ts";
import { mayEndInBracketedSource, namesSourceBody, startsSourceLine, tableSource } from "./text/table-source.ts";

/**
 * A data row read as a statement, its cells named by the header: "| Newham | £1,650 | +8.9% |"
 * under "| Borough | Average rent | Change |" is "Newham: Average rent £1,650; Change +8.9%". The
 * first cell names what the row is about, so its header ("Borough") is left out. Without a
 * header the cells are listed. Null when the row says nothing beside its label.
 */
export function rowWording(body: string, row: TableRow, header: TableRow | null, sideBySide = false): string | null {
  const text = (c: TableCell | undefined): string => (c ? body.slice(c.start, c.end).replace(/\\\|/g, "|") : "");
  // Names side by side ("Presenters | Editors") each read under their heading: no cell labels the row.
  const label = sideBySide ? "" : text(row.cells[0]);
  const parts: string[] = [];
  for (let k = sideBySide ? 0 : 1; k < row.cells.length; k++) {
    const value = text(row.cells[k]);
    if (value === "" || value === "-" || value === "–" || value === "—") continue;
    const name = text(header?.cells[k]);
    parts.push(name === "" ? value : headedCell(name, value));
  }
  if (parts.length === 0) return null;
  const wording = label === "" ? parts.join("; ") : `${label}: ${parts.join("; ")}`;
  // A section row over the row names its group: "North" over "Leeds" reads "North: Leeds: …".
  return row.section ? `${text(row.section)}: ${wording}` : wording;
}

/**
 * The claims of a paragraph's tables, and what the paragraph's sentences must leave out: the
 * tables and the source lines under them (or ending a caption over them), in body order. A source line that stands in the next
 * paragraph (under a Markdown or HTML table) is returned apart, for that paragraph.
 */
export function paragraphTableClaims(
  body: string,
  verbatim: string,
  tables: readonly TableRun[],
  paragraphStart: number,
  paragraphEnd: number,
  publishedOn: string | null,
  openers: SentenceOpeners,
): { claims: ExtractedClaim[]; covered: Span[]; coveredLater: Span[] } {
  const claims: ExtractedClaim[] = [];
  const covered: Span[] = [];
  const coveredLater: Span[] = [];
  for (const t of tables) {
    const source = tableSource(body, t.start, t.end);
    const claimant = source === null ? null : sourceClaimant(source.phrase);
    claims.push(...tableRowClaims(body, verbatim, t, publishedOn, openers, claimant ?? ARTICLE_CLAIMANT));
    const line = claimant === null ? null : source!.line;
    // A caption's "Source: …" over the table; in the paragraph before, it is left out there (captionSourceLine).
    if (line !== null && line.end <= t.start && line.start >= paragraphStart) covered.push(line);
    covered.push(t);
    // "Source: ONS" under the table says whose the rows are; it is no claim of its own.
    if (line !== null && line.start >= t.end) (line.start < paragraphEnd ? covered : coveredLater).push(line);
    // A note in its own paragraph under the source line (decision 745) is covered there too.
    if (line !== null && line.start >= t.end && line.start < paragraphEnd && line.end > paragraphEnd)
      coveredLater.push(line);
  }
  return { claims, covered, coveredLater };
}

/**
 * The "Source: …" sentence that ends the paragraph before a table as its caption's end
 * ("Unemployment rate by region. Source: ONS" over the rows, an HTML `<caption>`), when it gives
 * the rows their source: no claim of its own, like a source line under a table. The paragraph
 * before is read before the table's, so it is asked for there. `lastSentence` is where that
 * paragraph's last sentence starts; body[nextFrom, nextTo) is the next paragraph.
 */
export function captionSourceLine(
  body: string,
  lastSentence: number,
  lastSentenceEnd: number,
  nextFrom: number,
  nextTo: number,
): Span | null {
  // Cheap first: most paragraphs end with no "Source:" sentence, nor a "(Source: …)" bracket.
  if (!startsSourceLine(body, lastSentence) && !mayEndInBracketedSource(body, lastSentence, lastSentenceEnd))
    return null;
  const first = findTableRuns(body, nextFrom, nextTo)[0];
  if (first === undefined || first.start !== nextFrom) return null;
  const source = tableSource(body, first.start, first.end);
  // The source line is the last sentence, or the bracket that ends it ("Rents by borough (Source: ONS)").
  if (source === null || source.line === null || source.line.start < lastSentence || source.line.start >= nextFrom)
    return null;
  return sourceClaimant(source.phrase) === null ? null : source.line;
}

/** A body the lead-in or source line names; null for anything vaguer (a day, a place, a player). */
function sourceClaimant(phrase: string): Claimant | null {
  if (!namesSourceBody(phrase)) return null;
  const c = claimantFromPhrase(phrase);
  // "Commons Library", "Senedd": a parliament's library or house is a body, not a person, and is
  // worded with its "the" (decision 715). Asked once per table's source phrase.
  if (c.type === "person" && namesParliamentSource(phrase.trim())) return { ...c, type: "organization" };
  return c.type === "organization" || c.type === "person" ? c : null;
}

/** One claim per data row of a table, anchored to the row: the source's the article names, else the article's own. */
export function tableRowClaims(
  body: string,
  verbatim: string,
  table: TableRun,
  publishedOn: string | null,
  openers: SentenceOpeners,
  claimant: Claimant = ARTICLE_CLAIMANT,
): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  // Each column's reading of its bare figures, read once per table, not once per row.
  const columns = table.header ? table.header.cells.map((c) => columnReading(body.slice(c.start, c.end))) : null;
  for (const row of table.rows) {
    const restored = rowWording(body, row, table.header, table.sideBySide);
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
        claimant,
        directQuote: false,
        namesSpeaker: false,
        // A cell that opens with "It" or "He" is a label, not a pronoun to resolve.
        keepsPronoun: true,
        // The label is a name ("One Canada Square", "The Shard"): its case is kept after "According to".
        keepsCase: true,
        quotedShare: 0,
        spanGates: gates,
        sentenceGates: gates,
        tokens,
      },
      publishedOn,
      openers,
    );
    claims.push(columns ? withHeaderUnits(body, claim, row, columns) : claim);
  }
  return claims;
}

/** A header that names what its column counts: "Seats", "Vote share" (words only, at most three). */
const COUNTED_HEADER = /^\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}$/u;

/** How a column reads a bare figure: in a unit (a currency, "%", a counted noun) and a scale. */
interface ColumnReading {
  /** Null when the header only scales ("Number employed in the sector, millions"). */
  unit: string | null;
  scale: number;
}

/**
 * A bare figure in a cell is read as its column's header says: in the header's unit and scale
 * ("1,650" under "Rent (£)" is £1,650, "1.2" under "Population, millions" 1.2 million), and as a
 * count of what the header names ("412" under "Seats" is 412 seats). The counted noun is written
 * as the header has it, its first letter lowered when the rest of that word is lowercase
 * ("Seats": "seats"; "GDP" stays). Null when the header says neither.
 */
function columnReading(header: string): ColumnReading | null {
  // A header is a few words; a longer cell names no unit (and is not searched).
  if (header.length > HEADER_MAX) return null;
  const unit = headerUnit(header);
  const noun = countedNoun(unit === null ? header : unit.label);
  if (unit === null) return noun === null ? null : { unit: noun, scale: 1 };
  return { unit: unit.unit ?? noun, scale: unit.scale };
}

const HEADER_MAX = 80;

/** A figure that writes its own scale: "68.3m", "192bn", "4.1 million". */
const WRITTEN_SCALE = /^[-+−±~≈]?\s?[\d.,]+\s?(?:k|m|mn|bn|tn|thousands?|millions?|billions?|trillions?)\b/i;

function withHeaderUnits(
  body: string,
  claim: ExtractedClaim,
  row: TableRow,
  columns: readonly (ColumnReading | null)[],
): ExtractedClaim {
  if (!claim.quantities.some((q) => q.unit === null)) return claim;
  const quantities = claim.quantities.map((q) => {
    if (q.unit !== null) return q;
    const k = row.cells.findIndex((c) => c.start <= q.start && q.end <= c.end);
    const reading = k > 0 ? columns[k] : null;
    if (!reading) return q;
    // "68.3m" under "Population (m)" is already 68.3 million: the header's scale is not applied twice.
    const scale = WRITTEN_SCALE.test(body.slice(q.start, row.cells[k]!.end)) ? 1 : reading.scale;
    return { ...q, value: scaled(q.value, scale), unit: reading.unit };
  });
  return { ...claim, quantities };
}

function countedNoun(name: string): string | null {
  if (!COUNTED_HEADER.test(name)) return null;
  const firstWord = /^\p{L}\p{Ll}*(?=[\s'’-]|$)/u.test(name);
  return firstWord ? name[0]!.toLowerCase() + name.slice(1) : name;
}

// A claim's figures and dates for a report, read from the extraction details stored with it.
import { quantitySchema, resolvedDateSchema, type Quantity, type ResolvedDate } from "@claimdesk/shared";

const quantities = quantitySchema.array();
const dates = resolvedDateSchema.array();

/**
 * Details are JSON written by whichever extractor imported the claim; a claim added by hand may
 * have none. A list that does not parse is shown as no figures rather than failing the export.
 */
export function figuresOfDetails(details: unknown): { quantities: Quantity[]; dates: ResolvedDate[] } {
  const d = (details ?? {}) as { quantities?: unknown; dates?: unknown };
  const q = quantities.safeParse(d.quantities);
  const r = dates.safeParse(d.dates);
  return { quantities: q.success ? q.data : [], dates: r.success ? r.data : [] };
}

// Report data with a claim's figures and dates set by hand, for the tests of how reports write
// them (decisions 875, 895, 900 and 940).
import type { Quantity, ResolvedDate } from "@claimdesk/shared";
import type { ReportData } from "./report-data.ts";
import { reportFixture } from "./test-fixture.ts";

/** A figure as the extractor stores it, anchored at the body's start; `group` for a share's group. */
export function q(value: number, unit: string | null, group?: string): Quantity {
  return { text: String(value), start: 0, end: 1, value, unit, qualifier: null, ...(group ? { group } : {}) };
}

/** The report fixture with its first claim's figures and dates replaced. */
export function withFigures(quantities: Quantity[], dates: ResolvedDate[] = []): ReportData {
  const data = reportFixture();
  data.claims[0] = { ...data.claims[0]!, quantities, dates };
  return data;
}

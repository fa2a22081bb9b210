import type { PdfTextRun } from "@claimdesk/shared/pdf-text-layout";

/**
 * Tables with one line between their rows, as the tests of decisions 500 and 555 write them: the
 * line stands between the first row ("Leeds") and the two after it ("Hull", "Bristol").
 */
export const LEAD = "Unemployment rose in most regions last year.";

/** A pasted table with `between` on a line of its own. */
export const tabbed = (between: string) =>
  [LEAD, "", "City\tRate\tChange", "Leeds\t4.1%\t+0.2", between, "Hull\t5.3%\t+0.4", "Bristol\t3.2%\t-0.1"].join("\n");

/** The same in Markdown, the line between as a row of one cell. */
export const markdown = (between: string) =>
  [
    LEAD,
    "",
    "| City | Rate | Change |",
    "|---|---|---|",
    "| Leeds | 4.1% | +0.2 |",
    `| ${between} |`,
    "| Hull | 5.3% | +0.4 |",
    "| Bristol | 3.2% | -0.1 |",
  ].join("\n");

/** Runs at [x, y, text], 11-point, as a layout program sets a table's cells. */
export function runs(...cells: [number, number, string][]): PdfTextRun[] {
  return cells.map(([x, y, text]) => ({ text, x, y, width: text.length * 5.5, fontSize: 11 }));
}

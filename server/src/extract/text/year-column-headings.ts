/**
 * A first row that names its columns by years over rows of words: "Ward | 2022 | 2026" over "Hyde
 * Park | Labour | Green" (who held each ward in each election year). A table is headed by a first
 * row with no datum only when a row under it holds one (table-rows.ts's headsTable), and words
 * hold none, so the years were read as a row of their own ("Ward: 2022; 2026") and each row
 * lost its years ("Hyde Park: Labour; Green"). Decision 745 reads the years as the columns'
 * headings when every cell after the first row's label is a year and no cell under them is: the
 * rows then read "Hyde Park: 2022 Labour; 2026 Green". Rows that hold years too ("Leeds | 2019 |
 * 2023" over "Hull | 2018 | 2022", a list of dates) are read as before.
 */

import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { isDigit, isLetterUnit } from "./char-classes.ts";
import type { TableCell, TableRow } from "./table-rows.ts";

/** Is body[cell] a year of 1900 to 2099, as a column's heading writes one ("2022")? */
function isYearCell(body: string, cell: TableCell): boolean {
  if (cell.end - cell.start !== 4) return false;
  const a = body.charCodeAt(cell.start);
  const b = body.charCodeAt(cell.start + 1);
  return (
    ((a === 49 && b === 57) || (a === 50 && b === 48)) && // "19", "20"
    isDigit(body.charCodeAt(cell.start + 2)) &&
    isDigit(body.charCodeAt(cell.start + 3))
  );
}

/** Does the first row head the rows under it with years over their cells of words? */
export function yearsHeadWordColumns(body: string, rows: readonly TableRow[]): boolean {
  const head = rows[0]!.cells;
  // Cheap first: the first row's second cell is a year; most first rows fail here. Two years at
  // least: a single one beside a label is a fact box's first line ("Founded | 1998" over
  // "Headquarters | London"), not a column's heading (decision 745's review).
  if (rows.length < 2 || head.length < 3 || !isYearCell(body, head[1]!) || isYearCell(body, head[0]!)) return false;
  for (let k = 2; k < head.length; k++) if (!isYearCell(body, head[k]!)) return false;
  // Every cell under a year opens with a letter: a party, a name, a word ("Labour", "Lib Dem").
  const words = rows.every(
    (r, n) =>
      n === 0 || r.cells.every((c, k) => k === 0 || (c.end > c.start && isLetterUnit(body.charCodeAt(c.start)))),
  );
  // Rows of months only are an archive's links ("Archive | 2024 | 2025" over "January | February |
  // March"), no year's column (decision 745's review).
  return words && !rows.every((r, n) => n === 0 || r.cells.every((c) => isMonthName(body.slice(c.start, c.end))));
}

/** "January", "march", "Jan": a month's name alone, or its three letters. */
function isMonthName(text: string): boolean {
  if (text.length < 3 || text.length > 9) return false;
  const t = text.toLowerCase();
  return MONTH_NAMES.some((m) => m === t || (t.length === 3 && m.startsWith(t)));
}

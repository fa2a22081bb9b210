/**
 * Does the table's row that opens at raw[from] hold a figure in every cell after its label
 * ("<tr><td>Leeds</td><td>40</td><td>38</td></tr>")? A header of plain `<td>` cells, as pasted
 * pages write one, is taken only over such rows (decision 785): a layout's two rows of cells over
 * rows of words or pictures are no header.
 */

import { cellText } from "./html-cell-text.ts";
import { isDatum } from "../text/table-rows.ts";

const ROW_OR_CELL = /<(\/?)(tr|td|th|table)\b[^>]*>/gi;

export function rowHoldsFigures(raw: string, from: number, end: number): boolean {
  let cells = 0;
  let cellStart = -1;
  ROW_OR_CELL.lastIndex = from;
  for (let m = ROW_OR_CELL.exec(raw); m !== null && m.index < end; m = ROW_OR_CELL.exec(raw)) {
    if (cellStart >= 0) {
      // A cell after the label that holds no figure ends the test; the label may be any words.
      if (cells > 1 && !isDatum(cellText(raw.slice(cellStart, m.index)))) return false;
      cellStart = -1;
    }
    const name = m[2]!.toLowerCase();
    if (m[1] === "/") {
      if (name === "tr" || name === "table") break;
      continue;
    }
    if (name === "table") return false;
    if (name === "tr") {
      if (m.index > from) break;
      continue;
    }
    cells++;
    cellStart = m.index + m[0].length;
  }
  return cells >= 2;
}

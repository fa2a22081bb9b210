// A table's row label that wraps onto a second line ("Greater London" / "and South East") is a
// line of one run beside a row of cells: the lone line broke the grid, and the table stayed text.
// This joins such a line to its row before the grid is looked for, but only when the words show
// that the two lines are one label: the lower line opens in lowercase ("and South East") or the
// upper ends with a word that cannot end a label ("Royal Borough of"). Which line holds the
// figures differs between PDF makers, so either may; a lone line that reads as a label of its own
// ("Inner London" over the boroughs, a section row) is left where it is.

import { isPageCounter } from "./page-counter.ts";
import { sameSize, type Line } from "./pdf-lines.ts";

export interface JoinedLines {
  lines: Line[];
  /** For each joined line, the lines it stands for in the page's lines: [from, to). */
  from: number[];
  to: number[];
  /** A joined line's upper baseline (it stands at its lower one): the line above drops to this. */
  top: Map<Line, number>;
}

/** A label of more words than this is a paragraph's lines, not a cell's. */
const MAX_LABEL_WORDS = 7;
/** Words a label's first line may end with only when the label goes on. */
const GOES_ON = /(?:^|\s)(?:and|of|the|for|in|on|&|with|excluding|including)$|[,&-]$/i;

/** A surname's particle and the name it opens: "de Bruyne", "van Dijk", "al-Hilal". */
const NAME_PARTICLE =
  /^(?:de|da|di|du|del|della|der|den|des|dos|das|van|von|le|la|al|el|bin|ibn|ter|ten|zu)[\s'’-]\p{Lu}/u;

/** The page's lines with each wrapped row label joined to its row. */
export function joinWrappedLabels(lines: readonly Line[]): JoinedLines {
  const out: JoinedLines = { lines: [], from: [], to: [], top: new Map() };
  for (let i = 0; i < lines.length; i++) {
    const upper = lines[i]!;
    const lower = lines[i + 1];
    const cellsAfter = lines[i + 2];
    const split = lower && cellsAfter ? labelBeforeItsCells(upper, lower, cellsAfter) : null;
    if (split !== null) {
      out.lines.push(split);
      out.from.push(i);
      out.to.push(i + 3);
      out.top.set(split, upper.y);
      i += 2;
      continue;
    }
    const joined = lower === undefined ? null : joinedLabel(upper, lower);
    if (joined === null) {
      out.lines.push(upper);
      out.from.push(i);
      out.to.push(i + 1);
      continue;
    }
    out.lines.push(joined);
    out.from.push(i);
    out.to.push(i + 2);
    out.top.set(joined, upper.y);
    i++;
  }
  return out;
}

/**
 * The two lines as one row, when one is a row of cells and the other a lone run set right above
 * or below its first cell, closer than two lines apart, and the words run on from one to the
 * other. The row keeps its place (its baseline), and its first cell reads the label whole.
 */
function joinedLabel(upper: Line, lower: Line): Line | null {
  const drop = upper.y - lower.y;
  if (!sameSize(upper, lower) || drop <= 0 || drop >= 1.6 * lower.fontSize) return null;
  const upperAlone = upper.parts.length === 1 && lower.parts.length >= 2;
  const lowerAlone = lower.parts.length === 1 && upper.parts.length >= 2;
  if (!upperAlone && !lowerAlone) return null;
  const row = upperAlone ? lower : upper;
  const lone = upperAlone ? upper : lower;
  const cells = [...row.parts].sort((a, b) => a.x - b.x);
  const label = cells[0]!;
  const wrap = lone.parts[0]!;
  // Set under or over the label, left-aligned with it, and clear of the next cell.
  if (Math.abs(wrap.x - label.x) > 0.5 * row.fontSize || wrap.endX >= cells[1]!.x) return null;
  const text = wrappedLabel((upperAlone ? wrap : label).text.trim(), (upperAlone ? label : wrap).text.trim());
  if (text === null) return null;
  const whole = { text, x: Math.min(label.x, wrap.x), endX: Math.max(label.endX, wrap.endX) };
  const parts = row.parts.map((p) => (p === label ? whole : p));
  // The joined line stands at its lower line's baseline; the line above drops to its upper one.
  const rowText = parts.map((p) => p.text.trim()).join(" ");
  return { ...row, parts, text: rowText, x: Math.min(row.x, wrap.x), y: lower.y };
}

/**
 * A browser writes a row whose label wraps as the label's two lines, then the row's other cells
 * level with one of them: three lines, the last with no run under the label. They are one row
 * when the two label lines run on as above.
 */
function labelBeforeItsCells(upper: Line, lower: Line, cells: Line): Line | null {
  if (upper.parts.length !== 1 || lower.parts.length !== 1 || cells.parts.length < 1) return null;
  if (!sameSize(upper, lower) || !sameSize(lower, cells)) return null;
  const drop = upper.y - lower.y;
  if (drop <= 0 || drop >= 1.6 * lower.fontSize) return null;
  if (Math.abs(cells.y - upper.y) > 1 && Math.abs(cells.y - lower.y) > 1) return null;
  const top = upper.parts[0]!;
  const bottom = lower.parts[0]!;
  const right = Math.max(top.endX, bottom.endX);
  if (Math.abs(top.x - bottom.x) > 0.5 * lower.fontSize || cells.parts.some((p) => p.x <= right)) return null;
  const text = wrappedLabel(top.text.trim(), bottom.text.trim());
  if (text === null) return null;
  const parts = [{ text, x: Math.min(top.x, bottom.x), endX: right }, ...cells.parts];
  const rowText = parts.map((p) => p.text.trim()).join(" ");
  return { ...cells, parts, text: rowText, x: parts[0]!.x, y: lower.y };
}

/** The label's two lines as one, when they run on and the whole is short enough for a label. */
function wrappedLabel(top: string, bottom: string): string | null {
  if (!runsOn(top, bottom)) return null;
  const text = joinLabel(top, bottom);
  return text.split(/\s+/).length > MAX_LABEL_WORDS ? null : text;
}

/** The label's two lines as one: a word broken at a hyphen ("Stoke-on-" / "Trent") takes no space. */
function joinLabel(top: string, bottom: string): string {
  return top.endsWith("-") ? top + bottom : `${top} ${bottom}`;
}

/** Do the label's two lines read as one label: the second opens in lowercase or the first cannot end? */
function runsOn(top: string, bottom: string): boolean {
  if (/[.:;!?)"”]$/.test(top) || /[.!?:]$/.test(bottom)) return false;
  // A note under the rows is no part of a label: a key ("p provisional", "e = estimate", "source:
  // ONS", "of which:") or a datum ("n/a"); nor is a name that opens in lowercase the label going on
  // ("de Bruyne" under "Salah", "easyJet" or "iPhone users" under "eBay").
  if (/[:=]/.test(bottom) || /^\p{Ll}\s/u.test(bottom) || /^n\/?a$/i.test(bottom)) return false;
  // "pg. 2 of 5" or "p. 2 of 5" between two rows is a page's counter, set aside (pdf-section-rows.ts).
  if (isPageCounter(bottom)) return false;
  if (NAME_PARTICLE.test(bottom) || /^\p{Ll}+\p{Lu}/u.test(bottom)) return false;
  return /^\p{Ll}/u.test(bottom) || GOES_ON.test(top);
}

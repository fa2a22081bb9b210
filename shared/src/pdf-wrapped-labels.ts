// A table's row label that wraps onto a second line ("Greater London" / "and South East") is a
// line of one run beside a row of cells: the lone line broke the grid, and the table stayed text.
// This joins such a line to its row before the grid is looked for, but only when the words show
// that the two lines are one label: the lower line opens in lowercase ("and South East") or the
// upper ends with a word that cannot end a label ("Royal Borough of"). Which line holds the
// figures differs between PDF makers, so either may; a lone line that reads as a label of its own
// ("Inner London" over the boroughs, a section row) is left where it is.

import { isPageCounter } from "./page-counter.ts";
import { sameSize, type Line } from "./pdf-lines.ts";
import { rowLabel } from "./table-section-rows.ts";

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
    const joined = lower === undefined ? null : joinedLabel(upper, lower, tightPair(lines, i));
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
function joinedLabel(upper: Line, lower: Line, tight: boolean): Line | null {
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
  const text = wrappedLabel((upperAlone ? wrap : label).text.trim(), (upperAlone ? label : wrap).text.trim(), tight);
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

/**
 * Is lines[i + 1] a lone line under the row lines[i], set tight against it and clearly apart from
 * the row under it ("Chelsea" under "Kensington 4.4% +0.3", a line's drop below it and a row's
 * pitch above the next)? Then it is that row's label going on, whatever its words: a section row
 * stands apart from both rows alike (pdf-section-rows.ts). A lone line tight over its row is not
 * read so: a section's name is set so, with space before it and little after ("Outer London" over
 * "Bexley"). Where the rows are set a line apart, with no padding, the words decide as before.
 */
function tightPair(lines: readonly Line[], i: number): boolean {
  const upper = lines[i]!;
  const lower = lines[i + 1]!;
  return lower.parts.length === 1 && upper.parts.length >= 2 && tightTo(lines[i + 2], lower, upper, lines[i - 1]);
}

/**
 * Is the lone line tight against `row`, and are the rows on either side (`beyond` the lone line,
 * `past` the row, when there is one) a padded row's pitch away? A section's name set tight over
 * rows that stand as tight to each other is the rows' own pitch, and is left to the words.
 */
function tightTo(beyond: Line | undefined, lone: Line, row: Line, past: Line | undefined): boolean {
  if (beyond === undefined || beyond.parts.length < 2 || !sameSize(beyond, lone)) return false;
  const near = Math.abs(row.y - lone.y);
  if (near > 1.3 * lone.fontSize || Math.abs(beyond.y - lone.y) < 1.5 * near) return false;
  return past === undefined || past.parts.length < 2 || Math.abs(past.y - row.y) >= 1.5 * near;
}

/**
 * The label's two lines as one, when they run on (or are set `tight`, as one cell's lines) and the
 * whole is short enough for a label.
 */
function wrappedLabel(top: string, bottom: string, tight = false): string | null {
  if (!(runsOn(top, bottom) || (tight && mayRunOn(top, bottom) && isLabelWords(top) && isLabelWords(bottom))))
    return null;
  const text = joinLabel(top, bottom);
  return text.split(/\s+/).length > MAX_LABEL_WORDS ? null : text;
}

/** The label's two lines as one: a word broken at a hyphen ("Stoke-on-" / "Trent") takes no space. */
function joinLabel(top: string, bottom: string): string {
  return top.endsWith("-") ? top + bottom : `${top} ${bottom}`;
}

/** Do the label's two lines read as one label: the second opens in lowercase or the first cannot end? */
function runsOn(top: string, bottom: string): boolean {
  return mayRunOn(top, bottom) && (/^\p{Ll}/u.test(bottom) || GOES_ON.test(top));
}

/** May the two lines be one label's: neither ends a sentence, and the lower is no note, counter or name? */
function mayRunOn(top: string, bottom: string): boolean {
  if (/[.:;!?)"”]$/.test(top) || /[.!?:]$/.test(bottom)) return false;
  // A note under the rows is no part of a label: a key ("p provisional", "e = estimate", "source:
  // ONS", "of which:") or a datum ("n/a"); nor is a name that opens in lowercase the label going on
  // ("de Bruyne" under "Salah", "easyJet" or "iPhone users" under "eBay").
  if (/[:=]/.test(bottom) || /^\p{Ll}\s/u.test(bottom) || /^n\/?a$/i.test(bottom)) return false;
  // "pg. 2 of 5" or "p. 2 of 5" between two rows is a page's counter, set aside (pdf-section-rows.ts).
  if (isPageCounter(bottom)) return false;
  return !(NAME_PARTICLE.test(bottom) || /^\p{Ll}+\p{Lu}/u.test(bottom));
}

/** A line of a label's words: no figure, a capital first (a region's or a name's line). */
function isLabelWords(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !/\d/.test(text) && rowLabel(text) !== null;
}

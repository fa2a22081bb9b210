/**
 * A note on a table's figures set beside its source line, not as the rows' last line: over it
 * ("Figures are provisional and may change" then "Source: ONS") or under it ("Source: ONS" then
 * "Percentages may not add up to 100 due to rounding"). Decision 640 took a note in only as the
 * paragraph's last line right under the rows, so over a source line the note was a claim of kind
 * `other` and the source line under it credited nothing and was a claim too; under one the note
 * was a claim. The two lines describe and credit the table together: table-source.ts reads the
 * source line past a note over it, and covers a note under it with the source line. A note under
 * the source line is taken only as its paragraph's last line, as decision 640 took one under the
 * rows: a line under it may be the story's own.
 */

import { isSpace } from "./char-classes.ts";
import { isTableNote } from "./table-notes.ts";

export interface LineSpan {
  start: number;
  end: number;
}

/** The line right after the one ending at `end` (a "\n" there, no blank line between), trimmed at its end. */
function lineAfter(body: string, end: number): LineSpan | null {
  if (body.charCodeAt(end) !== 10) return null;
  const start = end + 1;
  let next = body.indexOf("\n", start);
  if (next < 0) next = body.length;
  let e = next;
  while (e > start && isSpace(body.charCodeAt(e - 1))) e--;
  return e > start && !isSpace(body.charCodeAt(start)) ? { start, end: e } : null;
}

/** Does a blank line or the body's end follow `end`? */
function endsParagraph(body: string, end: number): boolean {
  let k = end;
  while (k < body.length && body.charCodeAt(k) !== 10 && isSpace(body.charCodeAt(k))) k++;
  if (k >= body.length) return true;
  k++;
  while (k < body.length && body.charCodeAt(k) !== 10 && isSpace(body.charCodeAt(k))) k++;
  return k >= body.length || body.charCodeAt(k) === 10;
}

/**
 * The line under body[start, end) when body[start, end) is a note on the figures: the line where a
 * source line over which the note stands would be. Null when the line is no note.
 */
export function lineUnderNote(body: string, start: number, end: number): LineSpan | null {
  // Cheap first: a note is 12 to 120 characters and opens with a letter (isTableNote); a line
  // must follow it.
  if (end - start < 12 || body.charCodeAt(end) !== 10) return null;
  return isTableNote(body.slice(start, end).trim()) ? lineAfter(body, end) : null;
}

/** The line after one blank line under the line ending at `end` ("Source: ONS", "", "Figures are …"). */
function lineAfterBlank(body: string, end: number): LineSpan | null {
  if (body.charCodeAt(end) !== 10) return null;
  let k = end + 1;
  while (k < body.length && body.charCodeAt(k) !== 10 && isSpace(body.charCodeAt(k))) k++;
  return k < body.length ? lineAfter(body, k) : null;
}

/**
 * The first line of the paragraph after body[start, end) when body[start, end) is a note alone in
 * its paragraph: where the source line would be under a Markdown or HTML table that sets the note
 * and the source line each in a paragraph of its own (decision 785). Null when the line is no note
 * or a line of the story goes on under it.
 */
export function lineAfterNoteParagraph(body: string, start: number, end: number): LineSpan | null {
  // Cheap first: a note's length and a blank line under it, before isTableNote.
  if (end - start < 12 || !endsParagraph(body, end)) return null;
  return isTableNote(body.slice(start, end).trim()) ? lineAfterBlank(body, end) : null;
}

/**
 * The end of the notes under the source line ending at `end`; `end` itself when there are none. A
 * note is taken as its paragraph's last line right under the source line, or (decision 745) as the
 * second of two notes there ("Figures are provisional" then "Percentages may not add up"), or
 * alone in its own paragraph after a blank line. A note with a line of the story under it is news.
 */
export function endPastNoteUnder(body: string, end: number): number {
  const note = lineAfter(body, end) ?? lineAfterBlank(body, end);
  if (note === null || note.end - note.start < 12) return end;
  if (endsParagraph(body, note.end)) return isTableNote(body.slice(note.start, note.end)) ? note.end : end;
  // Two notes: only right under the source line, the second ending the paragraph.
  if (note.start !== end + 1) return end;
  const second = lineAfter(body, note.end);
  if (second === null || second.end - second.start < 12 || !endsParagraph(body, second.end)) return end;
  return isTableNote(body.slice(note.start, note.end)) && isTableNote(body.slice(second.start, second.end))
    ? second.end
    : end;
}

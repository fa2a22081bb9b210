/**
 * The date a story or press release gives at its top: a dateline ("WASHINGTON, June 10, 2025 —"),
 * a release line ("For immediate release: 10 June 2025") or a date on its own line. The import
 * page offers it as the publication date of a text, Word or PDF file, for the editor to confirm;
 * nothing is dated by it without them.
 */
import { calendarDay, MONTH_NAMES } from "./calendar.ts";

const MONTH = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, "i");
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\s+(\d{4})\b`, "i");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** How far down a story its date can stand: the headline, a standfirst, a byline, the dateline. */
const TOP_LINES = 6;

/** YYYY-MM-DD, or null when the top of the text holds no real calendar date. */
export function datelineDate(text: string): string | null {
  const lines = text
    .slice(0, 2000)
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .slice(0, TOP_LINES);
  for (const line of lines) {
    // Only near the start of a line: a date deep inside a sentence is what the story reports.
    const head = line.slice(0, 80);
    const found = fromMonthDayYear(head) ?? fromDayMonthYear(head) ?? fromIso(head);
    if (found) return found;
  }
  return null;
}

function fromMonthDayYear(text: string): string | null {
  const m = MONTH_DAY_YEAR.exec(text);
  return m && headsLine(text, m.index) ? calendarDay(m[3]!, monthNumber(m[1]!), m[2]!) : null;
}

function fromDayMonthYear(text: string): string | null {
  const m = DAY_MONTH_YEAR.exec(text);
  return m && headsLine(text, m.index) ? calendarDay(m[3]!, monthNumber(m[2]!), m[1]!) : null;
}

function fromIso(text: string): string | null {
  const m = ISO.exec(text);
  return m && headsLine(text, m.index) ? calendarDay(m[1]!, Number(m[2]), m[3]!) : null;
}

/** Lowercase words that may stand before a dateline's date: "For immediate release:", "Posted on". */
const DATELINE_WORDS = new Set([
  "for",
  "immediate",
  "release",
  "released",
  "published",
  "updated",
  "posted",
  "on",
  "at",
  "dated",
]);

/**
 * True when only a dateline's kind of words come before the date on its line: a place, a weekday,
 * a byline, "For immediate release:". A sentence ("The council approved a budget first proposed on
 * March 3, 2024") has other lowercase words: its date is what the story reports, not when it ran.
 */
function headsLine(line: string, at: number): boolean {
  for (const word of line.slice(0, at).match(/\p{L}+/gu) ?? []) {
    if (word[0] === word[0]!.toLowerCase() && !DATELINE_WORDS.has(word)) return false;
  }
  return true;
}

function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.startsWith(prefix)) + 1;
}

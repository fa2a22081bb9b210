/**
 * Who a table's figures come from, when the article says so plainly next to it: a lead-in that
 * introduces the table and does nothing else ("Figures from the Office for National Statistics
 * show:", "The council published these figures:", "Rents by borough, according to the ONS:"), a
 * source line under it ("Source: ONS") or a caption over it that ends with one ("Unemployment rate
 * by region. Source: ONS", an HTML table's `<caption>`). A sentence that states something of its own ("Rents rose
 * 6.2%, according to the ONS.") names the source of that statement, not clearly of the table, and
 * is not read here.
 */

import { labelNamingNoRows } from "@claimdesk/shared/table-section-rows";
import { SOURCE_BODY_NAMES } from "@claimdesk/shared/source-body-names";
import { isSpace } from "./char-classes.ts";
import { endPastNoteUnder, lineAfterNoteParagraph, lineUnderNote } from "./notes-beside-source-line.ts";
import { namesParliamentSource } from "./parliament-libraries.ts";
import { findTableRuns, isRowLine, type TableRun } from "./table-rows.ts";

export interface TableSource {
  /** The source as written: "the Office for National Statistics", "The council", "ONS". */
  phrase: string;
  /**
   * The "Source: …" line, which is no claim of its own (under the table, or the end of the caption
   * over it); null when the lead-in names the source.
   */
  line: { start: number; end: number } | null;
}

/** A body named by capitalised words ("the Office for National Statistics", "HM Land Registry", "ONS"), or "the council". */
const SOURCE = String.raw`((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|and|on|&|the|\p{Lu}[\p{L}\p{N}&.'’-]*))*|[Tt]he\s+\p{Ll}+(?:\s+\p{Ll}+)??)`;
const FIGURES = String.raw`(?:figures|data|statistics|numbers|results|estimates)`;
const LEAD_INS = [
  // "Figures from the Office for National Statistics show:", "Latest data published by the council:".
  new RegExp(
    String.raw`^(?:[Tt]he\s+)?(?:(?:[Ll]atest|[Nn]ew|[Oo]fficial|[Pp]rovisional)\s+)?(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers|[Rr]esults|[Ee]stimates)\s+(?:from|published\s+by|released\s+by|compiled\s+by|produced\s+by)\s+${SOURCE}(?:\s+(?:show|shows|showed|give|gives|are|were|read))?\s*[:.]$`,
    "u",
  ),
  // "The council published these figures:", "The ONS has released the following data."
  new RegExp(
    String.raw`^${SOURCE}\s+(?:has\s+|have\s+)?(?:published|released|issued|compiled|produced|gave|provided)\s+(?:these|the\s+following|its|their|the\s+latest|new|the)\s+(?:\p{Ll}+\s+)?${FIGURES}\s*[:.]$`,
    "u",
  ),
  // "The ONS's figures show:", "Ofcom's latest data:".
  new RegExp(
    String.raw`^${SOURCE}['’]s?\s+(?:latest\s+|new\s+|own\s+|official\s+)?${FIGURES}(?:\s+(?:show|shows|showed|give|gives))?\s*[:.]$`,
    "u",
  ),
  // "Rents by borough, according to the ONS:": introduces what follows, so ends with a colon.
  new RegExp(String.raw`^[^.!?]{0,80}?,?\s+according\s+to\s+${SOURCE}\s*:$`, "u"),
];
/** "Source: ONS", "Sources: Office for National Statistics, April 2025", "Data: HM Land Registry (2024)". */
const SOURCE_LINE = new RegExp(
  String.raw`^(?:Source|Sources|Data|Figures)\s*:\s*${SOURCE}(?:,?\s+(?:\p{Lu}\p{Ll}+\s+)?\(?(?:1[89]|20)\d\d\)?)?\.?$`,
  "u",
);
/** Lines longer than this are prose, not a lead-in or a source line. */
const LINE_MAX = 200;

/** The table body[tableStart, tableEnd)'s source, from the source line under it or its lead-in. */
export function tableSource(body: string, tableStart: number, tableEnd: number): TableSource | null {
  return sourceLineAfter(body, tableEnd) ?? leadInBefore(body, tableStart);
}

function sourceLineAfter(body: string, tableEnd: number): TableSource | null {
  const under = lineUnder(body, tableEnd);
  if (under === null || !under.caption) return under && under.source;
  // A caption set between two tables ("Rents by borough. Source: ONS" under one grid and over the
  // next) may be either's: it is this one's only when the next has its own line under it (two
  // figures in a row, each with its figcaption under its table), and otherwise neither's.
  const next = tableOpeningAfter(body, under.source.line!.end);
  return next === null || lineUnder(body, next.end) !== null ? under.source : null;
}

/**
 * The source line right under body[…, tableEnd), or a caption there that ends with a source (an
 * HTML figure's <figcaption>), its title opening with any word ("Figures are rounded. Source:
 * Eurostat").
 */
function lineUnder(body: string, tableEnd: number): { source: TableSource; caption: boolean } | null {
  let start = tableEnd;
  while (start < body.length && isSpace(body.charCodeAt(start))) start++;
  // The next line, or the first of the next paragraph (a Markdown or HTML table is a paragraph).
  let end = body.indexOf("\n", start);
  if (end < 0) end = body.length;
  if (end - start > LINE_MAX) return null;
  const line = body.slice(start, end);
  // "| Source: ONS |": a Markdown row of one cell under the rows is the same line in its bars.
  const cell = line.charCodeAt(0) === 124 ? line.replace(/^\|\s*|\s*\|\s*$/g, "") : line;
  const alone =
    sourceLineAlone(cell) ?? (nextLine(body, tableEnd, start) && !rowUnder(body, end) ? bodyNamedAlone(cell) : null);
  // "Source: ONS" then "Figures are provisional": the note is covered with the source line.
  if (alone !== null)
    return { source: { phrase: alone, line: { start, end: endPastNoteUnder(body, end) } }, caption: false };
  // "Figures are provisional" then "Source: ONS": the source line under the note credits the rows.
  let underNote = lineUnderNote(body, start, end);
  // The note in its own paragraph under a Markdown or HTML table, the source line in the next
  // (decision 785): the table ends its paragraph, so the note opens the next one.
  if (underNote === null && !nextLine(body, tableEnd, start)) underNote = lineAfterNoteParagraph(body, start, end);
  // Two notes over the source line ("Figures are provisional", "Percentages may not add up"): the
  // source line is under the second (decision 745).
  if (underNote !== null && !startsSourceLine(body, underNote.start))
    underNote = lineUnderNote(body, underNote.start, underNote.end);
  const past =
    underNote && startsSourceLine(body, underNote.start)
      ? sourceLineAlone(body.slice(underNote.start, underNote.end))
      : null;
  if (past !== null) return { source: { phrase: past, line: { start, end: underNote!.end } }, caption: false };
  const caption = captionEndingInSource(line);
  return caption && { source: { phrase: caption.phrase, line: { start: start + caption.at, end } }, caption: true };
}

/** Does the line at `start` follow the table's last line, with no blank line between? */
function nextLine(body: string, tableEnd: number, start: number): boolean {
  const gap = body.indexOf("\n", tableEnd);
  return gap >= 0 && body.lastIndexOf("\n", start - 1) === gap;
}

/**
 * Is the line after the one ending at `end` a table's row? A body's name with rows under it
 * ("YouGov" between "Ipsos"'s polls and its own, "Care Quality Commission" over hospitals' rows)
 * names the rows under it, as a group's label would, and is no credit of the rows above.
 */
function rowUnder(body: string, end: number): boolean {
  if (end >= body.length) return false;
  let next = body.indexOf("\n", end + 1);
  if (next < 0) next = body.length;
  return isRowLine(body, end + 1, next);
}

/**
 * A source's name alone on the line under a table's rows, as a credit sets it ("Office for National
 * Statistics", "ONS", "HM Land Registry"): the rows above are its, as under "Source: ONS". A
 * desk's name, a title or a region's name is no credit.
 */
function bodyNamedAlone(line: string): string | null {
  const text = line.trim();
  return labelNamingNoRows(text) === "body" && namesSourceBody(text) ? text : null;
}

/** The table that opens right after `at` (past white space), if one does. */
function tableOpeningAfter(body: string, at: number): TableRun | null {
  let from = at;
  while (from < body.length && isSpace(body.charCodeAt(from))) from++;
  let to = body.indexOf("\n\n", from);
  if (to < 0) to = body.length;
  const first = findTableRuns(body, from, to)[0];
  return first !== undefined && first.start === from ? first : null;
}

/**
 * Does a table end right before `at`? A caption over a table with another right above it may be
 * the one above's, and gives neither its source (sourceLineAfter).
 */
function tableEndsBefore(body: string, at: number): boolean {
  let to = at;
  while (to > 0 && isSpace(body.charCodeAt(to - 1))) to--;
  const gap = body.lastIndexOf("\n\n", to - 1);
  const runs = findTableRuns(body, gap < 0 ? 0 : gap + 2, to);
  return runs.length > 0 && runs[runs.length - 1]!.end >= to;
}

/** "Table 2." or "Figure 3.": a caption's number, a sentence of its own before the title. */
const CAPTION_NUMBER = /^(?:Table|Figure|Chart|Graph|Map|Exhibit) \d+\. /;

/**
 * A caption that ends with its source: a title of one sentence (after the table's number, if
 * any), then the source line: "Unemployment rate by region. Source: ONS", "Table 2. Rents by
 * borough. Data: HM Land Registry". The source's phrase and where it starts in `line`. A "Source:"
 * line after prose of more sentences than that is not read as a caption's.
 */
function captionEndingInSource(line: string): { phrase: string; at: number } | null {
  if (line.length > LINE_MAX) return null;
  const bracket = bracketedSourceAtEnd(line);
  // "Unemployment by region (Source: ONS, 2025)": the title is what stands before the bracket.
  const at = bracket === null ? lastSentenceStart(line) : bracket.at;
  if (at === 0 || !startsSourceLine(line, at)) return null;
  const title = line.slice(0, at).trimEnd();
  const titleStart = lastSentenceStart(title);
  if (titleStart !== 0 && !CAPTION_NUMBER.test(title.slice(0, titleStart))) return null;
  if (bracket !== null) return readsAsProse(title) ? null : bracket;
  const m = SOURCE_LINE.exec(line.slice(at).trimEnd());
  return m ? { phrase: m[1]!, at } : null;
}

/**
 * Is the text before a bracketed source a sentence of prose that cites it, not a title: one that
 * states a figure ("Wales had the lowest rate, 4.4% (Source: ONS)"), reports speech ("…, police
 * said (Source: Met Police)") or captions a photo ("Photo: the flooded high street (Source: PA)")?
 * The bracket is then that sentence's, and the table beside it keeps its rows the article's.
 */
function readsAsProse(title: string): boolean {
  return (
    /\d(?:[\d.,]*\d)?\s*(?:%|per ?cent\b|percentage points?\b|[mb]n?\b|million\b|billion\b)|[£$€]\s?\d/i.test(title) ||
    /\b(?:said|says|told|according to)\b/.test(title) ||
    /^(?:(?:Photo|Picture|Image|Pic)s?\b|Pictured\b|(?:Above|Below):)/i.test(title)
  );
}

/**
 * A line that is a source line and nothing else: "Source: ONS", or the same in brackets, "(Source:
 * ONS, 2025)", as a caption or the line under a table writes it. The source's phrase.
 */
function sourceLineAlone(line: string): string | null {
  const text = line.trimEnd();
  if (text.startsWith("(")) {
    const bracket = bracketedSourceAtEnd(text);
    return bracket !== null && bracket.at === 0 ? bracket.phrase : null;
  }
  if (!startsSourceLine(text)) return null;
  const m = SOURCE_LINE.exec(text);
  return m ? m[1]! : null;
}

/**
 * A source line in brackets that ends the line: "… (Source: ONS, 2025)", "(Data: Eurostat).". Its
 * phrase and where its bracket opens. The bracket is looked for in the line's last 120 characters.
 */
function bracketedSourceAtEnd(line: string): { phrase: string; at: number } | null {
  const text = line.trimEnd().replace(/\.$/, "");
  if (!text.endsWith(")")) return null;
  const at = text.lastIndexOf("(", text.length - 2);
  if (at < 0 || text.length - at > 120 || !startsSourceLine(text, at + 1)) return null;
  const m = SOURCE_LINE.exec(text.slice(at + 1, -1).trimEnd());
  return m ? { phrase: m[1]!, at } : null;
}

/** Does text at `at` open as a source line does ("Source", "Data", "Figures"), or in brackets ("(Source")? */
export function startsSourceLine(text: string, at = 0): boolean {
  const from = text.charCodeAt(at) === 40 ? at + 1 : at;
  return text.startsWith("Source", from) || text.startsWith("Data", from) || text.startsWith("Figures", from);
}

/** Might the sentence body[start, end) end with a caption's source in brackets ("… (Source: ONS)")? A cheap test. */
export function mayEndInBracketedSource(body: string, start: number, end: number): boolean {
  let close = end;
  while (close > start && (body.charCodeAt(close - 1) === 46 || isSpace(body.charCodeAt(close - 1)))) close--;
  if (body.charCodeAt(close - 1) !== 41) return false;
  const open = body.lastIndexOf("(", close - 1);
  return open >= start && close - open <= 120 && startsSourceLine(body, open + 1);
}

function leadInBefore(body: string, tableStart: number): TableSource | null {
  let end = tableStart;
  while (end > 0 && isSpace(body.charCodeAt(end - 1))) end--;
  // The line before the table; its last sentence is the lead-in.
  const lineStart = body.lastIndexOf("\n", end - 1) + 1;
  if (end - lineStart > 4 * LINE_MAX) return null;
  const line = body.slice(lineStart, end);
  // A caption over the table (an HTML table's <caption>). A "Source:" line alone over a table may
  // be the source of a table above it, and is not read as this one's.
  const caption = captionEndingInSource(line);
  if (caption) {
    if (tableEndsBefore(body, lineStart)) return null;
    return { phrase: caption.phrase, line: { start: lineStart + caption.at, end } };
  }
  // A caption that is only a source (`<caption>Source: ONS</caption>`), a paragraph of its own
  // right over the table. With a table above, it is that table's source line, not this one's.
  const alone = opensParagraph(body, lineStart) ? sourceLineAlone(line) : null;
  if (alone !== null)
    return tableEndsBefore(body, lineStart) ? null : { phrase: alone, line: { start: lineStart, end } };
  const sentence = line.slice(lastSentenceStart(line));
  if (sentence.length > LINE_MAX) return null;
  for (const lead of LEAD_INS) {
    const m = lead.exec(sentence);
    if (m) return { phrase: m[1]!, line: null };
  }
  return null;
}

/** Does the line at `lineStart` open its paragraph (the body's start, or a blank line before it)? */
function opensParagraph(body: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  // body[lineStart - 1] ends the line before; that line must hold nothing but white space.
  let k = lineStart - 1;
  while (k > 0 && body.charCodeAt(k - 1) !== 10 && isSpace(body.charCodeAt(k - 1))) k--;
  return k === 0 || body.charCodeAt(k - 1) === 10;
}

/** Where the last sentence of `line` starts: after the last ". " (or "!", "?") in it. */
function lastSentenceStart(line: string): number {
  for (let i = line.length - 2; i > 0; i--) {
    const c = line.charCodeAt(i);
    if ((c === 32 || c === 160) && /[.!?]["”’)]?$/.test(line.slice(Math.max(0, i - 2), i))) return i + 1;
  }
  return 0;
}

/** A body's head word: "Office for National Statistics", "Electoral Commission", "HM Land Registry". */
const BODY_HEAD =
  /\b(?:Office|Commission|Council|Registry|Bureau|Agency|Ministry|Department|Bank|Institute|University|Authority|Service|Survey|Statistics|Police|Trust|Foundation|Association|Federation|Board|Cent(?:re|er)|Organi[sz]ation|Fund|Inc|Ltd|plc|PLC|Group|Corporation|Treasury|Parliament|Government|Executive|Assembly|Tribunal|Court|Observatory|Unit)\b/u;
/**
 * Bodies a newsroom names by their name alone, written as the whole source: the shared one-word
 * names (SOURCE_BODY_NAMES) and the lenders and property firms only a source line is read for.
 * "Nationwide" and "Halifax" alone between a table's rows may be a scope's or a town's group of
 * rows, so the labels that name no rows do not take them.
 */
const SOURCE_NAMES_ALONE = new Set([...SOURCE_BODY_NAMES, "Kantar", "Savills", "Nationwide", "Halifax"]);
/** "the council", "the government": a body written in lowercase, and only these. */
const LOWERCASE_BODY = /^the\s+(?:council|government|police|ministry)$/i;
/** An acronym, a body's short name: "ONS", "HMRC", "NHS England"; not a country or a quarter. */
const ACRONYM = /\b(?!(?:US|USA|UK|EU|Q[1-4])\b)\p{Lu}{2,}[\p{Lu}\d]*\b/u;
/** What names a time, not a body: "Saturday's results:", "Figures from January show:", "Data: March 2025". */
const TIME_WORDS =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday|Tonight|January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|(?:1[89]|20)\d\d)\b/u;

/**
 * Is the phrase a lead-in or a source line names a body that publishes figures? A capitalised word
 * is no sign of one: "Saturday's results:", "Haaland's numbers:", "Results from Florida:", "Figures:
 * Provisional" and "Source: Guardian Analysis" name a day, a player, a place, a status and the
 * article's own work. A body shows by an acronym ("ONS"), a body's head word ("Electoral
 * Commission"), a name known as a source's ("Ofcom"), or "the council".
 */
export function namesSourceBody(phrase: string): boolean {
  const name = phrase.trim();
  if (LOWERCASE_BODY.test(name)) return true;
  if (TIME_WORDS.test(name)) return false;
  if (/^[Tt]he\s+\p{Ll}/u.test(name)) return false;
  return (
    ACRONYM.test(name) ||
    BODY_HEAD.test(name) ||
    SOURCE_NAMES_ALONE.has(name.replace(/^[Tt]he\s+/, "")) ||
    namesParliamentSource(name)
  );
}

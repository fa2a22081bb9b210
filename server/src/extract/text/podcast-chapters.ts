// A podcast's chapter list against a live blog's time-stamped entries (decision 550). Both open a
// line with a time in brackets and a title with no final mark: "(27:32) Gas turbines are sold out
// until 2030" names a stretch of an episode, "(16:45) Dow closes down 800 points as bank stocks
// slump" reports the news of a quarter to five. What tells them apart is the stamp and the lines
// around it, not the title: a chapter's stamp may be no time of day ("27:32", "1:02:10", "00:00"),
// and chapters come in a run, each stamp later than the one over it, where a live blog's entries
// stand apart with their text under them (and run newest first). A lone entry at a time of day is
// a chapter only when it asks or has no verb ("(11:40) Virginia's 40 gigawatts of requests").
// A heading over the run ("Key events", "In this episode:") settles it (decision 590).

import { AUXILIARIES } from "../analysis/lexicon.ts";
import { lineEndFrom } from "./lines.ts";
import { readsAsMatchEvent } from "./match-event-titles.ts";

/**
 * A time in brackets and a title with no final full stop, no saying or showing, no quotation and
 * no percentage (a live blog's entry carries its source or its rate: "(12:30) The minister said 40%
 * were cut.", "(14:32) Police confirm 12 dead", "(1:02:10) Inflation has fallen, data show" are
 * read; decision 515).
 */
const STAMPED_TITLE =
  /^\((\d{1,2}):(\d{2})(?::(\d{2}))?\)\s+(?![^\n]*(?:\b(?:said|says?|told|reported|according|shows?|claims?|admit(?:s|ted)?|confirm(?:s|ed)?|announce[sd]?|per ?cent)\b|%|["“”]))([^.!\n]{1,90}\??)\s*$/;

/** A stamp that opens a line: "(02:14)", "(1:02:10)". */
const LINE_STAMP = /^\((\d{1,2}):(\d{2})(?::(\d{2}))?\)/;

/**
 * A source named before a colon, then what it says: "GE Vernova: gas turbines are sold out until
 * 2030", "Fed's Powell: rates will stay high". Capitalised words (a name, not "Listener question")
 * and a lowercase clause that asks nothing ("Deep Dive: why grid costs are rising" is a chapter's).
 */
const SOURCE_BEFORE_COLON =
  /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}:\s+(?!(?:why|how|what|when|where|who)\b)\p{Ll}[^?]*$/u;
/**
 * A title that asks without its mark, after a label or not: "Why utilities are raising prices",
 * "Deep Dive: why grid costs are rising so fast".
 */
const ASKS = /^(?:[^:]{1,40}:\s+)?(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]hen|[Ww]here|[Ww]ho)\b/;
/**
 * A show's own segment, the whole title: "Closing thoughts", "Listener questions", "Key takeaways",
 * "Closing remarks and predictions". hasVerb reads the plural after its first word as a verb ("Dow
 * closes"), so on a match's clock (decision 590) these were read as claims; no match's event reads
 * so. A title that goes on ("Final questions put to the minister") is left to hasVerb.
 */
const SHOW_SEGMENT =
  /^(?:closing|final|parting|opening|key|listener|listeners'|your|quick|bonus|rapid[- ]fire|lightning)\s+(?:thoughts|remarks|questions|takeaways|predictions|picks|words|notes|recommendations)(?:\s+answered)?(?:\s*(?:,|and|&)\s*\w+)?\s*$/i;

/** Seconds from the start of the episode (or of the day) of a stamp's parts. */
function stampSeconds(m: RegExpExecArray): number {
  const a = Number(m[1]);
  const b = Number(m[2]);
  return m[3] === undefined ? a * 60 + b : a * 3600 + b * 60 + Number(m[3]);
}

/**
 * Is the stamp no time of day: hours and seconds, minutes past 23, or the episode's start? Not 60
 * minutes or more (decision 590): a chapter an hour into an episode is stamped with its hours
 * ("(1:07:12)"), so "(67:12) Kane doubles England's lead" is a match's clock, read as a time of
 * day is (a chapter in a run, or one that asks or has no verb).
 */
function isOnlyAnOffset(m: RegExpExecArray): boolean {
  if (m[3] !== undefined || stampSeconds(m) === 0) return true;
  const first = Number(m[1]);
  return first > 23 && first < 60;
}

/** A stamp of 60 minutes or more without hours: a match's clock ("(67:12)"), no chapter's. */
function isMatchClock(m: RegExpExecArray): boolean {
  return m[3] === undefined && Number(m[1]) >= 60;
}

/** The stamp opening the line from `at`, when it is one. */
function stampAt(body: string, at: number, end: number): RegExpExecArray | null {
  if (at < 0 || at >= end || body.charCodeAt(at) !== 40) return null;
  return LINE_STAMP.exec(body.slice(at, Math.min(end, at + 12)));
}

/** Is there a stamp earlier than `seconds` on the line over `start`, or a later one under `lineEnd`? */
function inAscendingRun(body: string, start: number, lineEnd: number, seconds: number): boolean {
  if (start >= 2) {
    const prevStart = body.lastIndexOf("\n", start - 2) + 1;
    const prev = stampAt(body, prevStart, start - 1);
    if (prev !== null && stampSeconds(prev) < seconds) return true;
  }
  const nextStart = lineEnd + 1;
  const next = stampAt(body, nextStart, lineEndFrom(body, nextStart));
  return next !== null && stampSeconds(next) > seconds;
}

/**
 * A live blog's heading over its list of entries ("Key events", "Key moments", "Live updates"):
 * entries at times of day, oldest first or newest first, never a podcast's chapters.
 */
const ENTRIES_HEADING = /^(?:key (?:events|moments|updates)|live updates|latest updates|timeline)\s*:?$/i;
/** A podcast's heading over its chapters ("In this episode:", "Chapters", "Timestamps"). */
const CHAPTERS_HEADING = /^(?:in this episode|in this week's episode|chapters|episode chapters|time ?stamps)\s*:?$/i;
/**
 * Is the line a run's heading, ENTRIES_HEADING or CHAPTERS_HEADING? With its colon ("Key events:")
 * the splitter runs it into the first entry, whose sentence then opens with it (decision 630).
 */
export function isStampedRunHeading(line: string): boolean {
  return ENTRIES_HEADING.test(line) || CHAPTERS_HEADING.test(line);
}

/** How many lines over a stamped line are walked through its run to find the run's heading. */
const RUN_LOOK_BACK = 16;

/** What is over a stamped line in its run: the run's heading, and whether the run opens at the episode's start. */
interface RunOver {
  heading: string;
  fromStart: boolean;
}

/**
 * The heading over the run of stamped lines that holds the line from `start` (the first line over
 * it that is neither blank nor stamped, or "" when none is near), and whether a stamp over it in
 * the run is "(00:00)". The walk passes blank lines, so a chapter list set one a paragraph finds
 * its "In this episode:" as a list set one a line does.
 */
function runOver(body: string, start: number): RunOver {
  let at = start;
  let fromStart = false;
  for (let n = 0; n < RUN_LOOK_BACK && at >= 2; n++) {
    const lineStart = body.lastIndexOf("\n", at - 2) + 1;
    const lineEnd = at - 1;
    at = lineStart;
    const stamp = stampAt(body, lineStart, lineEnd);
    if (stamp !== null) fromStart ||= stampSeconds(stamp) === 0;
    else {
      const line = body.slice(lineStart, lineEnd).trim();
      if (line !== "") return { heading: line, fromStart };
    }
  }
  return { heading: "", fromStart };
}

/** Is the stamped title of `m` one of a match's events (`readsAsMatchEvent`), asking nothing? */
function namesMatchEvent(m: RegExpExecArray): boolean {
  const title = m[4]!.trimEnd();
  return !ASKS.test(title) && readsAsMatchEvent(stampSeconds(m), m[3] !== undefined, title);
}

/** Is the line [at, end) a stamped title that names a match's event? */
function matchEventAt(body: string, at: number, end: number): boolean {
  if (at >= end || body.charCodeAt(at) !== 40) return false;
  const m = STAMPED_TITLE.exec(body.slice(at, end));
  return m !== null && namesMatchEvent(m);
}

/**
 * Is the stamped line [start, lineEnd), read as `m`, a match's event beside another: it and the
 * stamped line right over or under it both name one? A podcast's chapter list holds a footballing
 * title among others ("(09:30) Half-time verdict on Starmer's first year" under "(01:20) Welcome
 * and news"); a match's key events come one after another (review of decision 630).
 */
function inRunOfMatchEvents(body: string, start: number, lineEnd: number, m: RegExpExecArray): boolean {
  if (!namesMatchEvent(m)) return false;
  if (start >= 2) {
    const prevStart = body.lastIndexOf("\n", start - 2) + 1;
    if (matchEventAt(body, prevStart, start - 1)) return true;
  }
  const nextStart = lineEnd + 1;
  return nextStart < body.length && matchEventAt(body, nextStart, lineEndFrom(body, nextStart));
}

/** Does a title have a verb: an auxiliary, a past in -ed or a present in -s after its subject? */
function hasVerb(title: string): boolean {
  const words = title.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase().replace(/[,;:]+$/, "");
    if (AUXILIARIES.has(w)) return true;
    if (i === 0 || w.length < 4) continue;
    if (w.endsWith("ed")) return true;
    // "Dow closes", "Shares slide": an -s word after a noun, not after a figure, an article, a
    // preposition or a possessive ("40 gigawatts of requests" has none).
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !w.endsWith("’s")) {
      const before = words[i - 1]!.toLowerCase();
      if (
        !/^(?:[\d.,]+|the|a|an|of|and|or|in|on|for|to|with|by|from|at|new|more|fewer|its|their|our|his|her)$/.test(
          before,
        )
      )
        if (!/['’]s$/.test(before)) return true;
    }
  }
  return false;
}

/**
 * Is the sentence body[start, end), alone on its line body[start, lineEnd), a podcast's chapter:
 * a stamped title whose stamp is no time of day, or which stands in an ascending run of stamps, or
 * which, alone, asks or has no verb? A title with its source before a colon is a report.
 */
export function isPodcastChapterLine(body: string, start: number, end: number, lineEnd: number): boolean {
  if (body.charCodeAt(start) !== 40 || end > lineEnd + 1 || lineEnd - start > 120) return false;
  const m = STAMPED_TITLE.exec(body.slice(start, lineEnd));
  if (m === null) return false;
  const title = m[4]!.trimEnd();
  if (SOURCE_BEFORE_COLON.test(title)) return false;
  // The run's heading says what it is, past blank lines and whatever the stamps (decision 590).
  const { heading, fromStart } = runOver(body, start);
  if (ENTRIES_HEADING.test(heading)) return false;
  if (CHAPTERS_HEADING.test(heading)) return true;
  // "(12:03) Kane opens the scoring" over "(34:50) Saka doubles the lead": a match's events under
  // the hour, one beside another, unless the run opens at the episode's start (decision 630).
  if (!fromStart && inRunOfMatchEvents(body, start, lineEnd, m)) return false;
  if (isOnlyAnOffset(m)) return true;
  // A match's key events rise too, but none is at "(00:00)": a run that opens there is an
  // episode's, whose chapters past the hour may be stamped in minutes ("(62:40)").
  if ((!isMatchClock(m) || fromStart) && inAscendingRun(body, start, lineEnd, stampSeconds(m))) return true;
  return title.endsWith("?") || ASKS.test(title) || SHOW_SEGMENT.test(title) || !hasVerb(title);
}

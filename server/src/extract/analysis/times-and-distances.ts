/**
 * Durations and race distances as sport and travel copy writes them:
 * - a run of time units is one duration, in its smallest unit: "4 minutes 12 seconds" is 252
 *   seconds, "2 hours, 30 minutes" 150 minutes (two figures before);
 * - a race time with colons is a duration in seconds: "2:30.45" (a fraction of a second makes it
 *   one), "2:03:45" (hours, minutes and seconds, only after a word of racing: "in", "ran",
 *   "clocked", "a time of"; "timestamped 10:42:17 p.m." and "at 10:30:00" are times of day);
 *   "4:17" stays a time of day or a ratio (clock-times.ts);
 * - "the 100m" of a race is 100 metres, not 100 million: an "m" against the digits, with no
 *   currency, before a race's word ("800m final", "400m hurdles"; "record", "title" and "events"
 *   not before a money word such as "signing" or "fee", nor after a currency), after a verb of
 *   running, or after "the" or "a" in a sentence with a race ("Bolt ran the 100m in 9.58
 *   seconds"; "the 100m in savings" is money), with nothing counted after it.
 */
import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { isDigit, isJsSpace } from "../text/char-classes.ts";
import { qualifierAt } from "./quantity-qualifiers.ts";

const SECONDS = new Map([
  ["hour", 3600],
  ["hours", 3600],
  ["minute", 60],
  ["minutes", 60],
]);
/** The next smaller unit of a duration after one in hours or minutes: ", 30 minutes", " and 43.13 seconds". */
const DURATION_TAIL = /,?[ \u00a0]+(?:and[ \u00a0]+)?(\d{1,2}(?:\.\d+)?)[ \u00a0]?(minutes?|mins?|seconds?|secs?)\b/y;
const UNIT_NAMES: Record<string, string> = {
  minute: "minutes",
  minutes: "minutes",
  min: "minutes",
  mins: "minutes",
  second: "seconds",
  seconds: "seconds",
  sec: "seconds",
  secs: "seconds",
};

/** `q` (in hours or minutes) with the smaller units written after it, as one duration; `q` itself when none follow. */
export function withDurationTail(q: Quantity, text: string, start: number): Quantity {
  if (q.unit === null) return q;
  let inSeconds = SECONDS.get(q.unit);
  if (inSeconds === undefined) return q;
  let seconds = q.value * inSeconds;
  let end = q.end - start;
  let unit = "";
  for (let parts = 0; parts < 2; parts++) {
    DURATION_TAIL.lastIndex = end;
    const m = DURATION_TAIL.exec(text);
    if (m === null) break;
    const next = UNIT_NAMES[m[2]!.toLowerCase()]!;
    const size = next === "minutes" ? 60 : 1;
    // Smaller units only: "2 hours, 30 minutes", not "5 minutes and 2 hours".
    if (size >= inSeconds) break;
    seconds += Number(m[1]) * size;
    inSeconds = size;
    unit = next;
    end = DURATION_TAIL.lastIndex;
  }
  if (unit === "") return q;
  return {
    ...q,
    text: text.slice(q.start - start, end),
    end: start + end,
    value: Number((seconds / inSeconds).toPrecision(12)),
    unit,
  };
}

/** "2:30.45", "1:59:40.1", "2:03:45": minutes and seconds, or hours, minutes and seconds. */
const RACE_TIME = /(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(\.\d{1,3})?(?![\d:]|\.\d)/y;
/** Words before a time of day: "at 10:30:00", "until 23:59:59". */
const CLOCK_BEFORE = /\b(?:at|by|until|till|from|before|after|since|around|about|to)[ \u00a0]+$/i;

/**
 * Before a race time with no fraction of a second, a word of racing: "in 2:03:45", "ran 1:59:40",
 * "clocked", "a time of". Without one, "timestamped 10:42:17", "logged 02:13:44" and "departs
 * 06:45:00" are times of day.
 */
const RACE_TIME_LEAD =
  /\b(?:in|ran|run|runs|clocked|clocking|finished|won|timed|time[ \u00a0]+of|record[ \u00a0]+of|best[ \u00a0]+of)[ \u00a0]+$/i;
/** After a time, a sign of a time of day: "10:42:17 p.m.", "11:42:15 local time", "19:45:00 GMT". */
const CLOCK_AFTER = /^[ \u00a0]*(?:[ap]\.?m\b|GMT|UTC|BST|CET|local|ET|EST|EDT|PT|PST|PDT)/i;

/** Does a colon follow the one or two digits at `at`? A cheap test before RACE_TIME. */
function colonAfterDigits(text: string, at: number): boolean {
  return text.charCodeAt(at + 1) === 58 || (isDigit(text.charCodeAt(at + 1)) && text.charCodeAt(at + 2) === 58);
}

/** Adds the race time at `at` as a duration in seconds and returns where it ends, or 0 when none stands there. */
export function raceTimeAt(text: string, start: number, at: number, out: Quantity[]): number {
  if (!colonAfterDigits(text, at) || (at > 0 && (isDigit(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 58)))
    return 0;
  RACE_TIME.lastIndex = at;
  const m = RACE_TIME.exec(text);
  if (m === null) return 0;
  const fraction = m[4] !== undefined;
  if (
    !fraction &&
    (m[3] === undefined ||
      CLOCK_BEFORE.test(text.slice(Math.max(0, at - 8), at)) ||
      !RACE_TIME_LEAD.test(text.slice(Math.max(0, at - 16), at)))
  )
    return 0;
  const end = at + m[0].length;
  if (CLOCK_AFTER.test(text.slice(end, end + 8))) return 0;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const whole = m[3] === undefined ? first * 60 + second : first * 3600 + second * 60 + Number(m[3]);
  const seconds = whole + (fraction ? Number(m[4]) : 0);
  out.push({
    text: m[0],
    start: start + at,
    end: start + at + m[0].length,
    value: Number(seconds.toPrecision(12)),
    unit: "seconds",
    qualifier: null,
  });
  return at + m[0].length;
}

/** Words of a race after its distance: "800m final", "400m hurdles", "100m freestyle". */
const RACE_WORDS = new Set(
  "final finals heat heats semifinal semi-final race races event events hurdles freestyle backstroke breaststroke butterfly medley sprint dash relay steeplechase title titles record records gold silver bronze".split(
    " ",
  ),
);
/**
 * Race words that are money words as often in transfer and sponsorship copy: "an 80m record
 * signing", "a 5m title sponsorship fee", "a 2m events budget".
 */
const MONEY_OR_RACE_WORDS = new Set("title titles record records event events".split(" "));
/** After "record", "title" or "events": money, not a race ("record signing", "title sponsorship"). */
const MONEY_AFTER =
  /^[ \u00a0]+(?:fee|fees|signing|signings|deal|deals|sponsor|sponsorship|sponsors|budget|budgets|bid|bids|transfer|contract|funding|fund|payment|prize)\b/i;
/** A currency earlier in the text: the figure repeats a sum ("£50m for schools. Of the 50m, ..."). */
const CURRENCY_BEFORE = /[£$€¥₹]|\b(?:pounds?|dollars?|euros?|GBP|USD|EUR)\b/i;
/** Before a race's distance: "ran 100m", "swam 400m" (not "won 100m in prize money"). */
const RACE_VERB_LEAD = /\b(?:ran|run|runs|running|swam|swim|swims|sprinted)[ \u00a0]+$/i;
/** "the 100m", "a 400m": a race's distance only with a race in the sentence (below); "the 100m in savings" is money. */
const ARTICLE_LEAD = /\b(?:the|a)[ \u00a0]+$/i;
/** A race in the sentence: a verb of running or swimming, a race word or a time in seconds ("in 9.58"). */
const RACE_CONTEXT =
  /\b(?:ran|run|runs|running|raced?|races|swam|swim|swims|swimming|sprint(?:s|ed|er|ers)?|athletics|athletes?|olympics?|hurdles|relay|heats?|final|freestyle|medal(?:s|list)?|seconds|set a record)\b|\b\d{1,2}\.\d\d\b|\b\d:\d\d\b/i;
const RUPEES_BEFORE = /\bRs\.?[ \u00a0]?$/;

/**
 * Adds "100m" at `at` as 100 metres when it is a race's distance (see the file comment) and
 * returns where it ends, or 0. `m` is the quantity regex's match, with "m" as its multiplier;
 * `countsNothing` holds the words after a figure that count nothing ("in", "and").
 */
export function raceDistanceAt(
  m: RegExpExecArray,
  text: string,
  start: number,
  at: number,
  out: Quantity[],
  countsNothing: ReadonlySet<string>,
): number {
  const num = m[3]!;
  const numEnd = at + m[0].indexOf(num, m[1]?.length ?? 0) + num.length;
  if (text.charCodeAt(numEnd) !== 109 || !isDigit(num.charCodeAt(0))) return 0;
  const noun = m[6]?.toLowerCase();
  const before = text.slice(Math.max(0, at - 12), at);
  if (RUPEES_BEFORE.test(before)) return 0;
  const end = numEnd + 1;
  const race =
    (noun !== undefined &&
      RACE_WORDS.has(noun) &&
      !(MONEY_OR_RACE_WORDS.has(noun) && moneyAround(text, at, at + m[0].length))) ||
    ((noun === undefined || countsNothing.has(noun)) &&
      (RACE_VERB_LEAD.test(before) || (ARTICLE_LEAD.test(before) && RACE_CONTEXT.test(sentenceAround(text, at, end)))));
  if (!race) return 0;
  out.push({
    text: text.slice(at, end),
    start: start + at,
    end: start + end,
    value: Number(num.replace(/,/g, "")),
    unit: "m",
    qualifier: qualifierAt(m[1], text, at),
  });
  return end;
}

/** Is "80m record" money: a money word after the race word, or a currency earlier in the text? */
function moneyAround(text: string, at: number, nounEnd: number): boolean {
  return (
    MONEY_AFTER.test(text.slice(nounEnd, nounEnd + 16)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, at - 400), at))
  );
}

/** The sentence around [at, end): from the last stop before to the next one after ("9.58" holds no stop), within 200 characters each way. */
function sentenceAround(text: string, at: number, end: number): string {
  let from = at;
  while (from > 0 && at - from < 200 && !stopAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < 200 && !stopAt(text, to)) to++;
  return text.slice(from, at) + " " + text.slice(end, to);
}

/** Does a sentence end at `i`: ".", "!" or "?" followed by a space or the end? */
function stopAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isJsSpace(text.charCodeAt(i + 1)));
}

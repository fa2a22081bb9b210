import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { labelPart, ordinalPart, ORDINAL_PART, PART_LABEL } from "./quarters-and-halves.ts";
import { seasonYear, weekPeriod } from "./weeks-and-seasons.ts";
import { genericWeekday } from "./generic-weekday.ts";
import { weekdayRecursAfterPlural } from "./recurring-weekday.ts";
import { withoutWeekdayOfItsDate } from "./weekday-with-its-date.ts";
import { withDaysListedBefore } from "./days-before-a-month.ts";
import { defineGate, definePrefixGate, DIGIT, FOUR_DIGITS, gateBits, gated } from "./word-gates.ts";
import { MONTHS_THAT_ARE_NAMES, trustHeldIn } from "./someone-after-in.ts";

const MONTHS: readonly string[] = MONTH_NAMES;
export const MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** `WEEKDAYS` as a set, for one look-up of a lowercase word. */
export const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
/** A day said in one word, told from the date the text was written. */
export const DAYS_SAID_IN_A_WORD = ["today", "tonight", "yesterday", "tomorrow"];

export const MONTH_NAME =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
// Words one of which every match contains (see word-gates.ts); `needs` lists the gates a
// pattern requires, all of them.
const MONTH_GATE = definePrefixGate([...MONTHS, ...MONTH_ABBR, "sept"]);
const WEEKDAY_GATE = defineGate(WEEKDAYS);
const DEICTIC_GATE = defineGate([...DAYS_SAID_IN_A_WORD, "morning", "afternoon", "evening"]);
const RELYEAR_GATE = defineGate(["year", "month"]);
const AGO_GATE = defineGate(["ago"]);
const WEEK_GATE = defineGate(["week"]);
const SEASON_GATE = defineGate(["spring", "summer", "fall", "autumn"]);
// Quarters and halves: in "Q3" and "H1 2025" the letter is a run of its own.
const PART_GATE = defineGate(["quarter", "half", "q", "h"]);
/** Patterns whose resolution depends on the tense of the claim. */
export const TENSE_DEPENDENT_DATES = MONTH_GATE | WEEKDAY_GATE | PART_GATE;

const DATE_PATTERNS: {
  re: RegExp;
  kind:
    | "iso"
    | "mdy"
    | "dmy"
    | "month"
    | "weekday"
    | "deictic"
    | "year"
    | "relyear"
    | "ago"
    | "week"
    | "season"
    | "part"
    | "label";
  needs: number;
}[] = [
  // First, so a quarter's year ("second quarter of 2025") is not read as the year alone.
  { re: ORDINAL_PART, kind: "part", needs: PART_GATE },
  { re: PART_LABEL, kind: "label", needs: PART_GATE | DIGIT },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, kind: "iso", needs: FOUR_DIGITS },
  {
    // Not before a decimal's point or a thousands' comma: "March 3.2 3.8" (a month's row label over
    // its figures) and "in March 3,000 jobs went" hold no 3 March.
    re: new RegExp(
      `\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\.\\d|,\\d{3}(?!\\d))(?:,?\\s+(\\d{4})\\b)?`,
      "g",
    ),
    kind: "mdy",
    needs: MONTH_GATE | DIGIT,
  },
  {
    // The month is a whole word: "Liverpool 3 Marseille 1" and "3 Augsburg fans" hold no "3 Mar"
    // or "3 Aug" (decision 585).
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?![\\p{L}])(?:,?\\s+(\\d{4})\\b)?`, "gu"),
    kind: "dmy",
    needs: MONTH_GATE | DIGIT,
  },
  {
    re: new RegExp(`\\b${MONTH_NAME}(?:\\s+(?:of\\s+)?(\\d{4}))?(?![\\p{L}])`, "gu"),
    kind: "month",
    needs: MONTH_GATE,
  },
  {
    re: /\b(?:(last|next|this|on|early|late)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(morning|afternoon|evening|night))?(?:\s+(last|next) week)?\b/g,
    kind: "weekday",
    needs: WEEKDAY_GATE,
  },
  {
    re: /\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b/gi,
    kind: "deictic",
    needs: DEICTIC_GATE,
  },
  { re: /\b(last|this|next|previous) (year|month)\b/gi, kind: "relyear", needs: RELYEAR_GATE },
  // "the past week": the seven days to the publication (see weekPeriod).
  { re: /\b(last|this|next|previous|past) week\b/gi, kind: "week", needs: WEEK_GATE },
  { re: /\b(last|this|next) (spring|summer|fall|autumn)\b/gi, kind: "season", needs: SEASON_GATE },
  {
    // Not after a hyphen: "twenty-two months ago" is read whole, never as "two months ago".
    re: /(?<!-)\b(\d{1,3}|a hundred|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days?|months?|years?) ago\b/gi,
    kind: "ago",
    needs: AGO_GATE,
  },
  {
    // "by 2100": a year of the next century after a preposition too; "as early as 2035" too. A
    // season before a year gives the year: "due to begin in spring 2027".
    re: /\b(?:in|spring|summer|autumn|fall|winter|as of|as (?:early|late|soon) as|since(?: at least)?|by|until|from|during|of|to|before|after|throughout|early|late|mid-?|between|(?<=\b(?:between|in)\s+(?:1[89]|20|21)\d\d\s+)and)\s+((?:1[89]|20|21)\d\d)\b/gi,
    kind: "year",
    needs: FOUR_DIGITS,
  },
  {
    // "a 1997 law", "the 2019 elections": a year before the noun it dates (not "the 2000 people":
    // a plural other than an event's is counted; nor a block, a unit or a rate). Its own regex:
    // in one with the prepositions above it made every position try both.
    re: /\b((?:19|20)\d\d)(?<=\b(?:a|an|the|its|their|his|her)\s\d{4})(?=\s+(?!(?:people|men|women|children|staff|police|cattle|block|mile|miles|km|kilometre|kilometer|metre|meter|foot|feet|yard|acre|hectare|tonne|ton|pound|kg|per|percent|square|cubic|strong)\b)(?:[a-z]+[^s\W]|elections|games|olympics|riots|floods|protests|talks|accords)\b)/gi,
    kind: "year",
    needs: FOUR_DIGITS,
  },
];
for (const p of DATE_PATTERNS) gated(p.re, p.needs);
/** A text with none of these bits cannot hold a date: each pattern needs at least one of them. */
const ANY_DATE_BITS = DATE_PATTERNS.reduce((bits, p) => bits | p.needs, 0);

/** Can text with these word gates hold a date at all? */
export function mayHoldDate(bits: number): boolean {
  return (bits & ANY_DATE_BITS) !== 0;
}

const MONTH_LEAD = /\b(?:in|since|by|until|till|from|through|early|late|mid-?|last|next|this|of|during)\s+$/i;
/**
 * "before May" is the month where no lowercase word follows ("did not expect a ruling before
 * May"), but the person in "before May took over".
 */
const BEFORE_LEAD = /\bbefore\s+$/i;
/** "in the 12 months to May", "the year to May": the month a period ends in (not "spoke to May"). */
const PERIOD_TO_LEAD = /\b(?:months?|year|quarter|weeks?|period)\s+to\s+$/i;
/** "Monday and Friday last week": a second weekday whose week the first one shares. */
const SHARED_WEEK_AFTER =
  /^\s+(?:and|or|to|through|until|till|[-–])\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:morning|afternoon|evening|night))?\s+(last|next)\s+week\b/;
const LOWERCASE_WORD_NEXT = /^\s+[a-z]/;
/**
 * "at the board's next meeting in December", "its next hearing on Friday": "next" before the
 * noun the date belongs to puts the date ahead, whatever the verb's tense. "next to" is a place,
 * and "the next day on Tuesday" counts from a day of the story, not from the publication.
 */
const NEXT_BEFORE_NOUN =
  /\bnext\s+(?!(?:to|day|morning|afternoon|evening|night|week|month|year|time)\b)(?:[\p{L}’'-]+\s+){1,3}(?:(?:in|on)\s+)?$/iu;
const NEXT_WORD = /next/i;

/** NEXT_BEFORE_NOUN over the 48 chars before `at`; most dates have no "next" near them at all. */
function nextBeforeNoun(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 48), at);
  return NEXT_WORD.test(before) && NEXT_BEFORE_NOUN.test(before);
}

/**
 * A month standing as a noun's modifier after a determiner or a possessive: "the previous June
 * high", "Seville's June record", "the June quarter". The word after it must not be one that
 * makes the month a head noun or a subject ("the hottest June on record", "the June that …").
 */
const BEFORE_MODIFIER_MONTH = /\b(?:the|a|an|its|their|his|her|our|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+)?$/iu;
const AFTER_MODIFIER_MONTH =
  /^\s+(?!(?:of|on|in|at|for|from|to|since|than|and|or|as|when|that|which|was|is|were|has|had|will|ever|before|after|by|with|saw|brought)\b)[a-z]/;

const pad = (n: number): string => String(n).padStart(2, "0");
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

const COUNT_WORDS = [
  "a",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** 3 for "3" or "three", 1 for "a"/"an"/"one", 22 for "twenty-two". */
function countWord(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const [first, second] = word.toLowerCase().split("-") as [string, string | undefined];
  const tens = TENS.indexOf(first);
  if (tens >= 0) return 20 + 10 * tens + (second ? COUNT_WORDS.indexOf(second) : 0);
  if (first === "an") return 1;
  if (first === "a hundred") return 100;
  const i = COUNT_WORDS.indexOf(first);
  return i < 0 ? null : Math.max(1, i);
}

/** 0 for "January" or "jan.", 11 for "December", -1 for no month. */
export function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.indexOf(n);
  return full >= 0 ? full : MONTH_ABBR.indexOf(n.slice(0, 3));
}

/** Is the month that is a name, text[at, end), the person trusted after "had faith in"? */
function personTrustedIn(text: string, at: number, end: number, month: string): boolean {
  // Cheap first: "in " right before, then the four months that are names.
  return text.startsWith("in ", at - 3) && MONTHS_THAT_ARE_NAMES.has(month.toLowerCase()) && trustHeldIn(text, at, end);
}

/**
 * Is "May" at text[at] the month? Alone it is too often the modal verb (or a name) to trust,
 * unless a preposition puts it in time ("in May", "by May", "before May").
 */
function mayIsMonth(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 8), at);
  if (MONTH_LEAD.test(lead) || PERIOD_TO_LEAD.test(text.slice(Math.max(0, at - 12), at))) return true;
  return BEFORE_LEAD.test(lead) && !LOWERCASE_WORD_NEXT.test(text.slice(at + 3, at + 6));
}

/** Year of a month mentioned without one: the nearest occurrence in the direction of the tense. */
function yearForMonth(month: number, pub: Date | null, future: boolean): number | null {
  if (!pub) return null;
  const y = pub.getUTCFullYear();
  const pm = pub.getUTCMonth();
  if (future) return month < pm ? y + 1 : y;
  return month > pm ? y - 1 : y;
}

/** Two lists of disjoint spans, each in text order, as one list in text order. */
function mergedInOrder(a: readonly [number, number][], b: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && a[i]![0] < b[j]![0]) ? a[i++]! : b[j++]!);
  return out;
}

// The publication date of the latest call, parsed once: every claim of an article asks for it.
let parsedFor: string | null = null;
let parsed: Date | null = null;

/** publishedOn as a Date (read only by the resolver), or null. */
function publicationDate(publishedOn: string | null): Date | null {
  if (!publishedOn) return null;
  if (publishedOn !== parsedFor) {
    parsed = new Date(`${publishedOn}T00:00:00Z`);
    parsedFor = publishedOn;
  }
  return parsed;
}

/**
 * Finds dates in body[start, end) and resolves relative ones against the publication date.
 * `future` (the claim's tense, or a reader of the tense at a body offset) decides whether a bare
 * weekday or month points forward or back.
 */
export function findDates(
  body: string,
  start: number,
  end: number,
  publishedOn: string | null,
  future: boolean | ((at: number) => boolean),
  bits = gateBits(body, start, end),
): ResolvedDate[] {
  if (!(bits & ANY_DATE_BITS)) return [];
  const text = body.slice(start, end);
  const pub = publicationDate(publishedOn);
  // The spans earlier patterns took, in text order and disjoint: each pattern's matches come in
  // text order too, so one pointer walks them (a claim with thousands of dates stays linear).
  let taken: [number, number][] = [];
  const out: ResolvedDate[] = [];
  // A bare month that modifies a noun ("the previous June high"), dropped when the span dates its
  // event with "in <year>": "The previous June high was 45.2C, measured in Seville in 1965" is no
  // June of this year. A year that only bounds a comparison ("the highest since 2008", "rose 4%
  // from 2024") leaves "the June figure" this year's.
  let modifierMonth: ResolvedDate | null = null;
  for (const { re, kind, needs } of DATE_PATTERNS) {
    if ((bits & needs) !== needs) continue;
    re.lastIndex = 0;
    const added: [number, number][] = [];
    let k = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      while (k < taken.length && taken[k]![1] <= s) k++;
      if (k < taken.length && taken[k]![0] < e) continue;
      const ahead =
        TENSE_KINDS.has(kind) && nextBeforeNoun(text, s)
          ? true
          : typeof future === "boolean"
            ? future
            : future(start + s);
      const r = resolve(kind, m, pub, ahead);
      if (!r) continue;
      added.push([s, e]);
      const date = { text: m[0], start: start + s, end: start + e, ...r };
      out.push(date);
      if (kind === "month" && !m[2] && modifierMonth === null && isModifierMonth(text, s, e)) modifierMonth = date;
    }
    if (added.length > 0) taken = mergedInOrder(taken, added);
  }
  if (modifierMonth && out.some((d) => d.granularity === "year" && !d.relative && /^in\s/i.test(d.text)))
    out.splice(out.indexOf(modifierMonth), 1);
  out.sort((a, b) => a.start - b.start);
  // "on 4 and 5 July": the days listed before the date are dates of its month.
  if (out.length > 0 && bits & DIGIT) withDaysListedBefore(out, body, start);
  return out.length > 1
    ? withRangesInOrder(
        withoutWeekdayOfItsDate(withoutWeekdayOfMonth(withPreviousResolved(out), body), body),
        body,
        pub === null ? null : isoDay(pub),
      )
    : out;
}

const WEEKDAY_AS_KIND =
  /^[ \u00a0]+(?:hours|shifts|opening|editions?|papers?|league|closures?|rota|roast|timetables?|working)\b/;

/** "spent Sunday working …", "spending Saturday working": a day spent, not a kind of work. */
const SPENT_BEFORE = /\b(?:spen[dt]s?|spending|passed)[ \u00a0]+$/i;

/** "from Monday through Friday", "between November and February": the two ends of a range. */
const RANGE_JOIN = /^[ \u00a0]*(?:through|thru|until|till|to|and|[-–])[ \u00a0]*$/i;
const RANGE_OPENS = /\b(?:from|between)[ \u00a0]+$/i;

/** "Thursday morning in late August": a weekday the month after it places, not the publication's week. */
const WEEKDAY_IN_MONTH =
  /^(?:[ \u00a0]+(?:morning|afternoon|evening|night))?[ \u00a0]+in[ \u00a0]+(?:(?:early|late|mid)[ \u00a0-]+)?$/i;

/**
 * Drops a weekday resolved against the publication's week when the month it falls in follows
 * ("On a grey Thursday morning in late August", published in September): which Thursday is not
 * said, and the month is. `dates` are in text order.
 */
function withoutWeekdayOfMonth(dates: ResolvedDate[], body: string): ResolvedDate[] {
  for (let i = dates.length - 2; i >= 0; i--) {
    const day = dates[i]!;
    const month = dates[i + 1]!;
    if (
      day.relative &&
      day.granularity === "day" &&
      month.granularity === "month" &&
      month.start - day.end <= 30 &&
      WEEKDAY_IN_MONTH.test(body.slice(day.end, month.start))
    )
      dates.splice(i, 1);
  }
  return dates;
}

/**
 * A range's end lies after its start: "will run from Monday through Friday" (published on a
 * Wednesday) ends on the Friday after that Monday, "from November to February" in the next year.
 * Only relative ends move, a week or a year on. `dates` are in text order.
 */
function withRangesInOrder(dates: ResolvedDate[], body: string, pubDay: string | null): ResolvedDate[] {
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1]!;
    const b = dates[i]!;
    if (!b.relative || a.granularity !== b.granularity || b.value >= a.value) continue;
    if (a.granularity !== "day" && a.granularity !== "month") continue;
    if (
      !RANGE_JOIN.test(body.slice(a.end, b.start)) ||
      !RANGE_OPENS.test(body.slice(Math.max(0, a.start - 10), a.start))
    )
      continue;
    // A weekday comes round again a week later ("from Friday through Monday").
    if (a.granularity === "day" && !HAS_DIGIT.test(b.text)) {
      dates[i] = { ...b, value: daysLater(b.value, 7) };
      continue;
    }
    // A calendar day or month: the end a year later ("from November through February"), or the
    // start a year earlier when that range holds the publication date ("The sale runs from May 28
    // through June 19", published June 12: this May, not next).
    const laterEnd = { ...b, value: yearsOn(b.value, 1) };
    const earlierStart = { ...a, value: yearsOn(a.value, -1) };
    if (a.relative && pubDay !== null && distanceFrom(pubDay, earlierStart.value, b.value) === 0)
      dates[i - 1] = earlierStart;
    else dates[i] = laterEnd;
  }
  return dates;
}

const HAS_DIGIT = /\d/;

/** "2025-06" a year on is "2026-06"; works for days and months. */
function yearsOn(value: string, years: number): string {
  return `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
}

/** How far the day `pub` (YYYY-MM-DD) lies outside the range [from, to] of days or months: 0 inside. */
function distanceFrom(pub: string, from: string, to: string): number {
  const start = Date.parse(from.length === 7 ? `${from}-01` : from);
  const end = Date.parse(to.length === 7 ? `${to}-28` : to);
  const at = Date.parse(pub);
  return at < start ? start - at : at > end ? at - end : 0;
}

/** "2025-07-11" seven days on is "2025-07-18". */
export function daysLater(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000));
}

/**
 * "3.6 per cent in June, from 3.4 per cent the previous month": "the previous month" (or year)
 * is the one before the month (or year) the claim named before it, not before the publication's
 * as "last month" is. `dates` are in text order.
 */
function withPreviousResolved(dates: ResolvedDate[]): ResolvedDate[] {
  // One pass: the latest month and year named so far, so a claim with many dates stays linear.
  let month: ResolvedDate | null = null;
  let year: ResolvedDate | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    // "Sales rose in June, from the previous week": the week before one the claim named, which
    // no week of the publication's is. Left out.
    if (i > 0 && PREVIOUS_WEEK.test(d.text)) {
      dates.splice(i--, 1);
      continue;
    }
    const previous = /^previous (?:month|year)$/i.test(d.text);
    if (!previous) {
      // "shrank in the second quarter of 2022 and grew in the third quarter": a quarter or half
      // without its year takes the year the claim named before it, not the publication's.
      if (d.relative && d.granularity === "year" && d.firstDay !== undefined && PART_OF_YEAR.test(d.text)) {
        if (year !== null && year.value !== d.value) dates[i] = inYear(d, year.value);
        continue;
      }
      if (d.granularity === "month") month = d;
      else if (d.granularity === "year") year = d;
      continue;
    }
    const named = d.granularity === "month" ? month : d.granularity === "year" ? year : null;
    if (named === null) continue;
    const value = d.granularity === "year" ? String(Number(named.value) - 1) : monthBefore(named.value);
    dates[i] = { ...d, value };
  }
  return dates;
}

const PREVIOUS_WEEK = /^previous week$/i;
/** The text of a quarter or half of a year: "third quarter", "Q3", "first half". */
const PART_OF_YEAR = /quarter|half|\b[QH][1-4]\b/i;

/** A quarter or half moved to `year`, its days with it. */
function inYear(d: ResolvedDate, year: string): ResolvedDate {
  return { ...d, value: year, firstDay: year + d.firstDay!.slice(4), lastDay: year + d.lastDay!.slice(4) };
}

/** "2025-06" → "2025-05", "2025-01" → "2024-12". */
function monthBefore(month: string): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The kinds whose value depends on the tense: a day or month without a year, a weekday. */
const TENSE_KINDS = new Set(["mdy", "dmy", "month", "weekday", "part", "label"]);

/** Is the bare month text[s, e) a noun's modifier ("the June high")? */
function isModifierMonth(text: string, s: number, e: number): boolean {
  const before = text.slice(Math.max(0, s - 32), s);
  return (
    !MONTH_LEAD.test(before) && BEFORE_MODIFIER_MONTH.test(before) && AFTER_MODIFIER_MONTH.test(text.slice(e, e + 16))
  );
}

type Resolution = Pick<ResolvedDate, "value" | "granularity" | "relative" | "firstDay" | "lastDay">;

const SHORT_MONTH_AS_NAME = /^(?:Jan|Dec|Mar|Jun)$/;
const NAME_NEXT = /^[ \u00a0]\p{Lu}/u;

/** "August of last year", "March 3 next year": the year said in words right after the date. */
const YEAR_IN_WORDS_AFTER = /^,?[ \u00a0]+(?:of[ \u00a0]+)?(last|this|next)[ \u00a0]+year\b(?!['’])/i;
const YEAR_STEPS: Record<string, number> = { last: -1, this: 0, next: 1 };
/** "since March 14", "results since April": a start that lies behind, whatever the tense. */
const SINCE_BEFORE = /\bsince[ \u00a0]+$/i;

/** The year of a month or day written without one, read from the words around it or the tense. */
/** "last " or "next " right before a month. */
const LAST_OR_NEXT_BEFORE = /\b(last|next)\s+$/i;

function yearForUnwrittenYear(m: RegExpExecArray, month: number, pub: Date | null, future: boolean): number | null {
  const end = m.index + m[0].length;
  const words = YEAR_IN_WORDS_AFTER.exec(m.input.slice(end, end + 24));
  if (words && pub) return pub.getUTCFullYear() + YEAR_STEPS[words[1]!.toLowerCase()]!;
  // "Last July", "next March": the nearest such month before or after the publication's own month.
  const step = pub ? LAST_OR_NEXT_BEFORE.exec(m.input.slice(Math.max(0, m.index - 5), m.index)) : null;
  if (step && pub) {
    const year = pub.getUTCFullYear();
    const current = pub.getUTCMonth();
    if (step[1]!.toLowerCase() === "last") return month < current ? year : year - 1;
    return month > current ? year : year + 1;
  }
  const since = future && SINCE_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index));
  return yearForMonth(month, pub, future && !since);
}

/** A lowercase word after "and 2000": the number counts it ("2000 votes"). */
const AFTER_SECOND_YEAR_COUNTS = /^ \p{Ll}/u;
const IN_YEAR_BEFORE = /\bin\s+\d{4}\s+$/;
/**
 * "by 2024 standards" (decision 1085): the year is a yardstick the figure is judged by, not a
 * deadline nor the time of the claim. Only where "standards" ends its phrase: a stop or the end
 * after it, or an article that opens the clause ("By 1950 standards the 4% growth was fast").
 * Anything else makes "standards" the subject after a deadline with no comma ("By 2030 standards
 * in schools will be judged …", "By 2030 standards need to rise", "By 2030 standards bodies will
 * …", "standards-setting"; decision 1085's review), as "By 2024, standards will rise" keeps it.
 */
const STANDARDS_AFTER_YEAR = /^\s+standards(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:the|a|an)\s)/i;

function resolve(kind: string, m: RegExpExecArray, pub: Date | null, future: boolean): Resolution | null {
  switch (kind) {
    case "iso": {
      const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? null : { value: isoDay(d), granularity: "day", relative: false };
    }
    case "mdy":
    case "dmy": {
      const month = monthIndex(kind === "mdy" ? m[1]! : m[2]!);
      const day = Number(kind === "mdy" ? m[2] : m[1]);
      if (month < 0 || day < 1 || day > 31) return null;
      const year = m[3] ? Number(m[3]) : yearForUnwrittenYear(m, month, pub, future);
      if (year === null) return null;
      return { value: `${year}-${pad(month + 1)}-${pad(day)}`, granularity: "day", relative: !m[3] };
    }
    case "month": {
      const month = monthIndex(m[1]!);
      if (month < 0 || (m[1] === "May" && !m[2] && !mayIsMonth(m.input, m.index))) return null;
      // "Jane Hollis had faith in May": the person trusted, no month (decision 905).
      if (!m[2] && personTrustedIn(m.input, m.index, m.index + m[0].length, m[1]!)) return null;
      // "Jan Berg said": a short month before a capitalised word is a given name.
      if (
        !m[2] &&
        SHORT_MONTH_AS_NAME.test(m[1]!) &&
        NAME_NEXT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))
      )
        return null;
      const year = m[2] ? Number(m[2]) : yearForUnwrittenYear(m, month, pub, future);
      if (year === null) return null;
      return { value: `${year}-${pad(month + 1)}`, granularity: "month", relative: !m[2] };
    }
    case "weekday": {
      // "Sunday hours", "Saturday trading": the day names a kind of thing, not a date.
      if (
        !pub ||
        // Not after "on" or "last": "On Sunday services resumed" is a day.
        (!m[1] &&
          !m[3] &&
          !m[4] &&
          ((WEEKDAY_AS_KIND.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12)) &&
            // "Firefighters spent Sunday working to contain the blaze": that Sunday.
            !SPENT_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index))) ||
            // "The busiest day is Monday", "Saturday is market day": what is usual, no date.
            genericWeekday(m.input, m.index, m.index + m[0].length) ||
            // "140 fewer trains on Sundays, … losing their Sunday service": every Sunday's.
            weekdayRecursAfterPlural(m.input, m.index, m.index + m[0].length, m[2]!)))
      )
        return null;
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const today = pub.getUTCDay();
      const modifier = (m[1] ?? "").toLowerCase();
      let delta: number;
      // "on Monday last week", "Friday next week": that day of the week before or after the
      // publication's (weeks run Monday to Sunday); "between Monday and Friday last week" puts
      // both days in it.
      const week =
        m[4] ?? SHARED_WEEK_AFTER.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 48))?.[1];
      if (week) delta = ((target + 6) % 7) - ((today + 6) % 7) + (week === "last" ? -7 : 7);
      // "next Thursday" is that day of next week, as "Thursday next week" is: written on a
      // Wednesday it is eight days on, not the next day, which copy calls "Thursday" (a bare
      // weekday is the coming one) or "tomorrow". A day already past this week comes next week
      // either way.
      else if (modifier === "next") delta = ((target + 6) % 7) - ((today + 6) % 7) + 7;
      else if (modifier === "last") delta = -((today - target + 7) % 7 || 7);
      else if (future) delta = (target - today + 7) % 7;
      else delta = -((today - target + 7) % 7);
      return { value: isoDay(new Date(pub.getTime() + delta * 86400000)), granularity: "day", relative: true };
    }
    case "deictic": {
      if (!pub) return null;
      const w = m[1]!.toLowerCase();
      const delta = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      return { value: isoDay(new Date(pub.getTime() + delta * 86400000)), granularity: "day", relative: true };
    }
    case "relyear": {
      if (!pub) return null;
      const dir = /last|previous/i.test(m[1]!) ? -1 : /next/i.test(m[1]!) ? 1 : 0;
      if (/year/i.test(m[2]!))
        return { value: String(pub.getUTCFullYear() + dir), granularity: "year", relative: true };
      const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + dir, 1));
      return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, granularity: "month", relative: true };
    }
    case "year":
      // "in 2021 and 2022": a second year after "in"; not a count ("in 2019 and 2000 votes were cast").
      if (
        m[0].charCodeAt(0) === 97 &&
        AFTER_SECOND_YEAR_COUNTS.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
        IN_YEAR_BEFORE.test(m.input.slice(Math.max(0, m.index - 9), m.index))
      )
        return null;
      // Asked only after "by" (its "b" and "y" the cheap test; not "Before 2024 standards
      // changed", a time): the yardstick's year is no date.
      if (
        (m[0].charCodeAt(0) | 32) === 98 &&
        (m[0].charCodeAt(1) | 32) === 121 &&
        STANDARDS_AFTER_YEAR.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))
      )
        return null;
      return { value: m[1]!, granularity: "year", relative: false };
    case "week":
      return pub && weekPeriod(m[1]!, pub);
    case "part":
      return ordinalPart(m, pub, future);
    case "label":
      return labelPart(m, pub, future);
    case "season": {
      const year = pub && seasonYear(m[1]!, m[2]!, pub);
      return year ? { value: year, granularity: "year", relative: true } : null;
    }
    case "ago": {
      // "three days ago", "two months ago", "a year ago": counted back from the publication date.
      const n = countWord(m[1]!);
      if (!pub || n === null) return null;
      const unit = m[2]!.toLowerCase();
      if (unit.startsWith("day"))
        return { value: isoDay(new Date(pub.getTime() - n * 86400000)), granularity: "day", relative: true };
      if (unit.startsWith("year"))
        return { value: String(pub.getUTCFullYear() - n), granularity: "year", relative: true };
      const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - n, 1));
      return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, granularity: "month", relative: true };
    }
    default:
      return null;
  }
}

/**
 * Quarters and halves of a year, as results and economic copy writes them: "the second quarter
 * of 2025", "the first half of the year", "Q3", "Q4 2024", "the third quarter". A quarter is no
 * day, month or year, the grains a resolved date has: it is given as its year with its first and
 * last day (see `firstDay` in the claim schema), so a reader of the grain alone learns the year,
 * which is true, and never a narrower date than the article gave.
 *
 * Left alone: a quarter without a year in a sentence with no word of economic results (a game's,
 * "had 20 points in the fourth quarter", or a school term's), a quarter of a game ("scored 40 points in the third quarter"), of a century or a
 * city ("the first quarter of the century", "the French Quarter"), a fiscal quarter (a company's
 * year need not start in January), a model's name ("the Audi Q3"), and a half without a year or
 * "H1" alone outside results copy (a game's half as often as a year's), read as a quarter is.
 */
import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { mayNameSport } from "./large-pattern-gates.ts";

/** "second quarter of 2025", "first half of the year", "third quarter", "fourth-quarter". */
export const ORDINAL_PART =
  /\b(first|second|third|fourth|final|1st|2nd|3rd|4th)[- \u00a0](quarter|half)(?![\p{L}-])(?:[ \u00a0]+of[ \u00a0]+(?:(the|this|last|next)[ \u00a0]+year|((?:19|20)\d\d))\b)?/giu;

/** "Q3", "Q4 2024", "Q1 of 2025", "H1 2025": capitals only, as results copy writes them. */
export const PART_LABEL = /\b(?:Q([1-4])|H([12]))\b(?:[ \u00a0]+(?:of[ \u00a0]+)?((?:19|20)\d\d)\b)?/g;

const ORDINALS: Record<string, number> = {
  first: 0,
  "1st": 0,
  second: 1,
  "2nd": 1,
  third: 2,
  "3rd": 2,
  fourth: 3,
  "4th": 3,
  final: 3,
};

/** A game's quarter: the sentence is about play. Exported for the test of mayNameSport (decision 850). */
export const SPORT =
  /\b(?:touchdowns?|field goals?|scor(?:ed|es|ing)|baskets?|quarterbacks?|rebounds?|three-pointers?|free throws?|fumbled?|intercept(?:ed|ions?)|overtime|half-?time|innings|buzzer|games?|match|yards?|trail(?:ed|ing))\b/i;
/**
 * A quarter without a year is a year's only in a sentence of economic results: "Revenue fell 2% in
 * the third quarter". Sport copy names a game's quarter with any verb ("had 20 points", "led
 * 21-7", "outscored Miami"), so a list of words of results is safer than one of words of play.
 */
const RESULTS =
  /\b(?:revenues?|sales|profits?|earnings|income|turnover|GDP|econom(?:y|ies|ic)|growth|inflation|output|results|unemployment|jobless|payrolls|productivity|exports?|imports?|deficit|surplus|spending|investment|shipments|deliveries|orders|margins?|losses|housing starts|prices|borrowing|lending|mortgages?|consumption|demand)\b/i;
/**
 * A game's half: football and rugby copy name a half with words a quarter's sports do not use
 * ("Kane scored twice in the first half" is caught by SPORT already).
 */
const HALF_SPORT =
  /\b(?:goals?|goalkeeper|penalt(?:y|ies)|red card|sent off|tries|striker|header|conceded|equali[sz](?:ed|er)|kick-?off|referee|pitch|possession|substitutes?|corners?|shots?|wickets?|runs)\b/i;

/**
 * Is a quarter or half without a year a year's? Only in a sentence of economic results and of no
 * game: "Profits fell 8% in the first half", "H1 revenue rose", not "Smith scored twice in the
 * first half" or "Chelsea's losses mounted after a penalty in the first half".
 */
function undatedPartIsAYears(sentence: string, quarter: boolean): boolean {
  return (
    RESULTS.test(sentence) &&
    !(mayNameSport(sentence) && SPORT.test(sentence)) &&
    (quarter || !HALF_SPORT.test(sentence))
  );
}

/** "fiscal first half": for a half, "fiscal" (and a year) right before it. */
const HALF_FISCAL_BEFORE = /\bfiscal(?:[ \u00a0]+(?:19|20)\d\d)?[ \u00a0]+(?:the[ \u00a0]+)?$/i;
/** "H1 revenue", "in H1": a half's label before a word of results or after "in". */
const H_LABEL_AS_HALF = new RegExp(
  `(?:\\bin[ \u00a0]+H[12]\\b|\\bH[12][ \u00a0]+(?:${RESULTS.source.slice(5, -3)})\\b)`,
  "i",
);
/** A figure the results give: a percentage or a sum. */
const RESULT_FIGURE = /\d[\d.,]*[ \u00a0]?(?:%|per[ \u00a0]?cent|percent)|[$€£¥]\s?\d/i;
/** A year that ends in another month than December: "whose year ends in March", "financial year". */
const OTHER_YEAR = /\b(?:year[ \u00a0]+end(?:s|ed|ing)?|financial[ \u00a0]+year|fiscal[ \u00a0]+year)\b/i;

/**
 * A half without a year ("profits rose 12% in the first half"): a fiscal half as often as the
 * calendar's, and a game's, a concert's or a debate's. One ahead is dated as a quarter is; one in the
 * past only as results copy reports one: with
 * a figure, and in the four months after the calendar's half ends (a first half from July to
 * October of its year, a second half from January to April of the next); never with a year said
 * to end in another month.
 */
function undatedHalf(index: number, sentence: string, pub: Date | null, future: boolean): Resolution | null {
  if (future) return partOfYear(index, 2, undefined, undefined, pub, true);
  if (pub === null || !RESULT_FIGURE.test(sentence) || OTHER_YEAR.test(sentence)) return null;
  const month = pub.getUTCMonth();
  const year = pub.getUTCFullYear();
  if (index === 0 && month >= 6 && month <= 9) return partOfYear(0, 2, String(year), undefined, pub, false, true);
  if (index === 1 && month <= 3) return partOfYear(1, 2, String(year - 1), undefined, pub, false, true);
  return null;
}

/** "fiscal third quarter", "fiscal 2025 third-quarter": a company's year, which need not start in January. */
const FISCAL_BEFORE = /\bfiscal\b[^.;:!?]{0,24}$/i;
/**
 * "fiscal Q3", "fiscal 2025 Q3", "FY2025 Q3": "fiscal" or "FY" (and its year) right before a label
 * makes it a company's quarter. Not "fiscal" further off, an adjective of another noun: "Fiscal
 * stimulus lifted GDP in Q2 2025" is the calendar's quarter.
 */
const LABEL_FISCAL_BEFORE = /\b(?:fiscal|FY)(?:[ \u00a0]*(?:year[ \u00a0]+)?'?\d{2,4})?[ \u00a0]+$/i;
/**
 * "Q3 of fiscal 2025", "Q3 fiscal 2025", "Q3 FY2025", "Q3 of the fiscal year": the label's year is
 * a company's. Not "fiscal" opening another noun phrase: "In Q1 2025 fiscal spending rose".
 */
const FISCAL_NEXT =
  /^[ \u00a0]+(?:of[ \u00a0]+)?(?:the[ \u00a0]+)?(?:fiscal[ \u00a0]+(?:year\b|'?\d)|FY[ \u00a0]?'?\d)/i;
/** "... for the period ending in March": the quarter is a company's, its months given apart. */
const PERIOD_ENDING = /\bperiod[ \u00a0]+end(?:ing|ed|s)\b/i;
const OF_NEXT = /^[ \u00a0]+of\b/i;
/** A capitalised word right before a label names a model ("Audi Q3"), unless it is a function word. */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}’'])(\p{Lu}[\p{L}-]*)[ \u00a0]$/u;
const NOT_MAKERS = new Set(
  "in during for by the its their his her our over from since until through of and or after before at last this next each every a an".split(
    " ",
  ),
);
/**
 * Before a label, what makes it a model: a figure ("recalled 10,000 Q3 SUVs"), a maker's
 * possessive ("Audi's Q3") or "new" ("The new Q3 goes on sale").
 */
const MODEL_BEFORE =
  /(?:\d[ \u00a0]|\p{Lu}\p{L}*[’']s[ \u00a0]|\b(?:new|latest|used|electric|redesigned|updated)[ \u00a0])$/iu;
/** After a label, a product noun: "Q3 SUVs", "Q3 owners". */
const PRODUCT_NEXT =
  /^[ \u00a0]+(?:cars?|SUVs?|models?|owners?|buyers?|drivers?|vehicles?|hatchbacks?|saloons?|sedans?|crossovers?|units?|range|line-?up|version|variant|trim|e-tron|Sportback)\b/i;
const CAPITALISED_NEXT = /^[ \u00a0]+\p{Lu}\p{Ll}/u;

type Resolution = Pick<ResolvedDate, "value" | "granularity" | "relative" | "firstDay" | "lastDay">;

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * Part `index` (0-based) of `parts` (4 quarters or 2 halves) of a year: the year written, the one
 * "this/last/next year" names, or the nearest such part in the tense's direction from the
 * publication date (as a month without a year is read: "fell in the fourth quarter", published in
 * March, is last year's).
 */
function partOfYear(
  index: number,
  parts: number,
  written: string | undefined,
  yearWord: string | undefined,
  pub: Date | null,
  future: boolean,
  relative = false,
): Resolution | null {
  let year: number;
  if (written !== undefined) year = Number(written);
  else if (pub === null) return null;
  else {
    year = pub.getUTCFullYear();
    const word = yearWord?.toLowerCase();
    if (word === "last") year -= 1;
    else if (word === "next") year += 1;
    else if (word !== "this") {
      const current = Math.floor(pub.getUTCMonth() / (12 / parts));
      if (future && index < current) year += 1;
      // A result for a quarter is reported once it is over: in the past tense the one still
      // running is almost never meant ("Sales rose 4% in the third quarter", published in July).
      else if (!future && index >= current) year -= 1;
    }
  }
  const months = 12 / parts;
  const lastDay = new Date(Date.UTC(year, (index + 1) * months, 0)).getUTCDate();
  return {
    value: String(year),
    granularity: "year",
    relative: relative || written === undefined,
    firstDay: `${year}-${pad(index * months + 1)}-01`,
    lastDay: `${year}-${pad((index + 1) * months)}-${pad(lastDay)}`,
  };
}

/** The period a match of ORDINAL_PART names, or null when it is no part of a year. */
export function ordinalPart(m: RegExpExecArray, pub: Date | null, future: boolean): Resolution | null {
  const quarter = m[2]!.toLowerCase() === "quarter";
  const index = ORDINALS[m[1]!.toLowerCase()]!;
  const hasYear = m[3] !== undefined || m[4] !== undefined;
  if (!quarter && index > 1) return null;
  // "Fiscal spending rose in the first half of 2025": for a half, "fiscal" right before it alone.
  if ((quarter ? FISCAL_BEFORE : HALF_FISCAL_BEFORE).test(m.input.slice(Math.max(0, m.index - 32), m.index)))
    return null;
  if (PERIOD_ENDING.test(m.input)) return null;
  if (!hasYear) {
    const end = m.index + m[0].length;
    if (OF_NEXT.test(m.input.slice(end, end + 4)) || !undatedPartIsAYears(m.input, quarter)) return null;
    if (!quarter) return undatedHalf(index, m.input, pub, future);
  }
  return partOfYear(index, quarter ? 4 : 2, m[4], m[3], pub, future);
}

/** The period a match of PART_LABEL names, or null when it is a model's name or an "H1" without a year. */
export function labelPart(m: RegExpExecArray, pub: Date | null, future: boolean): Resolution | null {
  // "H1 profits": a half is a year's in results copy only, as a quarter in words is.
  if (m[2] !== undefined && m[3] === undefined) {
    // "H1 revenue", "in H1": not "demand for H2", hydrogen as often as a half.
    const around = m.input.slice(Math.max(0, m.index - 4), m.index + m[0].length + 24);
    if (!undatedPartIsAYears(m.input, false) || !H_LABEL_AS_HALF.test(around)) return null;
    return undatedHalf(Number(m[2]) - 1, m.input, pub, future);
  }
  // "fiscal Q3", "Q3 of fiscal 2025": a company's quarter, as "fiscal third quarter" is.
  const end = m.index + m[0].length;
  if (
    LABEL_FISCAL_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index)) ||
    FISCAL_NEXT.test(m.input.slice(end, end + 20))
  )
    return null;
  const maker = CAPITALISED_BEFORE.exec(m.input.slice(Math.max(0, m.index - 24), m.index));
  if (maker !== null && !NOT_MAKERS.has(maker[1]!.toLowerCase())) return null;
  if (m[3] === undefined && CAPITALISED_NEXT.test(m.input.slice(end, end + 4))) return null;
  if (MODEL_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
  if (PRODUCT_NEXT.test(m.input.slice(end, end + 14))) return null;
  return m[1] !== undefined
    ? partOfYear(Number(m[1]) - 1, 4, m[3], undefined, pub, future)
    : partOfYear(Number(m[2]) - 1, 2, m[3], undefined, pub, future);
}

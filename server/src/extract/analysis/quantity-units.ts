import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { CURRENCY_CODES } from "./currencies.ts";

/**
 * The units a figure is written with beyond a plain noun: degrees, units written against the
 * digits ("10km") and rates ("$6 a gallon" is 6 USD per gallon).
 */

// A module constant: esbuild turns a `\p{…}` regex literal inside a function into a new RegExp per call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** "°C", "℃" or "degrees Celsius" → "°C"; "°F", "℉" or "degrees Fahrenheit" → "°F". */
export function degrees(sign: string): string {
  return sign === "℃" || sign === "°C" || /celsius|centigrade/i.test(sign) ? "°C" : "°F";
}

export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && LETTER_OR_DIGIT.test(text[i]!));
}

/**
 * Units written straight after digits in news copy ("10km", "5kg", "70mph", "2GW", "1.5C" and
 * "104F" for degrees, "3.35pc" for per cent in British and Australian copy, a phone's "5,000mAh",
 * "256GB" and "3.2GHz"), as written: "5G" is
 * no grams.
 */
const GLUED_UNITS = new Set(
  "km kg mg g mm cm m mi ft lb lbs oz mph kph ha kW MW GW kWh MWh GWh TWh mAh Wh GB TB GHz C F pc p".split(" "),
);

/** The unit written straight after digits at `at` ("km" in "10km"), or null when the letters are none. */
export function gluedUnitAt(text: string, at: number): string | null {
  let end = at;
  while (end < text.length && isLetterAt(text, end)) end++;
  const letters = text.slice(at, end);
  // "95p" is pence, not "7p.m." nor a video's "1080p" (pence come in two digits or fewer before a point).
  if (letters === "p" && (text.charCodeAt(end) === 46 || !PENCE_FIGURE.test(text.slice(Math.max(0, at - 6), at))))
    return null;
  return GLUED_UNITS.has(letters) ? letters : null;
}
const PENCE_FIGURE = /(?:^|[^\d.,])\d{1,2}(?:\.\d{1,2})?$/;

/** The unit a glued unit stands for: "pc" is per cent, a capital C or F degrees; the rest as written. */
export function gluedUnitName(glued: string): string {
  if (glued === "pc") return "%";
  // "95p", "27.03p per kilowatt hour": pence.
  if (glued === "p") return "pence";
  return glued === "C" || glued === "F" ? degrees(`°${glued}`) : glued;
}

/** What a rate is counted per: "$6 a gallon", "10,000 steps a day", "70 miles per hour", "425.7 parts per million", "1.63 babies per woman". */
const RATE_NOUNS = new Set(
  "day week month year decade century hour minute second night gallon litre liter barrel ton tonne kilo kilogram pound ounce head person capita household share unit mile kilometre kilometer million billion woman man child adult resident student pupil patient employee worker".split(
    " ",
  ),
);
// "£300,000-a-week" too.
const RATE = /(?:[ \u00a0]+|-)(a|an|per|each)(?:[ \u00a0]+|-)([a-z]+)\b/y;
/** The first word of a measure named in two words: "metric ton", "square foot", "cubic metre". */
const MEASURE_QUALIFIERS = new Set(["metric", "short", "long", "square", "cubic"]);
const QUALIFIED_MEASURE = /[ \u00a0-](ton|tonne|foot|feet|metre|meter|mile|kilometre|kilometer|yard|inch)\b/y;

/** The measure's second word right after `at` in "a metric ton", or null ("a long time"). */
function qualifiedMeasure(text: string, at: number): RegExpExecArray | null {
  QUALIFIED_MEASURE.lastIndex = at;
  return QUALIFIED_MEASURE.exec(text);
}
/** "4.2 per cent a year earlier", "21% a year ago": the time names the date compared with, not a rate. */
const COMPARED_WITH = /[ \u00a0]+(?:earlier|before|ago|later|prior|previously)\b/y;

/** "34.6 per 100,000 residents", "5 per 1,000 live births": a rate per a number of people. */
const PER_POPULATION =
  /[ \u00a0]+per[ \u00a0]+(1,000,000|100,000|10,000|1,000|100|thousand|million)(?![\d,]|[ \u00a0]+(?:km|kilometres|kilometers|miles|mi|metres|meters|m|kg|g|litres|liters|l|kwh)\b)(?:[ \u00a0]+(residents|people|inhabitants|population|persons|live births|births|adults|children|women|men))?\b/y;

/**
 * "$11.42 per $1,000 of assessed value", "2 cents per $100": a rate per a sum of money, one
 * figure, not two sums. The sum is kept as written, in its currency's code.
 */
const PER_SUM =
  /[ \u00a0]per[ \u00a0]+([$€£¥₹₩])[ \u00a0]?(\d{1,3}(?:,\d{3})+|\d+)(?:[ \u00a0]?(thousand|million|billion)\b)?(?![\d.,]\d)/y;

/** The quantity as a rate when "a/per/each <unit of time or measure>" follows it: "USD per gallon". */
export function withRate(q: Quantity, text: string, start: number): Quantity {
  // Most figures have no "per" after them: one char test before the regex (one space, as PER_SUM reads).
  if (text.charCodeAt(q.end - start + 1) === 112) {
    PER_SUM.lastIndex = q.end - start;
    const sum = PER_SUM.exec(text);
    if (sum !== null) {
      const per = `per ${sum[2]}${sum[3] ? ` ${sum[3]}` : ""} ${CURRENCY_CODES[sum[1]!]!}`;
      const end = q.end + sum[0].length;
      return {
        ...q,
        unit: q.unit === null ? per : `${q.unit} ${per}`,
        text: text.slice(q.start - start, end - start),
        end,
      };
    }
  }
  PER_POPULATION.lastIndex = q.end - start;
  const population = PER_POPULATION.exec(text);
  if (population !== null) {
    const per = population[2] ? `per ${population[1]} ${population[2]}` : `per ${population[1]}`;
    const end = q.end + population[0].length;
    return {
      ...q,
      unit: q.unit === null ? per : `${q.unit} ${per}`,
      text: text.slice(q.start - start, end - start),
      end,
    };
  }
  RATE.lastIndex = q.end - start;
  const m = RATE.exec(text);
  if (m === null) return adverbRate(q, text, start);
  // "$8,000 a metric ton", "$45 per square foot": a measure named in two words.
  const measure = MEASURE_QUALIFIERS.has(m[2]!) ? qualifiedMeasure(text, RATE.lastIndex) : null;
  if (measure === null && !RATE_NOUNS.has(m[2]!)) return q;
  if (m[1] === "a" || m[1] === "an") {
    COMPARED_WITH.lastIndex = RATE.lastIndex;
    if (COMPARED_WITH.test(text)) return q;
  }
  const per = measure === null ? m[2]! : `${m[2]!} ${measure[1]!}`;
  const end = q.end + m[0].length + (measure === null ? 0 : measure[0].length);
  return {
    ...q,
    unit: q.unit === null ? `per ${per}` : `${q.unit} per ${per}`,
    text: text.slice(q.start - start, end - start),
    end,
  };
}

/**
 * "1,800 Swiss francs monthly", "£500 weekly.": a sum with a rate's adverb after it and then a stop,
 * a comma or the text's end is a rate, as "1,800 Swiss francs a month" is (decision 1060). Not before
 * a noun ("£50 monthly fee"), where the adverb may be an adjective, but before a preposition;
 * not a count or a share ("3% annually"), whose readers decide their own.
 */
const RATE_ADVERBS: Record<string, string> = {
  hourly: "hour",
  daily: "day",
  nightly: "night",
  weekly: "week",
  monthly: "month",
  yearly: "year",
  annually: "year",
};
// Before a preposition too ("£5m weekly on agency staff", "£300 monthly to the charity"): an
// adjective stands before its noun, never before "on" or "to" (decision 1115). Not before "and" or
// "or", which may join it to another adjective ("£50 monthly and annual fees"); nor "from", kept a
// sum by decision 1060's tests ("She was paid £1,800 monthly from the fund").
const RATE_ADVERB = /[ \u00a0]([a-z]+)(?=[.,;:)]|$|[ \u00a0]+(?:on|to|in|for|at|into)[ \u00a0])/y;
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** The sum `q` as a rate when a rate's adverb closes it ("… monthly."), else `q`. */
function adverbRate(q: Quantity, text: string, start: number): Quantity {
  // Cheap first: a sum in a currency's code, and a space after it.
  if (q.unit === null || !CURRENCY_CODE.test(q.unit) || text.charCodeAt(q.end - start) !== 32) return q;
  RATE_ADVERB.lastIndex = q.end - start;
  const m = RATE_ADVERB.exec(text);
  const per = m === null ? undefined : RATE_ADVERBS[m[1]!];
  if (per === undefined) return q;
  const end = q.end + m![0].length;
  return { ...q, unit: `${q.unit} per ${per}`, text: text.slice(q.start - start, end - start), end };
}

/** What a magnitude measures: "a 7.7 earthquake" is magnitude 7.7, not a count of earthquakes. */
const QUAKE_WORDS = new Set(["earthquake", "quake", "tremor", "aftershock", "temblor"]);
const MAGNITUDE_BEFORE = /magnitude[- \u00a0]$/i;

/**
 * The quantity `q` as a magnitude, when it is one: a figure before a quake word ("a 7.7
 * earthquake", "a 7.7-magnitude quake") or after "magnitude" ("a magnitude 6.1 tremor", whose
 * text then takes that word in); else `q` itself.
 */
export function asMagnitude(q: Quantity, numberEnd: number, text: string, start: number): Quantity {
  const before = MAGNITUDE_BEFORE.exec(text.slice(Math.max(0, q.start - start - 10), q.start - start));
  if (q.unit === "magnitude" || q.value >= 10) return q;
  // Without "magnitude" only a figure with a decimal point before a quake word ("a 5.2 aftershock";
  // "one earthquake" counts one).
  if (!before && (q.unit === null || !QUAKE_WORDS.has(q.unit) || !q.text.includes("."))) return q;
  const from = before ? q.start - before[0].length : q.start;
  const end = start + numberEnd;
  return { ...q, unit: "magnitude", start: from, end, text: text.slice(from - start, numberEnd) };
}

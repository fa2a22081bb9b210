/**
 * A figure and its unit as a newsroom writes them: "40%", "£20,000", "20% of children",
 * "3 days", "1,700 deportations". The extractor stores units in a form made for sorting and
 * comparing (an ISO code for a currency, a share as a fraction), not for reading.
 */
import { nounOfShareUnit, SHARE_OF } from "./schemas/extracted-claim.ts";
import type { Isolate } from "./claim-figures.ts";

/**
 * The signs the extractor reads as these codes (CURRENCY_CODES in the extractor's currencies.ts):
 * written back as the article wrote them, before the figure. A code read from other letters
 * ("A$" is AUD) has no sign of its own here and stays a word after the figure.
 */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹", KRW: "₩" };

/** Units written against the number, with no space: "40%", "38°C". */
const TIGHT_UNITS = new Set(["%", "°C", "°F"]);

/**
 * Units of time the extractor leaves singular when it reads them from a compound ("a 3-day
 * strike" gives 3 "day"): after any number but 1 they take their plural.
 */
const PLURAL_OF_TIME: Readonly<Record<string, string>> = {
  second: "seconds",
  minute: "minutes",
  hour: "hours",
  day: "days",
  week: "weeks",
  month: "months",
  year: "years",
  decade: "decades",
  century: "centuries",
};

/**
 * The value and its unit. `figure` writes a number (the caller's locale and decimals);
 * `isolate` marks the article's own words in the unit. Signs this code writes ("%", "$") are
 * ours, not the article's, so they are not isolated.
 */
export function figureWithUnit(
  value: number,
  unit: string | null,
  figure: (value: number) => string,
  isolate: Isolate,
): string {
  if (unit === null || unit === "") return figure(value);
  if (unit === "share" || unit.startsWith(SHARE_OF)) return shareAsPercent(value, unit, figure, isolate);
  // A rate keeps its tail after the unit: "USD per hour" reads "$15 per hour".
  const space = unit.indexOf(" ");
  const head = space < 0 ? unit : unit.slice(0, space);
  const tail = space < 0 ? "" : ` ${isolate(unit.slice(space + 1))}`;
  if (TIGHT_UNITS.has(head)) return `${figure(value)}${head}${tail}`;
  const sign = CURRENCY_SIGNS[head];
  if (sign !== undefined) {
    return `${value < 0 ? "-" : ""}${sign}${withPence(figure(Math.abs(value)))}${perSum(unit.slice(space + 1), isolate) ?? tail}`;
  }
  const plural = Math.abs(value) === 1 ? undefined : PLURAL_OF_TIME[unit];
  return `${figure(value)} ${isolate(plural ?? unit)}`;
}

/**
 * A share is stored as a fraction (0.2 for "one in five children"): it is written as a
 * percentage, "20% of children". Twelve significant digits drop the float's noise (0.07 × 100 is
 * 7.000000000000001) and keep every digit the extractor gave (it rounds shares to six).
 */
function shareAsPercent(value: number, unit: string, figure: (value: number) => string, isolate: Isolate): string {
  const noun = nounOfShareUnit(unit);
  const percent = `${figure(Number((value * 100).toPrecision(12)))}%`;
  return noun === null ? percent : `${percent} of ${isolate(noun)}`;
}

/**
 * A sum with one decimal is written with its pence, "$3.50", not "$3.5". A digit alone after the
 * last "." or "," is a decimal in any locale: a group of thousands has three.
 */
function withPence(amount: string): string {
  const last = amount.length - 2;
  return last > 0 && (amount[last] === "." || amount[last] === ",") ? `${amount}0` : amount;
}

/**
 * The tail of a rate per so much of a currency, "per 1,000 USD", as " per $1,000", so both sums
 * of "$5 per $1,000" read alike; null for any other tail.
 */
function perSum(rest: string, isolate: Isolate): string | null {
  const words = rest.split(" ");
  if (words.length !== 3 || words[0] !== "per") return null;
  const sign = CURRENCY_SIGNS[words[2]!];
  return sign === undefined ? null : ` ${isolate(`per ${sign}${words[1]!}`)}`;
}

/**
 * A figure and its unit as a newsroom writes them: "40%", "£20,000", "20% of children",
 * "3 days", "1,700 deportations". The extractor stores units in a form made for sorting and
 * comparing (an ISO code for a currency, a share as a fraction), not for reading.
 */
import { nounOfShareUnit, SHARE_OF } from "./schemas/extracted-claim.ts";
import type { Isolate } from "./claim-figures.ts";

/**
 * The signs the extractor reads as these codes (CURRENCY_CODES in the extractor's currencies.ts),
 * and the dollars it reads with their country's letters before the "$" (DOLLAR_PREFIXES there,
 * "A$2.5 billion"): written back before the figure, as a newsroom writes them ("A$2 million").
 */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  USD: "$",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
  INR: "₹",
  KRW: "₩",
  AUD: "A$",
  CAD: "C$",
  NZD: "NZ$",
  HKD: "HK$",
  SGD: "S$",
  TWD: "NT$",
  BRL: "R$",
};

/**
 * The other codes the extractor reads from a currency's name ("300 million yuan", "2 billion Swiss
 * francs", "3 billion Norwegian crowns"): written before the figure as the code, "CNY 300 million",
 * so every sum opens with its currency, as a sum in a sign does.
 */
const CODES_BEFORE = new Set(["CNY", "CHF", "NOK", "SEK", "DKK", "CZK", "ISK"]);

/** Scales a large sum is written in, largest first: "$1.2 billion" for 1,200,000,000 USD. */
const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** The scales' words: a unit that opens with one ("million people") is already in its scale. */
const SCALE_WORDS = new Set(SCALES.map(([, word]) => word));

/**
 * Units that are also a scale's short form in news copy ("£2m", "$3bn"): a count in one keeps its
 * digits, as "2 million m" reads as a scale said twice.
 */
const SCALE_SHORT_FORMS = new Set(["m", "mn", "bn", "tn"]);

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
 * What follows a unit of time's hyphen where the compound is an age or a length, no rate: "a
 * 2-year-old", "2-year-olds", "a 6-month-long review". Written with the figure as one compound.
 */
const AGE_OR_LENGTH = new Set(["old", "olds", "long"]);

/**
 * The value and its unit. `figure` writes a number (the caller's locale and decimals);
 * `isolate` marks the article's own words in the unit. Signs this code writes ("%", "$") are
 * ours, not the article's, so they are not isolated. `space` goes between the figure and a unit or
 * scale written after it; where it is not an ordinary space, an age's or a length's compound is
 * joined too (`compound`). `written` is the figure as the article wrote it ("300 million yuan",
 * "15 Swiss francs per hour"), for the name of a currency read from it.
 */
export function figureWithUnit(
  value: number,
  unit: string | null,
  figure: (value: number) => string,
  isolate: Isolate,
  space = " ",
  written: string | null = null,
): string {
  if (unit === null || unit === "") return figure(value);
  if (unit === "share" || unit.startsWith(SHARE_OF)) return shareAsPercent(value, unit, figure, isolate);
  // A rate keeps its tail after the unit: "USD per hour" reads "$15 per hour".
  const spaceAt = unit.indexOf(" ");
  const head = spaceAt < 0 ? unit : unit.slice(0, spaceAt);
  const tail = spaceAt < 0 ? "" : ` ${isolate(unit.slice(spaceAt + 1))}`;
  if (TIGHT_UNITS.has(head)) return `${figure(value)}${head}${tail}`;
  const sign = CURRENCY_SIGNS[head];
  if (sign !== undefined) {
    return `${value < 0 ? "-" : ""}${sign}${sum(Math.abs(value), figure, space)}${perSum(unit.slice(spaceAt + 1), isolate) ?? tail}`;
  }
  if (CODES_BEFORE.has(head)) {
    const name = written === null ? null : currencyName(spaceAt < 0 ? written : beforeRate(written));
    const amount = sum(Math.abs(value), figure, space);
    // A rate per a sum, "per 1,000 USD", reads as after a sign: "CNY 5 per $1,000".
    const rate = spaceAt < 0 ? "" : (perSum(unit.slice(spaceAt + 1), isolate) ?? tail);
    return `${value < 0 ? "-" : ""}${name === null ? `${head}${space}${amount}` : `${amount}${space}${isolate(name)}`}${rate}`;
  }
  if (value >= 0 && ageOrLength(unit)) return compound(figure(value), unit, isolate, space);
  const plural = Math.abs(value) === 1 ? undefined : (PLURAL_OF_TIME[unit] ?? timeRatePlural(unit));
  // A count in its scale as a sum is, "1.5 million people"; a unit already in one keeps its digits.
  const count = SCALE_WORDS.has(head) || SCALE_SHORT_FORMS.has(head) ? null : inScale(Math.abs(value), figure, space);
  return `${count === null ? figure(value) : `${value < 0 ? "-" : ""}${count}`}${space}${isolate(plural ?? unit)}`;
}

/**
 * A sum as a newsroom writes it: in its scale where that takes at most two decimals (`inScale`),
 * as the article most likely wrote it; else every digit, with its pence ("999,500", "1,234,567",
 * "3.50"). The JSON and CSV machine fields keep the exact value; only the wording is shortened.
 */
function sum(amount: number, figure: (value: number) => string, space: string): string {
  return inScale(amount, figure, space) ?? withPence(figure(amount));
}

/**
 * An amount of a million or more in millions, billions or trillions where that takes at most two
 * decimals and gives the amount back ("1.2 billion", "2.75 billion", "10.5 million"); null for any
 * other amount, which keeps its digits.
 */
function inScale(amount: number, figure: (value: number) => string, space: string): string | null {
  if (amount >= 1e6 && amount < 1e15) {
    for (const [scale, word] of SCALES) {
      if (amount < scale) continue;
      const scaled = Number((amount / scale).toPrecision(12));
      const cents = scaled * 100;
      // Twelve digits hide the float's noise, not a sum's own digits: "$999,999,999,999,999" is not
      // "$1,000 trillion". The scaled figure must give the amount back to a few units in the last
      // place, and stay under a thousand of its scale.
      const exact = Math.abs(scaled * scale - amount) <= amount * 4 * Number.EPSILON;
      if (scaled < 1000 && exact && Math.abs(cents - Math.round(cents)) < 1e-6)
        return `${figure(scaled)}${space}${word}`;
      break;
    }
  }
  return null;
}

/**
 * A currency's name as the extractor reads one: its noun, after its country's name where it has
 * one ("yuan", "Swiss francs", "Norwegian crowns").
 */
const NAME = /^(?:\p{Lu}\p{Ll}+ )?\p{Ll}+$/u;

/**
 * The currency's name after the figure as the article wrote it, past a scale: "yuan" of "300
 * million yuan", "Swiss francs" of "2bn Swiss francs"; null where the article wrote no name there
 * ("CNY 300 million") or more than words follow ("300 million yuan ($41 million)").
 */
function currencyName(written: string): string | null {
  let last = written.length - 1;
  while (last >= 0 && (written.charCodeAt(last) < 48 || written.charCodeAt(last) > 57)) last--;
  if (last < 0) return null;
  const words = written.slice(last + 1).split(" ");
  // "300m yuan": a scale written against the figure; "300 million yuan": one after a space.
  words.splice(0, words[0] !== "" ? 1 : SCALE_WORDS.has(words[1]?.toLowerCase() ?? "") ? 2 : 1);
  const name = words.join(" ");
  return NAME.test(name) ? name : null;
}

/**
 * A rate's word after the figure in the article's words: "per", "a", "an" or "each" ("15 Swiss
 * francs per hour", "2 million Swiss francs a year"), where the extractor reads a rate.
 */
const RATE_WORD = / (?:per|an?|each) /;

/**
 * The article's words for a rate up to its rate's word, "15 Swiss francs" of "15 Swiss francs per
 * hour", for `currencyName` to read the name in; "" where no rate's word follows the figure (the
 * rate's tail may hold digits of its own, "per $1,000", so the search starts at the first digit).
 */
function beforeRate(written: string): string {
  let first = 0;
  while (first < written.length && (written.charCodeAt(first) < 48 || written.charCodeAt(first) > 57)) first++;
  const at = written.slice(first).search(RATE_WORD);
  return at < 0 ? "" : written.slice(0, first + at);
}

/**
 * The figure and an age's or a length's unit as one compound, "2-year-old". Where the figure may
 * not break from its unit (`space` is not an ordinary space: the PDF's no-break space), each hyphen
 * is followed by a word joiner (U+2060), which UAX #14 gives no break opportunity on either side,
 * so no line ends on "2-" or "2-year-"; the PDF's fonts draw it with no width, and its text reads
 * back without it.
 */
function compound(figure: string, unit: string, isolate: Isolate, space: string): string {
  const hyphen = space === " " ? "-" : `-${WORD_JOINER}`;
  return `${figure}${hyphen}${isolate(space === " " ? unit : unit.replace("-", hyphen))}`;
}

/** U+2060: joins the characters either side of it for line breaking, and has no width. */
const WORD_JOINER = "\u2060";

/**
 * A unit of time before "-old" or "-long", "year-old" of "a 2-year-old", no rate: written with the
 * figure as one compound, "2-year-old".
 */
function ageOrLength(unit: string): boolean {
  const hyphen = unit.indexOf("-");
  return hyphen > 0 && AGE_OR_LENGTH.has(unit.slice(hyphen + 1)) && PLURAL_OF_TIME[unit.slice(0, hyphen)] !== undefined;
}

/**
 * A unit of time before a rate's tail, read from a compound ("a 40-hour-per-week job", "a 40-hour
 * per week contract", "a 24-hour-a-day service"): its plural, with the compound's hyphens as
 * spaces, "hours per week"; null for any other unit ("year-old", "month-long", "day shift").
 */
function timeRatePlural(unit: string): string | null {
  const hyphen = unit.indexOf("-");
  const blank = unit.indexOf(" ");
  const cut = hyphen < 0 ? blank : blank < 0 ? hyphen : Math.min(hyphen, blank);
  if (cut < 0) return null;
  const plural = PLURAL_OF_TIME[unit.slice(0, cut)];
  if (plural === undefined) return null;
  const rest = unit
    .slice(cut + 1)
    .split("-")
    .join(" ");
  return rest.startsWith("per ") || rest.startsWith("a ") || rest.startsWith("an ") ? `${plural} ${rest}` : null;
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

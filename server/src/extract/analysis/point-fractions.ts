/**
 * Fractions of a point or of a per cent, as rate and poll stories write a change: "cut its key
 * rate by half a percentage point", "a quarter-point rise", "three-quarters of a point", "half a
 * per cent". The general quantity regex reads "half" before a noun as a share of a whole and "a
 * quarter of" as a share; here the fraction is the figure and the point what it measures.
 */

const SPACE = "[ \\u00a0]";
/**
 * `qualifier` is the quantity regex's qualifier group, so "by about half a point" keeps its
 * "about". Groups after it: the fraction ("half", "a quarter", "three-quarters"), then the unit.
 */
export function pointFractionRegex(qualifier: string): RegExp {
  return new RegExp(
    `${qualifier}(half(?:${SPACE}+an?)?|an?${SPACE}+(?:quarter|half|third)|(?:one|two|three)[- \\u00a0](?:quarters?|thirds?))` +
      `(?:${SPACE}+of${SPACE}+an?)?[- \\u00a0]+(percentage[- \\u00a0]points?|points?|per${SPACE}?cent|percent)(?![\\p{L}-])`,
    "iuy",
  );
}

const FRACTIONS: Record<string, number> = {
  half: 0.5,
  quarter: 0.25,
  quarters: 0.25,
  third: 1 / 3,
  thirds: 1 / 3,
};
const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3 };

/** 0.5 for "half a", 0.25 for "a quarter", 0.75 for "three-quarters", 0.666667 for "two thirds". */
export function fractionValue(fraction: string): number {
  const words = fraction.toLowerCase().split(/[- \u00a0]+/);
  const count = COUNTS[words[0]!] ?? 1;
  const part = FRACTIONS[words[0]!] ?? FRACTIONS[words[1]!] ?? 0;
  return Number((count * part).toPrecision(6));
}

/** "percentage point" (as written, singular), "point", or "%" for per cent. */
export function pointUnit(unit: string): string {
  const u = unit.toLowerCase().replace(/[- \u00a0]+/g, " ");
  if (u.startsWith("per")) return u.startsWith("percentage") ? "percentage point" : "%";
  return "point";
}

/** Number words a point fraction's match can start with (after a qualifier): only then is it tried. */
export const POINT_FRACTION_FIRST = new Set(["half", "a", "an", "a half", "one", "two", "three"]);

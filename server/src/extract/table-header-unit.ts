import { CURRENCY_CODES } from "./analysis/currencies.ts";

/**
 * What a column's header says of the bare figures under it: "Rent (£)" holds pounds, "Change (%)"
 * a percentage, "Population, millions" millions of people, "Revenue (£bn)" billions of pounds.
 * Tables set the unit once in the header so the cells hold figures alone ("1,650", "8.9"); read
 * without it, "Newham | 1,650 | 8.9" says nothing a fact-checker can compare.
 */
export interface HeaderUnit {
  /** The header without its unit: "Rent", "Population". */
  label: string;
  /** "GBP", "USD", "%", or null when the unit only scales ("millions"). */
  unit: string | null;
  /** 1, or what a figure is multiplied by: 1e3, 1e6, 1e9, 1e12. */
  scale: number;
}

/** "Rent (£)", "Revenue (£m)": the unit in brackets at the end; "Population, millions": after a comma. */
const UNIT_AT_END = /^(\S.*?)\s*(?:\(\s*([^()]{1,14}?)\s*\)|,\s*([^,()]{1,14}?))\s*$/;
const PERCENT = /^(?:%|per ?cent|pc|percent(?:age)?)$/i;
/** "£", "US$", "€bn", "$m", "£000s", "£'000", "millions", "bn", "GBP": a currency, a scale or both. */
const MONEY_OR_SCALE =
  /^(?:(US|A|C|NZ|HK)?([$€£¥₹₩])|(GBP|USD|EUR|JPY)\b)?\s?(k|thousands?|000s?|['’]000s?|m|mn|mln|millions?|bn|billions?|tn|trillions?)?$/i;
/** A label that counts people or things, the only kind a bare "m" or "k" scales: "Population", "Votes". */
const COUNTED_LABEL =
  /\b(?:population|votes|voters|people|persons|households|homes|viewers|listeners|readers|customers|passengers|users|subscribers|members|residents|visitors|tourists|patients|students|pupils|workers|employees|jobs|followers|downloads|cases|deaths|births|migrants|claimants|shares|units|barrels|tonnes|sales)$/i;
const SCALES: Record<string, number> = { k: 1e3, th: 1e3, "0": 1e3, m: 1e6, b: 1e9, t: 1e12 };
const DOLLARS: Record<string, string> = { US: "USD", A: "AUD", C: "CAD", NZ: "NZD", HK: "HKD" };

/** The unit a header names, or null when it names none ("Borough", "Seats", "Change on the year"). */
export function headerUnit(header: string): HeaderUnit | null {
  const m = UNIT_AT_END.exec(header);
  if (m === null) return null;
  const label = m[1]!;
  const written = (m[2] ?? m[3]!).trim();
  if (PERCENT.test(written)) return { label, unit: "%", scale: 1 };
  const money = MONEY_OR_SCALE.exec(written);
  if (money === null || written === "") return null;
  const [, country, sign, code, scaleWord] = money;
  // "Height (m)", "Time (m)", "Temperature (K)", "Maths (M)": a letter alone is a scale only next to
  // a currency ("£m", "$k") or over a count of people or things ("Population (m)", "Votes, m").
  if (!sign && !code && scaleWord !== undefined && /^[km]$/i.test(scaleWord)) {
    if (scaleWord !== scaleWord.toLowerCase() || !COUNTED_LABEL.test(label)) return null;
  }
  const unit = sign
    ? ((country ? DOLLARS[country.toUpperCase()] : undefined) ?? CURRENCY_CODES[sign]!)
    : (code?.toUpperCase() ?? null);
  const scale = scaleWord ? scaleOf(scaleWord.toLowerCase()) : 1;
  return unit === null && scale === 1 ? null : { label, unit, scale };
}

function scaleOf(word: string): number {
  if (word.startsWith("th")) return SCALES.th!;
  const first = word.replace(/^['’]/, "")[0]!;
  return SCALES[first] ?? 1;
}

/** A figure read in the header's scale: 1.2 (millions) is 1,200,000, with no float noise. */
export function scaled(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(15));
}

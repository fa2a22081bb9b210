/**
 * Sums written as a compound adjective: "a seventy-billion-dollar deal", "a $70-billion deal", "a
 * 10-million-euro fund". The quantity regex reads a scale joined by a hyphen (COMPOUND_SCALE_JOIN)
 * only before a currency word joined the same way or before the end of the compound, so "a
 * 10-million-strong army" and "a 3-million-year-old fossil" keep their reading. The currency word of
 * the compound is singular; it is read as the plural "seventy billion dollars" gives.
 */

const SCALES = "thousand|million|billion|trillion";
const CURRENCY_WORDS = "dollar|euro|pound|yen|yuan|rupee|peso|franc";

/** Regex source for the hyphen before a scale: "seventy-billion-dollar", "$70-billion deal". */
export const COMPOUND_SCALE_JOIN = `-(?=(?:${SCALES})(?:-(?:${CURRENCY_WORDS})\\b(?!-)|(?![\\p{L}\\p{N}-])))`;

const PLURAL_OF: Record<string, string> = {
  dollar: "dollars",
  euro: "euros",
  pound: "pounds",
  rupee: "rupees",
  peso: "pesos",
  franc: "francs",
};

/** The unit of a sum with a scale: "dollar" in "seventy-billion-dollar" is "dollars"; any other unit as it is. */
export function sumUnit(unit: string): string {
  return PLURAL_OF[unit] ?? unit;
}

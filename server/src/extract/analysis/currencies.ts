/** ISO 4217 codes of the currency signs a quantity can open with. "¥" is the yen in English news copy. */
export const CURRENCY_CODES: Record<string, string> = {
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  "₩": "KRW",
};

/** Dollars written with their country's letters before the sign. */
const DOLLAR_PREFIXES: Record<string, string> = {
  A: "AUD",
  AU: "AUD",
  C: "CAD",
  CA: "CAD",
  NZ: "NZD",
  HK: "HKD",
  US: "USD",
  S: "SGD",
  NT: "TWD",
  R: "BRL",
};

/**
 * "A$2.5 billion", "NZ$2.7 billion", "US$40 million": the dollar's country from the capitals
 * right before the "$" at `dollarAt`, when they stand alone (not "CA$H", not "BAC$").
 */
export function dollarCountryBefore(text: string, dollarAt: number): { code: string; written: string } | null {
  let from = dollarAt;
  while (from > 0 && dollarAt - from < 2) {
    const c = text.charCodeAt(from - 1);
    if (c < 65 || c > 90) break;
    from--;
  }
  if (from === dollarAt) return null;
  const before = from > 0 ? text.charCodeAt(from - 1) : 32;
  if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122) || (before >= 48 && before <= 57)) return null;
  const written = text.slice(from, dollarAt);
  const code = DOLLAR_PREFIXES[written];
  return code ? { code, written } : null;
}

/** Currencies written as a word after the figure: "40 billion yuan", "300 million euros". */
const CURRENCY_NOUNS: Record<string, string> = {
  yuan: "CNY",
  renminbi: "CNY",
  yen: "JPY",
  euro: "EUR",
  euros: "EUR",
  rupee: "INR",
  rupees: "INR",
};

/** Crowns by their country, named in the figure: "3 billion Norwegian crowns". */
export const CROWNS: ReadonlySet<string> = new Set(["crowns", "crown", "kroner", "krone", "kronor", "krona"]);
const CROWN_COUNTRY = /\b(Norwegian|Swedish|Danish|Czech|Icelandic)\b/;
const CROWN_CODES: Record<string, string> = {
  Norwegian: "NOK",
  Swedish: "SEK",
  Danish: "DKK",
  Czech: "CZK",
  Icelandic: "ISK",
};

/**
 * The ISO code of a counted noun that names a currency, else the unit as it was: "francs" is CHF
 * only when the figure says "Swiss" ("2 billion Swiss francs"), crowns when it names their country
 * ("Norwegian crowns"); "pounds" and "dollars" stay, as
 * they may weigh or belong to several countries.
 */
export function currencyCodeOf(unit: string | null, written: string): string | null {
  if (unit === null) return null;
  const code = CURRENCY_NOUNS[unit];
  if (code) return code;
  if ((unit === "francs" || unit === "franc") && /\bSwiss\b/.test(written)) return "CHF";
  if (CROWNS.has(unit)) {
    const country = CROWN_COUNTRY.exec(written)?.[1];
    if (country) return CROWN_CODES[country]!;
  }
  return unit;
}

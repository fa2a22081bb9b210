import { isNationalityOrParty } from "./nationalities-and-parties.ts";

/** "Lloyds Bank", "Deutsche Bank": a brand of one word, then "Bank". */
const BRAND_THEN_BANK = /^\p{Lu}[\p{L}’'&-]+ Bank$/u;
/**
 * First words that say what a bank is rather than whose it is: "the World Bank", "the Reserve
 * Bank", "the Central Bank", "the Development Bank".
 */
const WHAT_A_BANK_IS = new Set(
  "World Reserve Central National Federal Development Investment Export Import State People's People’s Land Savings Co-operative Cooperative Commonwealth Postal Agricultural Infrastructure Food Blood Sperm Seed Data Memory".split(
    " ",
  ),
);

/**
 * "Lloyds Bank", "Deutsche Bank", "Barclays Bank", "Ulster Bank": a bank named by its brand takes no
 * "the" ("According to Lloyds Bank"), where a bank named by what it is does ("the World Bank", "the
 * Reserve Bank", "the Swiss Bank").
 */
export function isBankNamedByBrand(name: string): boolean {
  if (!name.endsWith(" Bank") || !BRAND_THEN_BANK.test(name)) return false;
  const brand = name.slice(0, -" Bank".length);
  return !WHAT_A_BANK_IS.has(brand) && !isNationalityOrParty(brand);
}

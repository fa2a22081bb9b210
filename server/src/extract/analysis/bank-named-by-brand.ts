import { isNationalityOrParty } from "./nationalities-and-parties.ts";

/** "Lloyds Bank", "Deutsche Bank": a brand of one word, then "Bank". */
const BRAND_THEN_BANK = /^\p{Lu}[\p{L}’'&-]+ Bank$/u;
/**
 * First words that say what a bank is rather than whose it is: "the World Bank", "the Reserve
 * Bank", "the Central Bank", "the Development Bank".
 */
const WHAT_A_BANK_IS = new Set(
  "World Reserve Central National Federal Development Investment Export Import State People's People’s Land Savings Co-operative Cooperative Commonwealth Postal Agricultural Infrastructure Food Blood Sperm Seed Data Memory Merchant Merchants Settlement Mortgage Private Union City Community Business Housing Green Trust Credit Hometown Milk Tissue Bone Baby Clothes Gene Time Toy Book Cord Egg Organ Eye Brain Water Grain Uniform Furniture Ecology Arab Asian European African American Caribbean Gulf Left West East North South Dogger".split(
    " ",
  ),
);
/**
 * First words that say what kind or where a bank is by their ending: "the Royal Bank", "the
 * Commercial Bank", "the International Bank", "the Islamic Bank", "the Nordic Bank", "the Eastern
 * Bank". Brands end otherwise ("Lloyds", "Deutsche", "Barclays", "Ulster", "Raiffeisen").
 */
const KIND_OR_PLACE_ENDING = /(?:al|ern|ic)$/;

/**
 * "Lloyds Bank", "Deutsche Bank", "Barclays Bank", "Ulster Bank": a bank named by its brand takes no
 * "the" ("According to Lloyds Bank"), where a bank named by what it is does ("the World Bank", "the
 * Reserve Bank", "the Swiss Bank").
 */
export function isBankNamedByBrand(name: string): boolean {
  if (!name.endsWith(" Bank") || !BRAND_THEN_BANK.test(name)) return false;
  const brand = name.slice(0, -" Bank".length);
  return !WHAT_A_BANK_IS.has(brand) && !KIND_OR_PLACE_ENDING.test(brand) && !isNationalityOrParty(brand);
}

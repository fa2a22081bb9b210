import type { Claimant, ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { markRatedFalse } from "./disputed-claims.ts";

/**
 * Whose is the claim a fact-check's "What was claimed" box states (decision 570)? The box gives
 * the words alone; the column then names who said them ("Helen Whately said: “The number of people
 * claiming sickness benefits has doubled since 2019. …”"). The box's claim is that speaker's, and
 * an unnamed claimant's when the column quotes the words from no one: never the fact-checker's own,
 * since it is the claim under check.
 */
const UNNAMED_CLAIMANT: Claimant = { name: "unnamed claimant", type: "unnamed_sources", via: null };

/**
 * The tense a report shifts back ("Wes Streeting claimed that the number of nurses had fallen …"
 * for the box's "has fallen"): one word for each pair, so the report still matches the box.
 */
const BACKSHIFTED = /\b(?:have|had|are|was|were|would)\b/g;
const PRESENT: Record<string, string> = { have: "has", had: "has", are: "is", was: "is", were: "is", would: "will" };

/** A claim's words, for matching the box's with the column's: lower case, letters and digits only. */
function wordsOf(quote: string): string {
  return quote
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(BACKSHIFTED, (w) => PRESENT[w] ?? w)
    .trim();
}

/** Words that qualify the box's claim where a later claim restates it with more words of its own. */
const QUALIFIES = /\b(?:but|not|only|except|although|though)\b/;

/** The box's words must be this long to be matched in the column: a few words match anything. */
const MIN_MATCHED = 20;

/** Gives each of the box's claims, claims[from, to), the claimant of the column's claim of the same words. */
export function giveCheckedClaimItsClaimant(claims: ExtractedClaim[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const checked = claims[i]!;
    if (checked.claimant.type !== "article") continue;
    const words = wordsOf(checked.quote);
    let named: Claimant = UNNAMED_CLAIMANT;
    if (words.length >= MIN_MATCHED)
      for (let j = to; j < claims.length; j++) {
        const c = claims[j]!;
        if (c.claimant.type === "article") continue;
        const theirs = wordsOf(c.quote);
        if (theirs.includes(words) || (theirs.length >= MIN_MATCHED && words.includes(theirs))) {
          named = c.claimant;
          // The speaker's own words are the claim the verdict rated (decision 610); words that
          // qualify them ("… in some regions, but not nationally") are not what it rated.
          if (checked.flags.includes("disputed") && !QUALIFIES.test(theirs.replace(words, " ")))
            markRatedFalse(claims, j, j + 1);
          break;
        }
      }
    checked.claimant = named;
  }
}

/**
 * Gives the checked claims, claims[from, to), the maker a fact-check's "WHO SAID IT:" or "Claimed
 * by:" line names (decision 610): the claim under check is theirs, not the fact-checker's.
 */
export function giveCheckedClaimToMaker(claims: ExtractedClaim[], from: number, to: number, maker: Claimant): void {
  for (let i = from; i < to; i++) {
    const checked = claims[i]!;
    if (checked.claimant.type === "article" || checked.claimant === UNNAMED_CLAIMANT) checked.claimant = maker;
  }
}

import { kindOfReference, onlyOwnersBefore } from "./kind-written-with-name.ts";
import { isOrganisationPlural } from "./lexicon.ts";

/** "Procter & Gamble", "Johnson & Johnson": two capitalised names joined by "&", a firm's shape. */
const AMPERSAND_FIRM = /^\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*)? & \p{Lu}[\p{L}’'.-]*$/u;

/**
 * Pairs of people news copy writes with "&", as firms are ("Ant & Dec said they had raised …"):
 * nothing in the shape tells them from "Tate & Lyle", so they are listed (decision 540).
 */
const DUOS_WRITTEN_WITH_AMPERSAND = new Set([
  "Ant & Dec",
  "Simon & Garfunkel",
  "Hall & Oates",
  "Penn & Teller",
  "Key & Peele",
  "Morecambe & Wise",
  "French & Saunders",
  "Torvill & Dean",
]);

/** Bodies' plurals that are also surnames: "Banks said" may be the Tony Banks named before. */
const PLURALS_ALSO_SURNAMES = new Set(["Banks", "Chambers", "Courts", "Houses", "Posts", "Owners", "Makers"]);

/**
 * Speakers no person is, told by their shape where `claimantFromPhrase`'s word lists miss them
 * (decision 525): a firm written with "&" ("Procter & Gamble"); a body's plural that opens the
 * sentence, and so is capitalised ("Unions said …", "Councils said …"; lowercase plurals were
 * read already); and a kind that is only ever a body, left unresolved ("the operator", "the
 * publicly-owned operator"). A plain word before the kind may make it a person's trade ("the
 * crane operator"), so only hyphenated words may stand there.
 */
export function isBodyByShape(name: string): boolean {
  if (name.includes(" & ")) return AMPERSAND_FIRM.test(name) && !DUOS_WRITTEN_WITH_AMPERSAND.has(name);
  const kind = kindOfReference(name);
  if (kind !== null) return onlyOwnersBefore(kind);
  return capitalisedBodyPlural(name);
}

/**
 * "Unions", "Councils": a body's plural capitalised only because it opens the sentence, which the
 * wording writes in lowercase mid-sentence ("According to unions, …"; decision 540).
 */
export function capitalisedBodyPlural(name: string): boolean {
  if (name.includes(" ")) return false;
  const lower = name.toLowerCase();
  return lower !== name && isOrganisationPlural(lower) && !PLURALS_ALSO_SURNAMES.has(name);
}

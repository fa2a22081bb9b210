import { isNationalityOrParty } from "./nationalities-and-parties.ts";
import { isUnnamedGroupNoun } from "./unnamed-groups.ts";

/**
 * Bodies whose names hold no body's word and so read like a person's capitalised name
 * (decision 355): a name that no person bears by its shape alone.
 *
 * - "Transport for Wales", "Transport for London": a capitalised word, "for" and a capitalised
 *   name. A person's name holds no "for"; with a role ("Minister for Europe Stephen Doughty") the
 *   role decides, as before.
 * - "Natural Resources Wales", "Public Health Scotland", "Arts Council England": three words or
 *   more ending in a nation of the UK, the word before it capitalised ("the Prince of Wales" and
 *   "Jimmy Wales" stay people).
 * - "Electricity North West", "Ambulance Service North East": three words or more ending in a
 *   region named by two points of the compass (the singer's daughter North West stays a person).
 * - "the Nuggets", "the Lakers": "the" and one capitalised word in the plural, a team or a band.
 *   A family ("the Obamas") is told apart by the article, which names one of them with a given
 *   name ("Barack Obama"; see `ClaimantMemory.speaker`). Not people by nation or party ("the
 *   Canadians", "the Democrats") nor a group capitalised as a heading may ("the Critics").
 */
const UK_NATIONS = new Set(["England", "Scotland", "Wales", "Ireland"]);
const POINTS = new Set(["North", "South"]);
const SIDES = new Set(["East", "West"]);
const CAPITALISED = /^\p{Lu}/u;

/** `written`: the name's words as written, split at spaces and hyphens, with no leading "the". */
export function namedLikeABody(written: readonly string[]): boolean {
  const n = written.length;
  if (n < 2) return false;
  const last = written[n - 1]!;
  // Cheap first: only these shapes can match.
  if (n >= 3 && CAPITALISED.test(written[n - 2]!)) {
    if (UK_NATIONS.has(last)) return true;
    if (SIDES.has(last) && POINTS.has(written[n - 2]!)) return true;
  }
  return n >= 3 && written[1] === "for" && CAPITALISED.test(written[0]!) && CAPITALISED.test(written[2]!);
}

/** "the Nuggets", "The Lakers": the phrase as written, before "the" is dropped. */
const THE_PLURAL_NAME = /^[Tt]he\s+(\p{Lu}\p{Ll}{2,})s$/u;

/** The singular of a plural name after "the" ("Nugget" for "the Nuggets"), else null. */
export function pluralNameAfterThe(phrase: string): string | null {
  // Cheap first: "the …s".
  if (phrase.length < 8 || phrase.charCodeAt(phrase.length - 1) !== 115) return null;
  const m = THE_PLURAL_NAME.exec(phrase);
  // "the Swiss", "the Bass": no plural.
  if (m === null || m[1]!.endsWith("s")) return null;
  const singular = m[1]!;
  return isNationalityOrParty(singular) || isUnnamedGroupNoun(`${singular}s`) ? null : singular;
}

import { chargedByALeague } from "./clubs-and-firms-after-a-figure.ts";
import { countedByCounty, countiesListedAfter, isCountyNamedAlone } from "./counties-listed-alone.ts";

/** What a court or the police do to people and to nothing else ("killed" and "injured" are not). */
export const ACTS_ON_PEOPLE = "jailed|charged|arrested|sentenced|convicted|remanded|bailed|cleared|acquitted";
/**
 * "Police arrested Jones, 28, Smith, 34, and Patel, 41, on Friday": a court's or the police's act
 * before a list of surnames and their ages. Decision 585 read the first age only, as the act
 * stands right before the first surname; every age of the list is a person's (decision 625). Not
 * "killed" or "injured", which a storm does to places ("The storm injured Cornwall, 34, and Devon,
 * 28"), nor "named" or "identified", which name places too.
 */
const LISTED_AFTER_AN_ACT = new RegExp(
  `\\b(?:${ACTS_ON_PEOPLE})[ \\u00a0]+((?:\\p{Lu}[\\p{L}'’-]*\\p{Ll},[ \\u00a0]+\\d{1,3},[ \\u00a0]+){1,3})(?:and[ \\u00a0]+)?(\\p{Lu}[\\p{L}'’-]*\\p{Ll}),[ \\u00a0]+$`,
  "u",
);
const FIGURE_BEFORE_NAME = /\d,[ \u00a0]+(?:and[ \u00a0]+)?\p{Lu}[\p{L}'’-]*,[ \u00a0]+$/u;
/** Each surname of a list and its age. */
export const SURNAME_AND_AGE = /(\p{Lu}[\p{L}'’-]*\p{Ll}),[ \u00a0]+(\d{1,3})/gu;

/**
 * Is the figure at text[at] the age of a surname listed after a court's act, every name of the
 * list one `mayBeSurname` takes (no club, firm, party or place) and every age an adult's?
 */
export function ageListedAfterACourtAct(
  text: string,
  at: number,
  mayBeSurname: (word: string, after: string) => boolean,
): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  // Cheap first: a list puts a figure and a comma right before this name, read in the last 40 chars.
  if (!FIGURE_BEFORE_NAME.test(before.slice(-40))) return false;
  const m = LISTED_AFTER_AN_ACT.exec(before);
  // "The FA charged Bolton, 34, and Preston, 28, with failing to control their players": clubs.
  if (m === null) return false;
  const after = text.slice(at, at + 64).replace(/^\d+/, "");
  if (chargedByALeague(before.slice(0, m.index), m[0], after)) return false;
  if (!mayBeSurname(m[2]!, after)) return false;
  let counties = isCountyNamedAlone(m[2]!) ? 1 : 0;
  let listed = 1;
  for (const person of m[1]!.matchAll(SURNAME_AND_AGE)) {
    if (Number(person[2]) < 16 || !mayBeSurname(person[1]!, after)) return false;
    if (isCountyNamedAlone(person[1]!)) counties++;
    listed++;
  }
  // "Police charged Kent, 34, Sussex, 28, and Surrey, 41, …": three or more counties and nothing
  // else after "charged" or "arrested" are the counties' counts (decision 665); a pair may be two
  // people named so.
  if (counties < listed || !countedByCounty(m[0])) return true;
  const more = countiesListedAfter(after);
  return more < 0 || listed + more < 3;
}

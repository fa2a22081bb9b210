/**
 * A parliament's research library, and the houses themselves, named as a table's source ("Source:
 * House of Commons Library", "Source: Commons Library", "Data: Library of Congress", "Source: House
 * of Lords"). They publish figures as a statistics office does, but no word of their names is a
 * body's head word (table-source.ts's BODY_HEAD), an acronym or a one-word source's name, so the
 * line credited nothing and was read as a claim of its own. A library by any other name ("Local
 * Library", a reading room or a photo library) is no source of figures and is not read here, and
 * nor are "Commons" and "Lords" without "Library": "Source: Lords" under a county's table is the
 * cricket ground's, "Commons" alone a picture archive's.
 */

const PARLIAMENT_SOURCE =
  /^(?:[Tt]he\s+)?(?:(?:House\s+of\s+(?:Commons|Lords)|Scottish\s+Parliament|Senedd)(?:\s+Library)?|(?:Commons|Lords)\s+Library|Library\s+of\s+Congress)$/;

/** Is the phrase (trimmed) a parliament's house or its research library? */
export function namesParliamentSource(phrase: string): boolean {
  // Cheap first: every name here holds "Library", "House", "Commons", "Lords", "Parliament" or "Senedd".
  if (phrase.length < 5 || phrase.length > 40) return false;
  return PARLIAMENT_SOURCE.test(phrase);
}

/**
 * A claimant's name that is a parliament's library or house and is written without its "the"
 * ("Commons Library", "Lords Library", "Senedd"): in a wording it reads "According to the Commons
 * Library", as "the House of Commons Library" and "the Scottish Parliament" already did (decision
 * 715). A name written with its "The" keeps it as it stands.
 */
export function takesTheAsParliament(name: string): boolean {
  // Cheap first: the name opens with one of the capitals the names here open with, and is no "The …".
  const c = name.charCodeAt(0);
  if ((c !== 67 && c !== 76 && c !== 83) || name.length > 24) return false; // "C", "L", "S"
  return namesParliamentSource(name);
}

/** What a body publishes, named after it: "Commons Library figures", "Lords Library data". */
const PUBLISHED_WORDS = new Set(["figures", "data", "analysis", "research", "estimates", "statistics", "numbers"]);

/**
 * A claimant's name that is a parliament's library or house followed by what it published
 * ("Commons Library figures show …"), worded as the library's own with "the": "the Commons
 * Library's figures" (decision 745), where "Commons Library figures" read as a person's name would.
 * Null for any other name ("Senedd researchers" are people, and take no "the").
 */
export function parliamentPublishedReference(name: string): string | null {
  // Cheap first: the opening capital takesTheAsParliament asks for, and a last word after a space.
  const c = name.charCodeAt(0);
  if (c !== 67 && c !== 76 && c !== 83) return null; // "C", "L", "S"
  const space = name.lastIndexOf(" ");
  if (space < 0 || !PUBLISHED_WORDS.has(name.slice(space + 1))) return null;
  const owner = name.slice(0, space);
  return takesTheAsParliament(owner) ? `the ${owner}'s ${name.slice(space + 1)}` : null;
}

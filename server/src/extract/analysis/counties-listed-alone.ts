import { LIST_GOES_ON } from "./clubs-and-firms-after-a-figure.ts";

/**
 * Counties news copy names by one word. A county is a surname too ("Kent", "Durham", "Devon"), so
 * one named alone keeps its age; a list whose every name is a county ("Police charged Kent, 34,
 * Sussex, 28, and Surrey, 41, with breaching rules") is a tally of the counties, each figure a
 * count, not an age (decision 665). Decision 625 read every figure of a list after a court's act as
 * an age where each name may be a surname; a list of three or more counties and nothing else after
 * "charged" or "arrested" is left out of that reading.
 */
const COUNTIES = new Set(
  (
    "Kent Essex Surrey Sussex Devon Cornwall Dorset Somerset Norfolk Suffolk Cumbria Northumberland " +
    "Durham Merseyside Cleveland Rutland Middlesex Avon Gwent Powys Dyfed Gwynedd Clwyd Fife Angus Moray"
  ).split(" "),
);

/** Is the word a county's name ("Surrey", or any "-shire": "Hampshire", "Lancashire")? */
export function isCountyNamedAlone(word: string): boolean {
  return COUNTIES.has(word) || word.endsWith("shire");
}

const LISTED_NAME = /(\p{Lu}[\p{L}'’-]*\p{Ll}),/gu;

/**
 * How many counties the list after a figure goes on with ("…, Sussex, 28, and Surrey, 41": 2;
 * `after` from the comma after the figure): 0 with no list, -1 where a name is no county's.
 */
export function countiesListedAfter(after: string): number {
  const list = LIST_GOES_ON.exec(after);
  if (list === null) return 0;
  let listed = 0;
  for (const name of list[0].matchAll(LISTED_NAME)) {
    if (!isCountyNamedAlone(name[1]!)) return -1;
    listed++;
  }
  return listed;
}

/**
 * The acts a tally counts by county: "Police arrested Kent, 34, …" may count the arrests made in
 * each, but no court jails, sentences or bails a county, so after those a county's name is a
 * surname.
 */
const COUNTED_BY_COUNTY = /^(?:charged|arrested)\b/;

/** Is the act (the text from the act's word on) one a tally counts by county? */
export function countedByCounty(act: string): boolean {
  return COUNTED_BY_COUNTY.test(act);
}

/**
 * Does the first county of a list after `act` go on with at least two more counties and nothing
 * else ("charged Kent, 34, Sussex, 28, and Surrey, 41, …", `after` from the comma after the first
 * figure)? A pair may be two people named so ("Durham, 33, and Devon, 29").
 */
export function countiesCountedAfterAct(act: string, word: string, after: string): boolean {
  // Cheap first: the word is a county's.
  return isCountyNamedAlone(word) && countedByCounty(act) && countiesListedAfter(after) >= 2;
}

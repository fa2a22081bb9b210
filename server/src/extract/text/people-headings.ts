/**
 * Column headings that name people: "Member", "Player", "Name", "Shadow minister", "Winner",
 * "Runner-up", "Replaced by". A table of people heads the column of their names with what they are
 * (decision 785); a site's strip of furniture heads it with a section ("Analysis", "Topics",
 * "Listen", "Police") and sets a name under it, so the heading over the names tells the two apart.
 */

import { isRole } from "../analysis/title-after-name.ts";

/** People named by where they stand to another in the same row (`RELATIONS`, below). */
const RELATION_WORDS = [
  "winner",
  "runner-up",
  "apprentice",
  "mentor",
  "successor",
  "predecessor",
  "incumbent",
  "deputy",
  "partner",
  "peer",
];

/**
 * People a table lists that the role words of `isRole` do not hold: who was placed or paired,
 * "name" itself ("Name | Sport | Team"), and who a results table, a court list, a school's or a
 * show's list heads its names with ("Driver | Team", "Defendant | Charge", "Pupil | School", "Cast |
 * Role", "Staff | Job"): decision 745 read these as tables.
 */
const LISTED_PEOPLE = new Set([
  "name",
  ...RELATION_WORDS,
  "driver",
  "rider",
  "jockey",
  "cyclist",
  "athlete",
  "runner",
  "swimmer",
  "golfer",
  "boxer",
  "competitor",
  "contestant",
  "entrant",
  "finalist",
  "defendant",
  "accused",
  "suspect",
  "victim",
  "pupil",
  "student",
  "staff",
  "trustee",
  "volunteer",
  "employee",
  "guest",
  "writer",
  "artist",
  "actor",
  "cast",
  // A crew's list and a shadow cabinet's ("Crew | Job" over "Jo Smith | Pilot", "Shadow cabinet |
  // Brief" over "Jo Smith | Treasury"): both name the people listed under them (decision 840).
  "crew",
  "cabinet",
]);

/** Does the heading (one or two words) name people: its last word a role, singular or plural? */
export function namesPeople(heading: string): boolean {
  const last = lastWord(heading);
  const single = singular(last);
  return isRole(last) || isRole(single) || LISTED_PEOPLE.has(last) || LISTED_PEOPLE.has(single);
}

/**
 * Does the heading name the person a row's other name stands to: a role ("Runner-up", "Mentor") or
 * what was done by them ("Replaced by", "Succeeded by")?
 */
export function namesPersonsRelation(heading: string): boolean {
  return heading.endsWith(" by") || namesPeople(heading);
}

/**
 * People named by where they stand to another in the same row: "Winner | Runner-up", "Apprentice
 * | Mentor", "Minister | Successor". Their rows read one name as the other's ("Jo Smith: Runner-up:
 * Ana Ruiz", decision 785); other people's headings over names ("Presenters | Editors") set two
 * people side by side, neither the other's (decision 840).
 */
const RELATIONS = new Set(RELATION_WORDS);

/** Does the heading name a person by where they stand to the row's first ("Runner-up", "Replaced by")? */
export function namesRelation(heading: string): boolean {
  if (heading.endsWith(" by")) return true;
  const last = lastWord(heading);
  return RELATIONS.has(last) || RELATIONS.has(singular(last));
}

/** A heading's last word, lowercased: "Shadow minister" gives "minister". */
export function lastWord(heading: string): string {
  return heading.slice(heading.lastIndexOf(" ") + 1).toLowerCase();
}

/** A plural's singular by its "-s": "editors" gives "editor". */
export function singular(word: string): string {
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

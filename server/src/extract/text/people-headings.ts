/**
 * Column headings that name people: "Member", "Player", "Name", "Shadow minister", "Winner",
 * "Runner-up", "Replaced by". A table of people heads the column of their names with what they are
 * (decision 785); a site's strip of furniture heads it with a section ("Analysis", "Topics",
 * "Listen", "Police") and sets a name under it, so the heading over the names tells the two apart.
 */

import { isRole } from "../analysis/title-after-name.ts";

/**
 * People a table lists that the role words of `isRole` do not hold: who was placed or paired,
 * "name" itself ("Name | Sport | Team"), and who a results table, a court list, a school's or a
 * show's list heads its names with ("Driver | Team", "Defendant | Charge", "Pupil | School", "Cast |
 * Role", "Staff | Job"): decision 745 read these as tables.
 */
const LISTED_PEOPLE = new Set([
  "name",
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
]);

/** Does the heading (one or two words) name people: its last word a role, singular or plural? */
export function namesPeople(heading: string): boolean {
  const last = heading.slice(heading.lastIndexOf(" ") + 1).toLowerCase();
  const single = last.endsWith("s") ? last.slice(0, -1) : last;
  return isRole(last) || isRole(single) || LISTED_PEOPLE.has(last) || LISTED_PEOPLE.has(single);
}

/**
 * Does the heading name the person a row's other name stands to: a role ("Runner-up", "Mentor") or
 * what was done by them ("Replaced by", "Succeeded by")?
 */
export function namesPersonsRelation(heading: string): boolean {
  return heading.endsWith(" by") || namesPeople(heading);
}

/**
 * "The dam will cost $4 billion, Smith and the ministry said": two sources in one subject, a
 * person named first and a body after "and the". The claim is the pair's, kept as one claimant
 * under the name as written; the pair is no one person, so a later "she said" is not theirs, and
 * the wording reads "According to Smith and the ministry", not "the Smith and the ministry".
 * Names with "and" inside them ("Johnson and Johnson", "Marks and Spencer", "the Department of
 * Health and Human Services") have no "the" and lowercase word after "and", and are read as before.
 */
const PERSON_AND_BODY = /^((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*)\s+and\s+(the\s+\p{Ll}[\p{L}’'\s-]*)$/u;

/** The two parts of a subject that names a person, then a body after "and the"; null for any other name. */
export function personAndBody(name: string): { person: string; body: string } | null {
  if (!name.includes(" and the ")) return null;
  const m = PERSON_AND_BODY.exec(name);
  return m === null ? null : { person: m[1]!, body: m[2]! };
}

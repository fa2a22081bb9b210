// A letter signed in capitals (decision 690): some pages print the writer's name as "ANNE HOLLOWAY"
// or "DR ANNE HOLLOWAY". The claimant is the person, named as a page in lower case names them
// ("Anne Holloway", "Dr Anne Holloway", "Lord Tyler of Linkinhorne"), so one writer reads the same
// on every page.

import { titleCase } from "./speaker-labels.ts";

/** A peer's "of" that title case would capitalise: "Lord Tyler Of Linkinhorne". */
const PEERS_OF = / Of (?=\p{Lu})/gu;

/** The signature's name in title case when it is printed all in capitals; else as it is. */
export function nameFromCapitals(name: string): string {
  // Cheap first: a name in capitals has no lower-case letter, and has a letter.
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  return titleCase(name).replace(PEERS_OF, " of ");
}

// A letter signed in capitals (decision 690): some pages print the writer's name as "ANNE HOLLOWAY"
// or "DR ANNE HOLLOWAY". The claimant is the person, named as a page in lower case names them
// ("Anne Holloway", "Dr Anne Holloway", "Lord Tyler of Linkinhorne"), so one writer reads the same
// on every page.

import { titleCase } from "./speaker-labels.ts";

/** A peer's "of" that title case would capitalise: "Lord Tyler Of Linkinhorne". */
const PEERS_OF = / Of (?=\p{Lu})/gu;

/**
 * Letters a page prints in capitals in lower case too: an honour or a seat after the name ("Anne
 * Holloway MBE", "… MP", "… QC") and a body's initials ("NHS Confederation"; decision 690's review).
 */
const KEPT_IN_CAPITALS = /\b(?:Mbe|Obe|Cbe|Kbe|Dbe|Mp|Mep|Msp|Qc|Kc|Jp|Frs|Nhs|Bbc|Tuc|Uk)\b/g;
/** "MCDONALD" is McDonald. */
const MC = /\bMc(\p{Ll})/gu;

/** The signature's name in title case when it is printed all in capitals; else as it is. */
export function nameFromCapitals(name: string): string {
  // Cheap first: a name in capitals has no lower-case letter, and has a letter.
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  return titleCase(name)
    .replace(PEERS_OF, " of ")
    .replace(KEPT_IN_CAPITALS, (word) => word.toUpperCase())
    .replace(MC, (_, letter: string) => "Mc" + letter.toUpperCase());
}

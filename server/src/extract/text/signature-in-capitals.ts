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
/**
 * "McDONALD", "MacDONALD": a name in capitals whose prefix the page prints in lower case shows how
 * the name is spelt (decision 755). "MACDONALD" shows nothing: Macdonald and MacDonald are both
 * names, so it reads "Macdonald".
 */
const SHOWN_PREFIX = /\bMa?c(?=\p{Lu})/gu;
/**
 * Initials with no vowel, three letters or more, are an honour the list above does not name ("FRCP",
 * "FRCS", "MRCGP"; decision 755): no name is spelt so ("NG" is a name, and two letters).
 */
const HONOUR_INITIALS = /^[B-DF-HJ-NP-TV-XZ]{3,}$/;

/** The signature's name in title case when it is printed all in capitals; else as it is. */
export function nameFromCapitals(name: string): string {
  // Cheap first: a name in capitals has a letter, and no lower-case letter but a "Mc" or "Mac" before a capital.
  if (name === name.toLowerCase()) return name;
  const prefixShown = name !== name.toUpperCase();
  if (prefixShown && !inCapitalsButPrefix(name)) return name;
  const words = name.split(" ");
  return titleCase(name)
    .replace(PEERS_OF, " of ")
    .replace(KEPT_IN_CAPITALS, (word) => word.toUpperCase())
    .replace(MC, (_, letter: string) => "Mc" + letter.toUpperCase())
    .split(" ")
    .map((word, i) => asPrinted(words[i]!, word, prefixShown))
    .join(" ");
}

/** Is every letter of the name a capital but a "Mc" or "Mac" the page shows ("ANNE McDONALD")? */
function inCapitalsButPrefix(name: string): boolean {
  const rest = name.replace(SHOWN_PREFIX, "M");
  return rest === rest.toUpperCase();
}

/** A word in title case put back as the page shows it: "MacDonald" for "MacDONALD", "FRCP" for "FRCP". */
function asPrinted(printed: string, titled: string, prefixShown: boolean): string {
  if (HONOUR_INITIALS.test(printed)) return printed;
  if (prefixShown && printed.startsWith("Mac") && printed.length > 3)
    return "Mac" + titled.charAt(3).toUpperCase() + titled.slice(4);
  return titled;
}

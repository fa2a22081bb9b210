// "Nigel Farage said …. Hebden Bridge flooded on Friday. He told LBC on Monday.": nothing in
// "Hebden Bridge" shows a place ("Bridge", "Street", "Green" are surnames too), but an article that
// writes "a rally in Hebden Bridge" elsewhere has told which it is (decision 855, left from decision
// 815). People are written after "in" too, after words that take a person ("lost faith in Kemi
// Badenoch", "drafted in Zia Yusuf"; see someone-after-in.ts) or before their things ("in Kemi
// Badenoch's cabinet"): those do not count.

import { someoneAfterIn } from "./someone-after-in.ts";

/** A char that goes on a name: "Bridgewater" after "Bridge", "'s" after "Badenoch". */
const NAME_GOES_ON = /[\p{L}'’-]/u;

/** The words before a place's name: "in Hebden Bridge", "near Clacton", and "at" where it names one. */
const LEADS = [" in ", " near "];
const LEADS_WITH_AT = [...LEADS, " at "];

/**
 * Does the article write `name` as a place: after "in " or "near ", whole, not as someone's? With
 * `placeAfterAt`, after "at " too where it says "at " names a place ("spoke at Barnsley"; decision
 * 945).
 */
export function writtenAsAPlace(
  body: string,
  name: string,
  placeAfterAt?: (text: string, at: number) => boolean,
): boolean {
  for (const lead of placeAfterAt === undefined ? LEADS : LEADS_WITH_AT) {
    const phrase = `${lead}${name}`;
    for (let i = body.indexOf(phrase); i >= 0; i = body.indexOf(phrase, i + 1)) {
      const after = body[i + phrase.length] ?? " ";
      // "in Hebden Bridgewater", "in Kemi Badenoch's cabinet": another name, or the person's.
      if (NAME_GOES_ON.test(after)) continue;
      const at = i + lead.length;
      if (lead === " near " || (lead === " in " ? !someoneAfterIn(body, at) : placeAfterAt!(body, at))) return true;
    }
  }
  return false;
}

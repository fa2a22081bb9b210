// "Nigel Farage said …. Hebden Bridge flooded on Friday. He told LBC on Monday.": nothing in
// "Hebden Bridge" shows a place ("Bridge", "Street", "Green" are surnames too), but an article that
// writes "a rally in Hebden Bridge" elsewhere has told which it is (decision 855, left from decision
// 815). People are written after "in" too, after words that take a person ("lost faith in Kemi
// Badenoch", "drafted in Zia Yusuf"; see someone-after-in.ts) or before their things ("in Kemi
// Badenoch's cabinet"): those do not count.

import { someoneAfterIn } from "./someone-after-in.ts";

/** A char that goes on a name: "Bridgewater" after "Bridge", "'s" after "Badenoch". */
const NAME_GOES_ON = /[\p{L}'’-]/u;

/** Does the article write `name` as a place: after "in " or "near ", whole, not as someone's? */
export function writtenAsAPlace(body: string, name: string): boolean {
  for (const lead of [" in ", " near "]) {
    const phrase = `${lead}${name}`;
    for (let i = body.indexOf(phrase); i >= 0; i = body.indexOf(phrase, i + 1)) {
      const after = body[i + phrase.length] ?? " ";
      // "in Hebden Bridgewater", "in Kemi Badenoch's cabinet": another name, or the person's.
      const whole = !NAME_GOES_ON.test(after);
      if (whole && (lead === " near " || !someoneAfterIn(body, i + lead.length))) return true;
    }
  }
  return false;
}

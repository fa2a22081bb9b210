import { REPORTING_VERBS } from "./lexicon.ts";
import { ANONYMITY } from "./reported-content.ts";

/** "who spoke on condition of anonymity because …, ": a who-clause up to its closing comma. */
const WHO_ASIDE = /^(?:who|whom)\s([^,“”"]{2,200}?),\s*/u;
/**
 * A comma inside the aside rather than its end: "who lives in Austin, Texas,", "who joined on
 * Jan. 5, 2020,", "who works for Smith, Jones & Co.,": a place, year or firm name closed by a
 * second comma.
 */
const ASIDE_GOES_ON = /^(?:[\p{Lu}\d][\p{L}\d.’'&-]*(?:\s+(?:&|[\p{Lu}\d][\p{L}\d.’'&-]*)){0,3}),\s*/u;
/**
 * Sourcing boilerplate worded as the reporter's: "who was not authorized to discuss them
 * publicly", "who spoke on background", "who was not permitted to comment".
 */
const ASIDE_ANONYMITY =
  /\bnot (?:authori[sz]ed|permitted|allowed|cleared) to (?:speak|discuss|comment|talk)|\bon background\b|\bwithout being (?:named|identified)/i;
/** "who said", "who has also warned": the aside is the source's own statement. */
const ASIDE_SPEECH = /^(?:(?:has|had|also|later|previously|earlier)\s+){0,2}(\p{L}+)/u;

/**
 * "According to a mission official, who spoke on condition of anonymity because the data had not
 * yet been formally reviewed, the spectrometer detected glycine": the who-clause after an opening
 * "According to X," describes the source and is no part of what the source said. Returns its
 * length with the space after it, its clause without "who", and whether it says the source is
 * anonymous (then it is no claim either); null when `rest` does not open with such a clause, or
 * when the clause reports the source's own words ("who said the data was incomplete": that is
 * the source's claim, not the article's, and stays in the wording).
 */
export function whoAsideAfterSource(
  rest: string,
): { length: number; clauseLength: number; clause: string; anonymous: boolean } | null {
  // Cheap first: "who" and "whom" open with "w".
  if (rest.charCodeAt(0) !== 119) return null;
  const m = WHO_ASIDE.exec(rest);
  if (m === null || m[0].length >= rest.length) return null;
  let length = m[0].length;
  let clauseLength = m[0].trimEnd().length - 1;
  // "who lives in Austin, Texas, rents …": the state belongs to the aside.
  for (
    let more = ASIDE_GOES_ON.exec(rest.slice(length));
    more !== null;
    more = ASIDE_GOES_ON.exec(rest.slice(length))
  ) {
    if (length + more[0].length >= rest.length) break;
    clauseLength = length + more[0].trimEnd().length - 1;
    length += more[0].length;
  }
  const clause = rest.slice(rest.indexOf(" ") + 1, clauseLength);
  const verb = ASIDE_SPEECH.exec(clause);
  if (verb !== null && REPORTING_VERBS.has(verb[1]!.toLowerCase())) return null;
  return { length, clauseLength, clause, anonymous: ANONYMITY.test(clause) || ASIDE_ANONYMITY.test(clause) };
}

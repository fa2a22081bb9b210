import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { isDigit } from "../text/char-classes.ts";

/**
 * "… the city recorded 1,412 violent crimes in 2021. In 2025, it recorded 1,609.": the second
 * sentence repeats the first one's subject and verb with "it" and leaves out what it counts. Read
 * alone in a claim list, "In 2025, it recorded 1,609" says nothing to check. When a claim is only
 * "[In <year>,] it <verb> <figure>" and a claim of the sentence before has "<subject> <same verb>
 * <figure> <what it counts>", the claim is worded with that subject and what it counts ("In 2025,
 * the city recorded 1,609 violent crimes"), and its figure takes that unit.
 * Only this bare shape: "It recorded a loss of $3 million" or a verb the sentence before does not
 * use is left as written.
 */
const BARE_FIGURE_WITH_IT =
  /^((?:In|By|For|During) (?:19|20)\d\d,? )?it ([a-z]{3,}ed) ((?:about|nearly|almost|roughly|more than|fewer than|just) )?(\d[\d,.]*)$/;
/** "the city", "the department", "Brookhaven": the verb's subject in the claim before, right before it. */
const SUBJECT_BEFORE = /(?:^|\s)((?:the|its|their) [a-z]+(?: [a-z]+)?|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}) $/u;
/** The figure's own digits at the start of a quantity's text, and the words it counts after them. */
const COUNTED_AFTER_DIGITS = /^\d[\d,.]*\s+([\p{L}-]+(?:\s[\p{L}-]+){0,2})$/u;
/**
 * Words after the digits that are no part of what is counted: a scale ("2.1 million visitors":
 * copied, "950,000" would read "950,000 million visitors") or a comparison ("12 more deaths":
 * "it recorded 9" is no 9 more). Such a figure lends nothing; the claim is left as written.
 */
const SCALE_OR_COMPARISON =
  /(?:^|\s)(?:hundred|thousand|million|billion|trillion|dozen|more|fewer|less|additional|extra|further|other|new)(?:\s|$)/i;

export interface ParallelFigure {
  wording: string;
  unit: string;
}

/**
 * The wording and unit for the claim text `span` of the article's own, from the claims of the
 * sentence before, claims[from, to); null when the claim is not that shape or nothing matches.
 */
export function parallelFigure(
  span: string,
  claims: readonly ExtractedClaim[],
  from: number,
  to: number,
): ParallelFigure | null {
  // "it" is the first or, after a year, the fourth word: cheap tests before the regex.
  if (span.length > 60 || !(span.startsWith("it ") || span.includes(", it ") || span.includes(" it "))) return null;
  const m = BARE_FIGURE_WITH_IT.exec(span);
  if (m === null) return null;
  const verb = ` ${m[2]!} `;
  for (let k = to - 1; k >= from; k--) {
    const c = claims[k]!;
    const at = c.quote.indexOf(verb);
    if (at < 0) continue;
    const subject = SUBJECT_BEFORE.exec(c.quote.slice(Math.max(0, at - 40), at + 1));
    const figureAt = c.start + at + verb.length;
    const q = c.quantities.find((x) => x.start === figureAt);
    if (subject === null || q === undefined || q.unit === null) continue;
    const counted = COUNTED_AFTER_DIGITS.exec(q.text);
    if (counted === null || SCALE_OR_COMPARISON.test(counted[1]!)) continue;
    const lead = m[1] ?? "";
    return {
      wording: `${lead}${lead === "" ? capitalised(subject[1]!) : subject[1]!} ${m[2]!} ${m[3] ?? ""}${m[4]!} ${counted[1]!}`,
      unit: q.unit,
    };
  }
  return null;
}

/** "Jones had 15", "the Celtics scored 98": a name of one to three words, a verb and a bare figure, the whole claim. */
const NAME_VERB_FIGURE =
  /^((?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}) ([a-z]{3,}) (\d{1,3}(?:,\d{3}){0,3})$/u;
/** "Smith scored ", "Shai Gilgeous-Alexander scored ": a name and a verb before the figure. */
const NAME_VERB_BEFORE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} ([a-z]{3,}) $/u;
/**
 * Verbs a box score lists a second player's figure with, whatever verb the first one had. Such a
 * bare figure is points, the one figure a box score leaves bare: "Mahomes threw 3 touchdowns,
 * Kelce had 110" (yards), "James had 10 assists, Davis had 35" (points) lend nothing.
 */
const LISTING_VERBS = new Set(["had", "added", "contributed"]);
/**
 * A box score's tallies other than points: "Smith added 5 assists and Jones added 12" is 12 points
 * as often as 12 assists, and lends nothing.
 */
const BOX_SCORE_TALLIES = new Set([
  "assists",
  "rebounds",
  "steals",
  "blocks",
  "threes",
  "goals",
  "tries",
  "runs",
  "hits",
  "wickets",
  "yards",
  "touchdowns",
  "tackles",
  "sacks",
  "saves",
  "strikeouts",
  "receptions",
]);

/**
 * Does a listing verb's bare figure take the noun counted before it? Points, whatever the verb
 * before; and "added" said again lends what it added when that is no other tally of a box score:
 * "Microsoft added 3,000 jobs and Google added 2,000" is 2,000 jobs (decision 415).
 */
function listingVerbLends(verb: string, verbBefore: string, noun: string): boolean {
  if (noun === "points") return true;
  return verb === "added" && verbBefore === "added" && addedLends(noun);
}

/** Does "added" said twice lend `noun` (the last word counted before) to the second bare figure? */
export function addedLends(noun: string): boolean {
  return !BOX_SCORE_TALLIES.has(noun);
}

/**
 * "Smith scored 20 points, Jones had 15 and …": a clause split from the same sentence, only a name,
 * a verb and a bare figure, counts what the clause before it (`previous`, the claim just before,
 * "<name> <verb> <figure> <noun>") counted, and is worded with it: "Jones had 15 points". A figure
 * in a split-off clause had counted nothing. Only with the same verb ("Smith served 20 years,
 * Jones served 15"), or with a listing one ("had", "added") after points: "Smith won 3 medals,
 * Jones turned 15" is an age, not medals. Null when not that shape.
 */
export function parallelClauseFigure(span: string, previous: ExtractedClaim | undefined): ParallelFigure | null {
  if (previous === undefined || span.length > 48 || !isDigit(span.charCodeAt(span.length - 1))) return null;
  const m = NAME_VERB_FIGURE.exec(span);
  const q = previous.quantities[0];
  if (m === null || previous.quantities.length !== 1 || q === undefined || q.unit === null) return null;
  const lead = NAME_VERB_BEFORE.exec(previous.quote.slice(0, q.start - previous.start));
  // "1" would be worded with a plural: "Vinicius scored 1 goals".
  if (lead === null || m[3] === "1") return null;
  const counted = COUNTED_AFTER_DIGITS.exec(q.text);
  if (counted === null || SCALE_OR_COMPARISON.test(counted[1]!)) return null;
  if (LISTING_VERBS.has(m[2]!) ? !listingVerbLends(m[2]!, lead[1]!, counted[1]!) : lead[1] !== m[2]) return null;
  return { wording: `${span} ${counted[1]!}`, unit: q.unit };
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

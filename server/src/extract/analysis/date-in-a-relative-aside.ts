import { CONCEDING_PASTS, REPORTING_VERBS } from "./lexicon.ts";

/**
 * "The keeper, who conceded yesterday, said the defence was poor": a date right after the verb of
 * a relative aside about the speaker dates the aside's act (the goal conceded, the sales admitted),
 * not the statement the sentence goes on to report (decision 1110). The aside's verb, with "has" or
 * "had" before it or not, stands right after ", who" or ", which"; it is captured for the test of
 * a speaking aside below.
 */
const ASIDE_VERB_BEFORE = /,[ \u00a0]+(?:who|which)[ \u00a0]+(?:(?:has|had)[ \u00a0]+)?([^\s,]+)[ \u00a0]+$/i;

/**
 * Verbs of speaking whose aside is the statement itself: "The minister, who spoke on Monday, said
 * …", "The witness, who testified on Friday, said …", "The union, which warned on Friday, said …"
 * report one act, made that day. The reporting verbs, with "spoke" (a verb of speaking that takes
 * no clause), but not the conceding pasts ("who conceded yesterday", "who admitted on Monday"),
 * whose act is an event of its own (decision 1110's review).
 */
const SPEAKING_PASTS: ReadonlySet<string> = new Set(
  [...REPORTING_VERBS, "spoke"].filter((v) => !CONCEDING_PASTS.includes(v)),
);

/**
 * Words that open a place or an occasion after the date ("who spoke yesterday at a conference in
 * Leeds", "on Monday in Brussels"): the aside still says nothing of its own, where a clause ("who
 * said yesterday he was hurt") does.
 */
const OCCASION_OPENERS: ReadonlySet<string> = new Set(["at", "in", "to", "before", "during", "from", "outside"]);

/**
 * Whether a date with `before` just ahead of it and `between` from it to the claim after it stands
 * in a relative aside that closes before the claim. The comma in `between` is the aside's close
 * ("who said yesterday he was hurt, told reporters …"); with none, the claim is what the aside
 * itself said ("who said yesterday that the club needs …") and keeps its date.
 */
export function dateInARelativeAside(before: string, between: string): boolean {
  const close = between.lastIndexOf(",");
  // A verb after the close ("…, said "): with nothing there, the claim is the aside's own words
  // ("Smith, who said on Monday, “We will cut 300 jobs”, left …").
  if (close < 0 || between.slice(close + 1).trim() === "") return false;
  const aside = ASIDE_VERB_BEFORE.exec(before);
  if (!aside) return false;
  if (!SPEAKING_PASTS.has(aside[1]!.toLowerCase())) return true;
  // A speaking aside with nothing of its own said before it closes is the statement's act and
  // date: "who spoke on Monday, said …"; one with a clause ("who said yesterday he was hurt, told
  // reporters …") is an act of its own.
  const rest = between.slice(0, between.indexOf(",")).trim();
  if (rest === "") return false;
  const space = rest.indexOf(" ");
  return !OCCASION_OPENERS.has((space < 0 ? rest : rest.slice(0, space)).toLowerCase());
}

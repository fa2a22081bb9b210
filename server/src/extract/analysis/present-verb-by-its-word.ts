/**
 * A present verb on no list after "the sick", "the young", "the rich" (decision 1000): "the sick
 * wait more than 18 weeks", "the young vote regularly", "the rich give 10%". `PLURAL_PRESENT_VERBS`
 * holds only verbs that are no noun a modifier may come before; a word off it is read as a verb only
 * by the word after it, which a verb takes and a noun after a modifier does not: a figure, "more",
 * "less", "longer" or an adverb in "-ly". "the sick pay budget", "the young vote went", "the old
 * smoke alarms", "the rich pay no tax" stay a modifier and its noun.
 */
import { COORDINATORS, OBJECT_STARTERS, showsAVerb } from "./lexicon.ts";
import { isListedGroupHead } from "./share-group-heads.ts";

/** A plain present of a plural: lowercase, three letters or more, no "-s" and no "-ing". */
const PLAIN_PRESENT = /^\p{Ll}{3,}$/u;
/** Words that are no verb: "the young than", "the old as". */
const NO_VERBS = new Set(["than", "as", "who", "not", "also", "only", "such"]);
/** The verb, then the word it takes: a figure or a price, "more", "less", "longer", an adverb. */
const VERB_AND_ITS_WORD =
  /^[ \u00a0]+(\p{Ll}+)[ \u00a0]+(?:([£$€]?\d[\d,.]*)|(?:more|less|fewer|longer|most|least)\b|(\p{Ll}{3,}ly)\b)/u;
/** A year is no verb's word: "the rich list 2026". */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** "the young vote 10 years ago": a time back, after a noun as often as a verb. */
const AGO_AFTER = /^[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?ago\b/u;
/** The lowercase word after an adverb: "largely survived", "rarely, the poll". */
const WORD_AFTER = /^[ \u00a0]+(\p{Ll}+)/u;

/** Is `w` a word that may be a plural's plain present? */
function mayBePresent(w: string): boolean {
  if (!PLAIN_PRESENT.test(w) || w.endsWith("s") || w.endsWith("ing") || showsAVerb(w)) return false;
  return !NO_VERBS.has(w) && !OBJECT_STARTERS.has(w) && !COORDINATORS.has(w) && !isListedGroupHead(w);
}

/**
 * Does `after` (the text right after an adjective that names people after "the") open with a
 * present verb on no list, read by the word it takes? An adverb counts only where no verb or "-s"
 * word follows it ("the old town largely survived", "the sick pay weekly is": a noun's clause).
 */
export function presentVerbByItsWord(after: string): boolean {
  const m = VERB_AND_ITS_WORD.exec(after);
  if (m === null || !mayBePresent(m[1]!)) return false;
  const rest = after.slice(m[0].length);
  if (m[2] !== undefined) return !YEAR.test(m[2]) && !AGO_AFTER.test(rest);
  if (m[3] === undefined) return true;
  const next = WORD_AFTER.exec(rest);
  return next === null || (!showsAVerb(next[1]!) && !next[1]!.endsWith("s"));
}
